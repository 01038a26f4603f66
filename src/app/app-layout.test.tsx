import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { matchEveryMediaQuery } from '../../tests/utils/media-queries';
import { renderApp, signInAs } from '../../tests/utils/render-app';

describe('app shell', () => {
  it('has a banner, a main navigation and a main landmark, and navigates', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    renderApp('/');
    const navigation = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(navigation).getByRole('link', { name: 'Overview' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await user.click(within(navigation).getByRole('link', { name: 'Key trends' }));
    expect(
      await within(screen.getByRole('main')).findByRole('heading', {
        level: 1,
        name: 'Key trends',
      }),
    ).toBeInTheDocument();
    // Set by an effect of the heading: it may come just after the heading is on screen.
    await waitFor(() => {
      expect(document.title).toBe('Key trends · 2022 round · Charter Monitor');
    });
    expect(document.documentElement.lang).toBe('en');
  });

  it.each([
    ['/', 'Overview', /^Signatory cities by overall score/],
    [
      '/compare?round=2022&cities=ghent,warsaw&view=heatmap',
      'Compare cities',
      /^Ratings per commitment, 2022/,
    ],
  ])(
    'opens %s whole: its charts appear with its heading, no loading state in their place',
    async (path, heading, chart) => {
      signInAs('sam-viewer');
      renderApp(path);
      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
      const main = screen.getByRole('main');
      expect(within(main).getByRole('region', { name: chart })).toBeInTheDocument();
      expect(within(main).queryByText('Loading…')).not.toBeInTheDocument();
    },
  );

  it('shows a not-found page for an unknown address', async () => {
    signInAs('sam-viewer');
    renderApp('/no-such-page');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', '/');
  });
});

describe('navigation by role', () => {
  async function mainNavigation() {
    const navigation = await screen.findByRole('navigation', { name: 'Main' });
    // The role's own link comes once the session is known.
    await screen.findByText(/^Signed in as/);
    return navigation;
  }

  it('gives a coordinator the review queue, and no assessment of their own', async () => {
    signInAs('claire-coordinator');
    renderApp('/');
    const navigation = await mainNavigation();
    expect(await within(navigation).findByRole('link', { name: 'Review queue' })).toHaveAttribute(
      'href',
      '/review',
    );
    expect(within(navigation).queryByRole('link', { name: 'My assessment' })).toBeNull();
  });

  it.each([
    ['lotte-ghent', "her city's 2026 assessment", '/assessments/ghent-2026'],
    ['kasia-warsaw', 'her city, where she starts the 2026 assessment', '/cities/warsaw'],
  ])('gives the member %s a link to %s, and no review queue', async (userId, _what, href) => {
    signInAs(userId);
    renderApp('/');
    const navigation = await mainNavigation();
    // Until the city's assessments arrive, the link goes to the city's page.
    await waitFor(() => {
      expect(within(navigation).getByRole('link', { name: 'My assessment' })).toHaveAttribute(
        'href',
        href,
      );
    });
    expect(within(navigation).queryByRole('link', { name: 'Review queue' })).toBeNull();
  });

  it('gives a report author the pages they read: no review queue, no assessment', async () => {
    signInAs('sam-viewer');
    renderApp('/');
    const navigation = await mainNavigation();
    expect(
      within(navigation)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Overview', 'Cities', 'Compare', 'Key trends', 'Settings']);
  });
});

describe('navigation on a narrow screen', () => {
  it('folds into a Menu button that opens, closes on Escape and on choosing a link', async () => {
    const user = userEvent.setup();
    matchEveryMediaQuery();
    signInAs('claire-coordinator');
    renderApp('/');
    const button = await screen.findByRole('button', { name: 'Menu' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const menu = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(menu).toBeVisible();
    const navigation = within(menu ?? document.body).getByRole('navigation', { name: 'Main' });
    expect(
      await within(navigation).findByRole('link', { name: 'Review queue' }),
    ).toBeInTheDocument();
    expect(within(menu ?? document.body).getByRole('button', { name: 'Sign out' })).toBeVisible();

    within(navigation).getByRole('link', { name: 'Cities' }).focus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    expect(menu).not.toBeVisible();

    await user.click(button);
    await user.click(within(navigation).getByRole('link', { name: 'Key trends' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Key trends' }),
    ).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('shows the navigation inline, with no Menu button, on a wide screen', async () => {
    signInAs('sam-viewer');
    renderApp('/');
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Menu' })).not.toBeInTheDocument();
  });
});
