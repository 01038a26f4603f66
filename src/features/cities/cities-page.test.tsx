import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { renderApp, signInAs } from '../../../tests/utils/render-app';

describe('cities list', () => {
  it('lists every signatory with country, signing year and a link to its profile', async () => {
    signInAs('sam-viewer');
    renderApp('/cities');
    const table = await screen.findByRole('table', { name: /Signatory cities/ });
    expect(within(table).getAllByRole('row')).toHaveLength(31);
    const toronto = within(table).getByRole('row', { name: /Toronto/ });
    expect(within(toronto).getByText('Canada')).toBeInTheDocument();
    expect(within(toronto).getByText('Between 2013 and 2015')).toBeInTheDocument();
    expect(within(toronto).getByRole('link', { name: 'Toronto' })).toHaveAttribute(
      'href',
      '/cities/toronto',
    );
  });

  it('shows an error with a retry when the API fails, and recovers', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    server.use(
      http.get('*/api/cities', () => HttpResponse.json({ message: 'boom' }, { status: 500 }), {
        once: true,
      }),
    );
    renderApp('/cities');
    expect(await screen.findByRole('alert')).toHaveTextContent('This page could not be loaded');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: /Signatory cities/ })).toBeInTheDocument();
  });
});
