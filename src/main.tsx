import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './lib/i18n';
import './app/styles.css';

async function startMockApi() {
  // A literal build-time condition, so production builds leave the MSW chunk out entirely.
  if (import.meta.env.DEV || import.meta.env.VITE_MSW === 'on') {
    if (import.meta.env.VITE_MSW === 'off') return;
    const { worker } = await import('../mocks/browser');
    await worker.start({ onUnhandledFrame: 'bypass', quiet: true });
  }
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void startMockApi().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
