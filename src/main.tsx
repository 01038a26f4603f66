import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApp } from './app/app';
import { clearAllDraftJournals } from './data/draft-journal';
import { yieldMainThread } from './data/main-thread';
import type { DemoDataSetId } from './domain/demo-data-set';
import { takeDemoDataSetParam } from './lib/demo-data-set-param';
import { env } from './lib/env';
import { prepareFormatters } from './lib/format';
import { showLanguage } from './lib/i18n';
import { takeInitialLanguage } from './lib/language';
import '@fontsource-variable/source-sans-3';
import './app/styles.css';

// A literal build-time condition, so production builds leave the MSW chunk out entirely.
const mockApiEnabled =
  (import.meta.env.DEV || import.meta.env.VITE_MSW === 'on') && import.meta.env.VITE_MSW !== 'off';

async function startMockApi(requestedDataSet: DemoDataSetId | null) {
  if (!mockApiEnabled) return;
  const mockApi = await import('../mocks/browser');
  const { switchedDataSet } = await mockApi.startMockApi(requestedDataSet);
  // Unsaved edits belong to the data set they were made on; none may reach the other one.
  if (switchedDataSet) clearAllDraftJournals();
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Read before the router sees the address: the parameter is taken off it.
const requestedDataSet = mockApiEnabled ? takeDemoDataSetParam() : null;
const mockApiStarted = startMockApi(requestedDataSet);
// A catalogue that cannot load (offline), or not within a request's time limit, leaves the app
// in English rather than blank; one that arrives late still switches the page to its language.
const languageShown = Promise.race([
  showLanguage(takeInitialLanguage()),
  new Promise<void>((resolve) => setTimeout(resolve, env.apiTimeoutMs)),
]).catch(() => undefined);
// The page's code loads while the mock API starts (seeding the demo data takes a while). Made a
// task after the modules have run: start-up is then two shorter tasks, not one long one that
// holds up a phone's first paint (Lighthouse's blocking time).
const appCreated = yieldMainThread().then(() => createApp({ apiReady: mockApiStarted }));

void Promise.all([appCreated, mockApiStarted, languageShown]).then(([App]) => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // In a task of its own, after the loading state's render, while the first page's data loads.
  setTimeout(prepareFormatters, 0);
});
