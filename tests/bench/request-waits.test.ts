/** The rule the bench and the request-starts journey hold pages to (scripts/bench/request-waits.ts). */
import { describe, expect, it } from 'vitest';
import { waitingRequests } from '../../scripts/bench/request-waits';

describe('waitingRequests', () => {
  it('passes requests that all start before the first one finishes', () => {
    const requests = [
      { path: '/api/rounds', start: 0, end: 120 },
      { path: '/api/cities', start: 2, end: 300 },
      { path: '/api/scores?roundId=2022', start: 119, end: 700 },
    ];
    expect(waitingRequests(requests)).toEqual([]);
  });

  it("names each request that started after another had finished: the issue's key-trends page", () => {
    // /scores took 730 ms; /rounds and /cities were asked for only then.
    const requests = [
      { path: '/api/scores?roundId=2022', start: 0, end: 730 },
      { path: '/api/rounds', start: 731, end: 790 },
      { path: '/api/cities', start: 731, end: 900 },
    ];
    expect(waitingRequests(requests).map(({ path, after }) => ({ path, after }))).toEqual([
      { path: '/api/rounds', after: '/api/scores?roundId=2022' },
      { path: '/api/cities', after: '/api/scores?roundId=2022' },
    ]);
  });

  it('lets wait only the requests the page declares, for its default round', () => {
    const requests = [
      { path: '/api/rounds', start: 0, end: 100 },
      { path: '/api/key-trends', start: 1, end: 50 },
      { path: '/api/aggregates/rounds/2025/trend-leaders?limit=5', start: 101, end: 160 },
      { path: '/api/cities', start: 101, end: 200 },
    ];
    expect(waitingRequests(requests, [/\/trend-leaders/]).map(({ path }) => path)).toEqual([
      '/api/cities',
    ]);
  });

  it('has nothing to say about a page without API requests', () => {
    expect(waitingRequests([])).toEqual([]);
  });
});
