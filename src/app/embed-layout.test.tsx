import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderApp, signInAs } from '../../tests/utils/render-app';

const state = '?round=2022&cities=ghent,warsaw&view=heatmap';
const heatmapTitle = 'Ratings per commitment, 2022';

describe('an embedded chart', () => {
  it('shows that one chart alone, with its summary, table, source and the way to the full view', async () => {
    const user = userEvent.setup();
    // A visitor, as on another site: reads are public, and the embed never asks who is signed in.
    renderApp(`/embed/compare/heatmap${state}`);

    const chart = await screen.findByRole('region', { name: heatmapTitle });
    expect(screen.getByRole('main')).toContainElement(chart);
    expect(screen.getAllByRole('region')).toEqual([chart]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(heatmapTitle);
    await waitFor(() => {
      expect(document.title).toBe(`${heatmapTitle} · Charter Monitor`);
    });
    // No header, navigation, footer or page controls: the rest of the page is hidden.
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();

    expect(within(chart).getByRole('figure', { name: heatmapTitle })).toHaveAccessibleDescription(
      /^Of the \d+ ratings of 2 cities in 2022, /,
    );
    expect(
      await within(chart).findByText(/^Source: Charter Monitor, .+, shown \d{1,2} \w+ \d{4}$/),
    ).toBeVisible();
    const link = within(chart).getByRole('link', { name: /^View in Charter Monitor/ });
    expect(link).toHaveAttribute('href', `/compare${state}`);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');

    await user.click(within(chart).getByRole('button', { name: 'Show as table' }));
    expect(within(chart).getByRole('table', { name: heatmapTitle })).toBeVisible();
    expect(within(chart).getByRole('row', { name: /^Ghent/ })).toBeVisible();
  });

  it.each([
    ['the overview', '/embed/overview/role-averages?round=2022', '/?round=2022'],
    ['the key trends', '/embed/trends/adoption', '/trends'],
    ['a city’s profile', '/embed/cities/ghent/scores-by-round', '/cities/ghent'],
  ])('shows a chart of %s alone too, to a visitor', async (_page, embed, fullView) => {
    renderApp(embed);
    const title = await screen.findByRole('heading', { level: 1 });
    const [chart, ...others] = screen.getAllByRole('region');
    expect(others).toEqual([]);
    expect(chart).toHaveAccessibleName(title.textContent);
    expect(
      within(chart as HTMLElement).getByRole('link', { name: /^View in Charter Monitor/ }),
    ).toHaveAttribute('href', fullView);
  });

  it('says so when the page has no such chart', async () => {
    signInAs('sam-viewer');
    renderApp(`/embed/compare/no-such-chart${state}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This chart does not exist' }),
    ).toBeVisible();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^View in Charter Monitor/ })).toHaveAttribute(
      'href',
      `/compare${state}`,
    );
  });

  it('says so for a page that has no embeds, without the sign-in page', async () => {
    renderApp('/embed/settings/anything');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This chart does not exist' }),
    ).toBeVisible();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('says it could not be loaded where public reading is off, never showing the sign-in page', async () => {
    // A server with PUBLIC_READ=off answers a visitor's every read with 401.
    server.use(
      http.get('*/api/*', () =>
        HttpResponse.json(
          { error: { code: 'unauthenticated', message: 'Sign in to continue' } },
          { status: 401 },
        ),
      ),
    );
    renderApp(`/embed/compare/heatmap${state}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This chart could not be loaded' }),
    ).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Sign in' })).not.toBeInTheDocument();
  });
});
