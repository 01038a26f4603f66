/**
 * The mock API: one catch-all handler that hands every `/api` request to the contract's one
 * implementation (server/api) over the demo's memory store. Shared by the browser worker,
 * msw/node in tests and the e2e demo build.
 */
import { http } from 'msw';
import { createApi } from '../server/api/create-api';
import type { DemoDatabase } from './db/demo-database';

export interface MockApiOptions {
  /** Session tokens; tests make predictable ones. */
  createToken?: () => string;
}

export function createHandlers(database: DemoDatabase, { createToken }: MockApiOptions = {}) {
  const api = createApi({
    store: database.store,
    demo: database.demo,
    demoSignIn: true,
    // The demo shows what a deployment shows by default: published results to visitors.
    publicRead: true,
    ...(createToken ? { createToken } : {}),
  });
  // Any origin: the mock serves whichever host the app runs on, always under /api.
  return [http.all('*/api/*', ({ request }) => api.fetch(request))];
}
