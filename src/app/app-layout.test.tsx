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
