/**
 * A route's loader and its page read the same queries (issue 17): the loader's factories and
 * the page's hooks make the same keys, so a page opened by its address asks for nothing twice,
 * and nothing the loader fetched is left unread. A key that drifted between them would show here
 * as a second request for the same answer, or as a query no component reads.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { everyRequestMadeDuring } from '../../tests/utils/recorded-requests';
import { renderApp, signInAs } from '../../tests/utils/render-app';

describe('each page reads what its loader fetched', () => {
  it.each([
    ['/', 'Overview'],
    ['/?round=2018', 'Overview'],
    ['/trends', 'Key trends'],
    ['/trends?round=2018', 'Key trends'],
    ['/compare?cities=ghent,oslo', 'Compare cities'],
    ['/compare?round=2022&from=2015&cities=ghent,oslo&view=change', 'Compare cities'],
    ['/cities/ghent', 'Ghent'],
    ['/cities/ghent?round=2020', 'Ghent'],
  ])('%s: each answer asked for once, and read', async (path, title) => {
    signInAs('sam-viewer');
    let rendered: ReturnType<typeof renderApp> | undefined;
    const requested = await everyRequestMadeDuring(async () => {
      rendered = renderApp(path);
      const { queryClient } = rendered;
      await screen.findByRole('heading', { level: 1, name: new RegExp(title) });
      await waitFor(() => {
        expect(queryClient.isFetching()).toBe(0);
      });
    });
    expect(requested.filter((request, index) => requested.indexOf(request) !== index)).toEqual([]);
    const unread = rendered?.queryClient
      .getQueryCache()
      .getAll()
      .filter((query) => query.getObserversCount() === 0)
      .map((query) => query.queryKey);
    expect(unread).toEqual([]);
  });
});
