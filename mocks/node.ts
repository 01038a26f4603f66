import { setupServer } from 'msw/node';
import { createDemoDatabase } from './db/demo-database';
import { memoryStorage } from './db/storage';
import { createHandlers } from './handlers';

let tokenCount = 0;

/**
 * The mock API in memory, for tests: `mockDatabase.reset('sample')` after each test puts it
 * back on the sample set as seeded; `mockDatabase.store` reads (and writes) its rows.
 */
export const mockDatabase = createDemoDatabase({ storage: memoryStorage() });
export const server = setupServer(
  ...createHandlers(mockDatabase, { createToken: () => `test-token-${String(++tokenCount)}` }),
);
