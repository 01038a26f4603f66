import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { clearAllDraftJournals } from './data/draft-journal';
import { takeDemoDataSetParam } from './lib/demo-data-set-param';
import './lib/i18n';
import '@fontsource-variable/source-sans-3';
import './app/styles.css';

async function startMockApi() {
  // A literal build-time condition, so production builds leave the MSW chunk out entirely.
  if (import.meta.env.DEV || import.meta.env.VITE_MSW === 'on') {
    if (import.meta.env.VITE_MSW === 'off') return;
    const mockApi = await import('../mocks/browser');
    const { switchedDataSet } = await mockApi.startMockApi(takeDemoDataSetParam());
    // Unsaved edits belong to the data set they were made on; none may reach the other one.
    if (switchedDataSet) clearAllDraftJournals();
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
