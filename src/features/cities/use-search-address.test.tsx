import { act, render, screen, waitFor } from '@testing-library/react';
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
function renderList(initialEntries = ['/cities']) {
  const router = createMemoryRouter(
    [
      { path: '/cities', element: <SearchList /> },
      {
        path: '/cities/warsaw',
        loader: () => new Promise((resolve) => setTimeout(resolve, SEARCH_ADDRESS_PAUSE_MS + 400)),
        element: <h1>Warsaw</h1>,
      },
    ],
    { initialEntries, initialIndex: initialEntries.length - 1 },
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
    // Back returns to the list before the search, not to a letter of it.
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('');
  });

  it('is dropped when the reader goes back while it waits', async () => {
    const user = userEvent.setup();
    const router = renderList(['/cities?sort=overall', '/cities']);
    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'wars');
    await act(() => router.navigate(-1));
    await new Promise((resolve) => setTimeout(resolve, SEARCH_ADDRESS_PAUSE_MS + 200));
    expect(router.state.location.search).toBe('?sort=overall');
  });

  it('never turns a reader back from a page they opened while it waited', async () => {
    const user = userEvent.setup();
    const router = renderList();
    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'wars');
    await user.click(screen.getByRole('link', { name: 'Warsaw' }));
    expect(await screen.findByRole('heading', { name: 'Warsaw' })).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, SEARCH_ADDRESS_PAUSE_MS + 200));
    expect(router.state.location.pathname).toBe('/cities/warsaw');
    expect(screen.getByRole('heading', { name: 'Warsaw' })).toBeVisible();
  });
});
