import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useCompareState } from './use-compare-state';

/** The hook and the address, rendered in a real (memory) router at `/compare?…`. */
function renderCompareState(initialSearch: string) {
  let wrapperChildren: ReactNode = null;
  const router = createMemoryRouter([{ path: '/compare', Component: () => wrapperChildren }], {
    initialEntries: [`/compare${initialSearch}`],
  });
  return renderHook(
    () => {
      const [state, update] = useCompareState();
      return { state, update, search: useLocation().search };
    },
    {
      wrapper: ({ children }) => {
        wrapperChildren = children;
        return <RouterProvider router={router} />;
      },
    },
  );
}

describe('useCompareState', () => {
  it('keeps both of two changes made before the page shows the first (a round, then a view)', async () => {
    const { result } = renderCompareState('?round=2022&cities=ghent,oslo');
    const { update } = result.current;
    await act(async () => {
      update({ roundId: '2020' });
      // The same render's function again, as a click right after the round change calls it.
      update({ view: 'ranking' });
      await Promise.resolve();
    });
    const address = new URLSearchParams(result.current.search);
    expect(address.get('round')).toBe('2020');
    expect(address.get('view')).toBe('ranking');
    expect(address.get('cities')).toBe('ghent,oslo');
  });
});
