/** The contract suite against the mock: MSW hands each request to the API over the memory store. */
import { setupServer } from 'msw/node';
import { createDemoDatabase } from '../../mocks/db/demo-database';
import { memoryStorage } from '../../mocks/db/storage';
import { createHandlers } from '../../mocks/handlers';
import { describeApiContract } from './api-contract';

describeApiContract('on the mock (MSW, memory store)', () => {
  const database = createDemoDatabase({ storage: memoryStorage() });
  const server = setupServer(...createHandlers(database));
  server.listen({ onUnhandledFrame: 'error' });
  return Promise.resolve({
    baseUrl: 'http://localhost/api',
    servesDemoEndpoints: true,
    reset: () => {
      database.reset('sample');
      return Promise.resolve();
    },
    close: () => {
      server.close();
      return Promise.resolve();
    },
  });
});
