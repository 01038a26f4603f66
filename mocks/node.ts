import { setupServer } from 'msw/node';
import { createMockDatabase } from './db/database';
import { memoryStorage } from './db/storage';
import { createHandlers } from './handlers';

let tokenCount = 0;

/**
 * The mock API in memory, for tests: `mockDatabase.reset('sample')` after each test puts it
 * back on the sample set as seeded.
 */
export const mockDatabase = createMockDatabase({
  storage: memoryStorage(),
  createToken: () => `test-token-${++tokenCount}`,
});
export const server = setupServer(...createHandlers(mockDatabase));
