import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { useSessionTokenStore } from '../../data/session-token-store';
import { renderApp } from '../../../tests/utils/render-app';

/** A server with accounts (the mock has none): its options, and its sign-in answers. */
function serveAccounts(signIn: () => Response) {
  server.use(
    http.get('*/api/session/options', () =>
      HttpResponse.json({ accounts: true, demoSignIn: false }),
    ),
    http.post('*/api/session/password', signIn),
  );
}

describe('signing in to an account', () => {
  it('says when the e-mail address is missing or the password wrong', async () => {
    const user = userEvent.setup();
    serveAccounts(() =>
      HttpResponse.json({ error: { code: 'unauthenticated', message: 'Wrong' } }, { status: 401 }),
    );
    renderApp('/sign-in');
    const form = await screen.findByRole('region', { name: 'Sign in' });
    expect(screen.queryByRole('region', { name: 'Demo sign-in' })).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Sign in' }));
    expect(within(form).getByLabelText('E-mail address')).toHaveAccessibleDescription(
      'Enter your e-mail address.',
    );
    await user.type(within(form).getByLabelText('E-mail address'), 'nora@example.org');
    await user.type(within(form).getByLabelText('Password'), 'wrong');
    await user.click(within(form).getByRole('button', { name: 'Sign in' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'The e-mail address or password is wrong.',
    );
  });

  it('tells how long to wait after too many failures (Retry-After)', async () => {
    const user = userEvent.setup();
    serveAccounts(() =>
      HttpResponse.json(
        { error: { code: 'too_many_requests', message: 'Too many' } },
        { status: 429, headers: { 'Retry-After': '421' } },
      ),
    );
    renderApp('/sign-in');
    const form = await screen.findByRole('region', { name: 'Sign in' });
    await user.type(within(form).getByLabelText('E-mail address'), 'nora@example.org');
    await user.type(within(form).getByLabelText('Password'), 'a long enough password');
    await user.click(within(form).getByRole('button', { name: 'Sign in' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Too many failed attempts. Try again in 8 minutes.',
    );
  });

  it('signs in with the cookie alone: no token is kept in the browser', async () => {
    const user = userEvent.setup();
    const nora = { id: 'nora', name: 'Nora Jansen', role: 'member', cityId: 'ghent' };
    serveAccounts(() => HttpResponse.json({ user: nora }));
    renderApp('/sign-in');
    const form = await screen.findByRole('region', { name: 'Sign in' });
    await user.type(within(form).getByLabelText('E-mail address'), 'nora@example.org');
    await user.type(within(form).getByLabelText('Password'), 'a long enough password');
    server.use(http.get('*/api/session', () => HttpResponse.json({ user: nora })));
    await user.click(within(form).getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(/Signed in as Nora Jansen/)).toBeInTheDocument();
    expect(useSessionTokenStore.getState()).toMatchObject({ token: null, cookieSession: true });
  });
});
