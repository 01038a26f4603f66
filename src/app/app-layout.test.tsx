import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
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
    expect(document.title).toBe('Key trends · Charter Monitor');
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows a not-found page for an unknown address', async () => {
    signInAs('sam-viewer');
    renderApp('/no-such-page');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', '/');
  });
});
