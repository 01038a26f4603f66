/**
 * The app's retry policy for queries, through the HTTP data source against the mock API: how
 * long a person waits before a page that gets no answer shows its error.
 */
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { startSession } from '../../tests/utils/mock-api';
import { noAnswer } from '../../tests/utils/slow-api';
import { ApiError } from './api-error';
import { createHttpDataSource } from './http-data-source';
import { cityQueries } from './queries';
import { createQueryClient } from './query-client';
import { TEST_REQUEST_TIMEOUT_MS } from '../../tests/utils/test-timeouts';

const { token } = startSession('sam-viewer');

function setup() {
  const dataSource = createHttpDataSource({
    baseUrl: 'http://localhost/api',
    getToken: () => token,
    timeoutMs: TEST_REQUEST_TIMEOUT_MS,
  });
  const queryClient = createQueryClient({ onUnauthenticated: () => undefined });
  let requests = 0;
  server.events.on('request:start', () => {
    requests += 1;
  });
  let outcome = 'pending';
  const fetchCities = () =>
    queryClient.query(cityQueries.list(dataSource)).then(
      () => {
        outcome = 'loaded';
      },
      (error: unknown) => {
        outcome = error instanceof ApiError ? error.code : String(error);
      },
    );
  return { fetchCities, outcome: () => outcome, requests: () => requests };
}

describe('query retries', () => {
  afterEach(() => {
    vi.useRealTimers();
    server.events.removeAllListeners();
  });

  it('gives up on a query after one timed-out request: the error shows after the limit, not three times it', async () => {
    server.use(http.get('*/api/cities', noAnswer));
    vi.useFakeTimers();
    const { fetchCities, outcome, requests } = setup();
    void fetchCities();
    await vi.advanceTimersByTimeAsync(15_000);
    expect(outcome()).toBe('timeout');
    expect(requests()).toBe(1);
  });

  it('still tries twice more, after a pause, when the network fails at once', async () => {
    server.use(http.get('*/api/cities', () => HttpResponse.error(), { once: true }));
    server.use(http.get('*/api/cities', () => HttpResponse.error(), { once: true }));
    vi.useFakeTimers();
    const { fetchCities, outcome, requests } = setup();
    void fetchCities();
    await vi.advanceTimersByTimeAsync(1_000 + 2_000);
    expect(outcome()).toBe('loaded');
    expect(requests()).toBe(3);
  });

  it('does not retry what the server refused', async () => {
    server.use(http.get('*/api/cities', () => HttpResponse.json({}, { status: 403 })));
    const { fetchCities, outcome, requests } = setup();
    await fetchCities();
    expect(outcome()).toBe('unexpected_response');
    expect(requests()).toBe(1);
  });
});
