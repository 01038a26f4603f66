import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Link, RouterProvider, useSearchParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { parseCitiesView } from '../../lib/address-state/cities';
import { SEARCH_ADDRESS_PAUSE_MS, useSearchAddress } from './use-search-address';

/** A search box that writes into the address as the cities list does, and a link away. */
function SearchList() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = parseCitiesView(searchParams, new Set());
  const address = useSearchAddress(view, setSearchParams);
  return (
    <>
      <label>
        Search by name
        <input
          type="search"
          onChange={(event) => {
            address.write(event.target.value);
          }}
        />
      </label>
      <Link to="/cities/warsaw">Warsaw</Link>
    </>
  );
}

/** The list, and a city page that takes longer to load than typing's pause. */
function renderList() {
  const router = createMemoryRouter(
    [
      { path: '/cities', element: <SearchList /> },
      {
        path: '/cities/warsaw',
        loader: () => new Promise((resolve) => setTimeout(resolve, SEARCH_ADDRESS_PAUSE_MS + 400)),
        element: <h1>Warsaw</h1>,
      },
    ],
    { initialEntries: ['/cities'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('the search written into the address', () => {
  it('is written once typing pauses, as one history entry', async () => {
    const user = userEvent.setup();
    const router = renderList();
    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'wars');
    await waitFor(() => {
      expect(router.state.location.search).toBe('?q=wars');
    });
    expect(router.state.historyAction).toBe('PUSH');
  });

  it('never turns a reader back from a page they opened while it waited', async () => {
    const user = userEvent.setup();
    const router = renderList();
    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'wars');
    await user.click(screen.getByRole('link', { name: 'Warsaw' }));
    expect(await screen.findByRole('heading', { name: 'Warsaw' }, { timeout: 3000 })).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, SEARCH_ADDRESS_PAUSE_MS + 200));
    expect(router.state.location.pathname).toBe('/cities/warsaw');
    expect(screen.getByRole('heading', { name: 'Warsaw' })).toBeVisible();
  });
});
