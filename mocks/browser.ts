import { setupWorker } from 'msw/browser';
import {
  DEFAULT_DEMO_DATA_SET,
  parseDemoDataSetId,
  type DemoDataSetId,
} from '../src/domain/demo-data-set';
import { createDemoDatabase } from './db/demo-database';
import { browserStorage } from './db/storage';
import { createHandlers } from './handlers';

/**
 * Versioned keys: a change of the stored shape starts from a fresh seed instead of failing.
 * The sample set's data, the sessions and the chosen data set are kept apart: the synthetic
 * set is never stored, yet a reload on it keeps everyone signed in and on it.
 */
const STORAGE_KEY = 'charter-monitor.mock-api.v1';
const SESSIONS_KEY = 'charter-monitor.mock-api.sessions.v1';
const DATA_SET_KEY = 'charter-monitor.mock-api.data-set';

export interface MockApiStart {
  /** True when this page load serves another data set than the previous one did. */
  switchedDataSet: boolean;
}

/**
 * Starts the mock API in this tab, on `dataSet` when a link asked for one (it is remembered
 * from then on), otherwise on the data set chosen last in this browser.
 */
export async function startMockApi(dataSet: DemoDataSetId | null): Promise<MockApiStart> {
  const dataSetChoice = browserStorage(DATA_SET_KEY);
  const remembered = dataSetChoice.load();
  const previous =
    parseDemoDataSetId(typeof remembered === 'string' ? remembered : null) ?? DEFAULT_DEMO_DATA_SET;
  const database = createDemoDatabase({
    storage: browserStorage(STORAGE_KEY),
    sessions: browserStorage(SESSIONS_KEY),
    dataSetChoice,
    dataSet: dataSet ?? undefined,
  });
  const worker = setupWorker(...createHandlers(database));
  await worker.start({ onUnhandledFrame: 'bypass', quiet: true });
  return { switchedDataSet: dataSet !== null && dataSet !== previous };
}
