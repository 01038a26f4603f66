/**
 * On a first visit to the overview, its data and the layout's are asked for as the router
 * starts, not once the page's code has arrived: on a phone that is a round trip earlier
 * (issue 17, Lighthouse's request chain). The layout's and the page's code never arrive here.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { pendingDataSource } from '../../tests/utils/pending-data-source';
import { disposeTestRouters, testRouterAt } from '../../tests/utils/test-router';
import { useSessionTokenStore } from '../data/session-token-store';

vi.mock('./app-layout', () => new Promise(() => undefined));
vi.mock('./routes/overview-route', () => new Promise(() => undefined));
vi.mock('./routes/compare-route', () => new Promise(() => undefined));

afterEach(() => {
  disposeTestRouters();
  useSessionTokenStore.getState().setToken(null);
});

it('asks for the overview’s rounds, cities and aggregates before its code arrives', async () => {
  const asked: string[] = [];
  const router = testRouterAt('/', pendingDataSource(asked));
  await vi.waitFor(() => {
    expect(asked).toEqual(
      expect.arrayContaining(['listRounds', 'listCities', 'listRoundAggregates']),
    );
  });
  expect(router.state.initialized).toBe(false);
});

it('asks who is signed in, for the layout, before another page’s code arrives', async () => {
  useSessionTokenStore.getState().setToken('a-session');
  const asked: string[] = [];
  testRouterAt('/compare', pendingDataSource(asked));
  await vi.waitFor(() => {
    expect(asked).toContain('getSession');
  });
  // The compare page's own data waits for its code, which never comes here.
  expect(asked).not.toContain('listScoreRows');
});
