/**
 * The pages' loaders (router.tsx): the first load waits for the page's data, so the page appears
 * whole; a later navigation does not, and a page whose code no longer loads (an earlier build's,
 * gone from the server) shows the error page without an unhandled rejection.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { pendingDataSource } from '../../tests/utils/pending-data-source';
import { disposeTestRouters, testRouterAt } from '../../tests/utils/test-router';
import { createTestDataSource } from '../../tests/utils/render-app';

vi.mock('./routes/compare-route', () =>
  Promise.reject(new Error('Failed to fetch dynamically imported module')),
);

afterEach(() => {
  disposeTestRouters();
});

it('holds the first page until its data has come', async () => {
  const asked: string[] = [];
  const router = testRouterAt('/', pendingDataSource(asked));
  await vi.waitFor(() => {
    expect(asked).toContain('listRounds');
  });
  // Time enough for the layout's and the overview's code, which the test's modules give at once.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(router.state.initialized).toBe(false);
  expect(router.state.navigation.state).toBe('idle');
});

it('shows the error page, with no unhandled rejection, for a page whose code no longer loads', async () => {
  const unhandled: unknown[] = [];
  const note = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', note);
  try {
    const router = testRouterAt('/', createTestDataSource());
    await vi.waitFor(() => {
      expect(router.state.initialized).toBe(true);
    });
    await router.navigate('/compare');
    await vi.waitFor(() => {
      expect(router.state.errors).not.toBeNull();
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).toEqual([]);
  } finally {
    process.off('unhandledRejection', note);
  }
});
