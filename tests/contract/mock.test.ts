/** The contract suite against the mock: MSW hands each request to the API over the memory store. */
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { createApi } from '../../server/api/create-api';
import { createDemoDatabase } from '../../mocks/db/demo-database';
import { memoryStorage } from '../../mocks/db/storage';
import { createHandlers } from '../../mocks/handlers';
import { emptyInstanceSeed } from '../../mocks/seed/data-sets';
import { describeApiContract } from './api-contract';

describeApiContract('on the mock (MSW, memory store)', () => {
  const database = createDemoDatabase({ storage: memoryStorage() });
  // The same API over the same store with public reading off, on a host of its own.
  const privateApi = createApi({ store: database.store, demoSignIn: true, publicRead: false });
  const server = setupServer(
    http.all('http://private.localhost/api/*', ({ request }) => privateApi.fetch(request)),
    ...createHandlers(database),
  );
  server.listen({ onUnhandledFrame: 'error' });
  return Promise.resolve({
    baseUrl: 'http://localhost/api',
    privateBaseUrl: 'http://private.localhost/api',
    servesDemoEndpoints: true,
    reset: () => {
      database.reset('sample');
      return Promise.resolve();
    },
    empty: () => {
      database.store.replaceData({ ...emptyInstanceSeed(), history: {}, audit: [] });
      database.store.replaceSessions({});
      return Promise.resolve();
    },
    close: () => {
      server.close();
      return Promise.resolve();
    },
  });
});
