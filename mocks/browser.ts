import { setupWorker } from 'msw/browser';
import { createMockDatabase } from './db/database';
import { browserStorage } from './db/storage';
import { createHandlers } from './handlers';

/** Versioned key: a change of the stored shape starts from a fresh seed instead of failing. */
const STORAGE_KEY = 'charter-monitor.mock-api.v1';

export const mockDatabase = createMockDatabase({ storage: browserStorage(STORAGE_KEY) });
export const worker = setupWorker(...createHandlers(mockDatabase));
