import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockDatabase, server } from '../../../mocks/node';
import { useSessionTokenStore } from '../../data/session-token-store';
import { renderApp, signInAs } from '../../../tests/utils/render-app';
import { noAnswer } from '../../../tests/utils/slow-api';
import { i18next } from '../../lib/i18n';

describe('signing in to the demo', () => {
  it('lets a visitor read without signing in, and brings them back after signing in', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/cities');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Signatory cities' }),
    ).toBeInTheDocument();
    const banner = screen.getByRole('banner');
    await user.click(within(banner).getByRole('link', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Choose a demo user to sign in.')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /Lotte Peeters/ }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Signatory cities' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/cities');
    expect(
      within(screen.getByRole('banner')).getByText(
        'Signed in as Lotte Peeters (Working-group member)',
      ),
    ).toBeInTheDocument();
  });

  it('sends a visitor to sign in where the server keeps its results private (PUBLIC_READ=off)', async () => {
    // Such a server answers every read without a session with 401, sign-in's own excepted.
    server.use(
      http.get(/\/api\/(?!session)/, () =>
        HttpResponse.json(
          { error: { code: 'unauthenticated', message: 'Sign in to continue' } },
          { status: 401 },
        ),
      ),
    );
    const { router } = renderApp('/cities?q=gh');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/cities?q=gh')}`);
  });

  it('never follows `next` to another site', async () => {
    const user = userEvent.setup();
    for (const next of ['//evil.example/', '/\\evil.example/', 'https://evil.example/']) {
      const { router, unmount } = renderApp(`/sign-in?next=${encodeURIComponent(next)}`);
      await user.click(await screen.findByRole('radio', { name: /Sam Taylor/ }));
      await user.click(screen.getByRole('button', { name: 'Sign in' }));
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Overview' }),
      ).toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/');
      unmount();
      useSessionTokenStore.getState().setToken(null);
    }
  });

  it('sends a visitor from a page for signed-in people to sign in, then back to it', async () => {
    const user = userEvent.setup();
    // Settings too are a signed-in person's own.
    const settings = renderApp('/settings');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    settings.unmount();
    const { router } = renderApp('/review?status=submitted');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Read the published results without signing in' }),
    ).toHaveAttribute('href', '/');
    await user.click(screen.getByRole('radio', { name: /Claire/ }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Review/ })).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe(
      '/review?status=submitted',
    );
  });

  it('says so when signing in gets no answer in time, and signs in on the next try', async () => {
    const user = userEvent.setup();
    server.use(http.post('*/api/session', noAnswer, { once: true }));
    renderApp('/sign-in', { requestTimeoutMs: 300 });
    await user.click(await screen.findByRole('radio', { name: /Sam Taylor/ }));
    await user.click(screen.getByRole('button', { name: /^Sign/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Signing in failed. Try again.');

    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
  });

  it('leaves deactivated people out, and says so when one is signed in as all the same', async () => {
    const user = userEvent.setup();
    renderApp('/sign-in');
    const lotte = await screen.findByRole('radio', { name: /Lotte Peeters/ });
    // Deactivated by a coordinator while this page was open.
    const data = mockDatabase.store.data();
    mockDatabase.store.replaceData({
      ...data,
      accounts: {
        ...data.accounts,
        'lotte-ghent': {
          email: 'lotte@example.org',
          status: 'deactivated',
          language: 'en',
          notificationsEnabled: true,
        },
      },
    });
    await user.click(lotte);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This account is deactivated.');

    cleanup();
    renderApp('/sign-in');
    expect(await screen.findByRole('radio', { name: /Claire Dubois/ })).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: /Lotte Peeters/ })).not.toBeInTheDocument();
  });

  it('describes each demo user by role and city', async () => {
    renderApp('/sign-in');
    expect(
      await screen.findByRole('radio', { name: /Lotte Peeters\s*Working-group member, Ghent/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Claire Dubois\s*Coordinator/ })).toBeInTheDocument();
  });

  it('names each demo user’s city in the UI language', async () => {
    await i18next.changeLanguage('fr');
    try {
      renderApp('/sign-in');
      expect(
        await screen.findByRole('radio', { name: /Lotte Peeters\s*Working-group member, Gand/ }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('radio', { name: /Working-group member, Varsovie/ }),
      ).toBeInTheDocument();
    } finally {
      await i18next.changeLanguage('en');
    }
  });

  it('signs out: the token is gone and the next user starts on the overview, not on the last page', async () => {
    const user = userEvent.setup();
    renderApp('/sign-in?next=%2Fsettings');
    await user.click(await screen.findByRole('radio', { name: /Sam Taylor/ }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(useSessionTokenStore.getState().token).toBeNull();

    await user.click(await screen.findByRole('radio', { name: /Claire Dubois/ }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
  });

  it('reads as a visitor once the session has ended elsewhere, showing nothing of that person', async () => {
    const user = userEvent.setup();
    const session = signInAs('claire-coordinator');
    renderApp('/?round=2026');
    const banner = await screen.findByRole('banner');
    expect(await within(banner).findByText(/^Signed in as Claire Dubois/)).toBeInTheDocument();
    expect(await screen.findByText('Waiting for review in 2026')).toBeInTheDocument();
    // Signed out on another device: the next request this tab makes is refused.
    await mockDatabase.store.deleteSession(session.token);
    const navigation = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(navigation).getByRole('link', { name: 'Key trends' }));
    expect(await within(banner).findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(within(banner).queryByText(/Claire/)).not.toBeInTheDocument();
    expect(
      within(navigation).queryByRole('link', { name: 'Review queue' }),
    ).not.toBeInTheDocument();
  });

  it('goes back to sign-in when the session is no longer valid on a page for signed-in people', async () => {
    useSessionTokenStore.getState().setToken('expired-token');
    renderApp('/review');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(useSessionTokenStore.getState().token).toBeNull();
  });

  it('reads a public page as a visitor once the session is no longer valid', async () => {
    useSessionTokenStore.getState().setToken('expired-token');
    renderApp('/compare');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Compare cities' }),
    ).toBeInTheDocument();
    const banner = screen.getByRole('banner');
    expect(await within(banner).findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(within(banner).queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
    expect(useSessionTokenStore.getState().token).toBeNull();
  });
});
