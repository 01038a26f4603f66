/** Renders the real app (routes, providers, HTTP data source) at a path, against the MSW mock API. */
import { render } from '@testing-library/react';
import { startSession } from './mock-api';
import { AppProviders } from '../../src/app/app-providers';
import { createTestRouter } from '../../src/app/router';
import { createHttpDataSource } from '../../src/data/http-data-source';
import type { QueryClient } from '@tanstack/react-query';
import { createQueryClient, endSessionOnUnauthenticated } from '../../src/data/query-client';
import { currentSessionToken, useSessionTokenStore } from '../../src/data/session-token-store';
import { TEST_REQUEST_TIMEOUT_MS } from './test-timeouts';

/** Where the mock API answers in tests: jsdom's origin. */
export const testApiBaseUrl = `${window.location.origin}/api`;

export function createTestDataSource(timeoutMs?: number) {
  return createHttpDataSource({
    baseUrl: testApiBaseUrl,
    getToken: currentSessionToken,
    timeoutMs: timeoutMs ?? TEST_REQUEST_TIMEOUT_MS,
  });
}

export interface RenderAppOptions {
  /** The data source's time limit per request, in ms, instead of the app's default. */
  requestTimeoutMs?: number;
  /** Failed queries are retried as in the app, not given up at once as in other tests. */
  appRetries?: boolean;
}

export function renderApp(path: string, { requestTimeoutMs, appRetries }: RenderAppOptions = {}) {
  const queryClient: QueryClient = createQueryClient({
    onUnauthenticated: () => {
      endSessionOnUnauthenticated(queryClient);
    },
  });
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({
    ...defaults,
    queries: { ...defaults.queries, staleTime: Infinity, ...(appRetries ? {} : { retry: false }) },
  });
  const dataSource = createTestDataSource(requestTimeoutMs);
  const router = createTestRouter(
    {
      queryClient,
      dataSource,
      apiReady: Promise.resolve(),
    },
    path,
  );
  const result = render(
    <AppProviders dataSource={dataSource} queryClient={queryClient} router={router} />,
    // An error a boundary catches is shown to the user, which the tests assert; React's
    // default report of it goes to console.error, which fails tests.
    { onCaughtError: () => undefined },
  );
  return { ...result, router, queryClient };
}

/** Signs a seeded demo user in, as the sign-in page would. */
export function signInAs(userId: string) {
  const session = startSession(userId);
  useSessionTokenStore.getState().setToken(session.token);
  return session;
}
