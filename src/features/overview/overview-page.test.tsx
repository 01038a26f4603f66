import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockDatabase } from '../../../mocks/node';
import { formatScore } from '../../lib/format';
import { renderApp, signInAs } from '../../../tests/utils/render-app';
import { storedAssessments, storedCities, storedRound } from '../../../tests/utils/mock-api';
import { plainGroupAverage, plainOverall } from '../../../tests/utils/plain-scores';
import { requestsMadeDuring } from '../../../tests/utils/recorded-requests';

describe('overview', () => {
  it('shows the average per role by round, with a table holding the same numbers', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    renderApp('/');
    const chart = await screen.findByRole('region', { name: 'Average score per role, by round' });
    // The average of the approved cities' overall scores, first round and last.
    const average = (roundId: string) =>
      formatScore(plainGroupAverage(storedAssessments({ roundId, status: 'approved' })) ?? -1);
    expect(
      within(chart).getByText(
        `The average overall score of approved assessments went from ${average('2013')} in 2013 to ${average('2026')} in 2026`,
        { exact: false },
      ),
    ).toBeInTheDocument();

    await user.click(within(chart).getByRole('button', { name: 'Show as table' }));
    const table = within(chart).getByRole('table', { name: 'Average score per role, by round' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      '2013',
      '2015',
      '2018',
      '2020',
      '2022',
      '2026',
    ]);
    expect(within(chart).getByRole('button', { name: 'Show as chart' })).toBeInTheDocument();
  });

  it('counts where the open round stands, from the API', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    const progress = await mockDatabase.store.roundProgress(storedRound('2026'));
    renderApp('/');
    const chart = await screen.findByRole('region', { name: 'Where the 2026 round stands' });
    expect(
      within(chart).getByText(
        `${progress.approved} of ${progress.expectedCities} cities have an approved assessment for 2026; ${progress.submitted} are waiting for review.`,
      ),
    ).toBeInTheDocument();
    await user.click(within(chart).getByRole('button', { name: 'Show as table' }));
    const submittedRow = within(chart).getByRole('row', { name: /Submitted/ });
    expect(within(submittedRow).getByRole('cell')).toHaveTextContent(String(progress.submitted));
  });

  it('shows a visitor the published figures only, with a way to sign in', async () => {
    renderApp('/?round=2026');
    // Counted by hand from the sample set (mocks/seed): 30 cities expected in 2026, 12 approved.
    const figure = async (name: string) =>
      (await screen.findByText(name)).nextElementSibling?.textContent;
    expect(await figure('Approved assessments in 2026')).toBe('12');
    expect(await figure('Cities expected to report in 2026')).toBe('30');
    expect(screen.queryByText('Waiting for review in 2026')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Where the 2026 round stands' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Average score per role, by round' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('banner')).getByRole('link', { name: 'Sign in' }),
    ).toHaveAttribute('href', '/sign-in?next=%2F%3Fround%3D2026');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(document.title).toBe('Overview · 2026 round · Charter Monitor');
  });

  it('says the scores are sample data', async () => {
    signInAs('sam-viewer');
    renderApp('/');
    expect(await screen.findByText(/illustrative sample data/)).toBeInTheDocument();
  });

  it('shows the chosen round’s figures, map and trends, and keeps the round in the URL', async () => {
    const user = userEvent.setup();
    const { user: viewer } = signInAs('sam-viewer');
    const { router } = renderApp('/');
    await user.selectOptions(await screen.findByLabelText('Reporting round'), '2022');
    expect(router.state.location.search).toBe('?round=2022');
    expect(router.state.historyAction).toBe('PUSH');

    const figures = (await screen.findByText('Approved assessments in 2022')).closest(
      'dl',
    ) as HTMLElement;
    expect(within(figures).getByText('Average overall score in 2022')).toBeInTheDocument();
    expect(within(figures).getByText(/since 2020$/)).toBeInTheDocument();

    const rows2022 = storedAssessments({ roundId: '2022', readableBy: viewer }).filter(
      (assessment) => assessment.status === 'approved',
    );
    const map = screen.getByRole('region', { name: 'Signatory cities by overall score, 2022' });
    await user.click(within(map).getByRole('button', { name: 'Show as table' }));
    const table = within(map).getByRole('table');
    const ghentRow = within(table).getByRole('row', { name: /^Ghent/ });
    const ghent = rows2022.find((assessment) => assessment.cityId === 'ghent');
    expect(ghent).toBeDefined();
    const ghentScore = ghent ? plainOverall(ghent) : null;
    expect(ghentScore).not.toBeNull();
    const band =
      (ghentScore ?? 0) >= 75
        ? '75 or more'
        : (ghentScore ?? 0) >= 50
          ? '50 to under 75'
          : 'Under 50';
    expect(ghentRow).toHaveTextContent(`${formatScore(ghentScore ?? 0)}${band}`);
    const missing = storedCities().find(
      (city) => !rows2022.some((assessment) => assessment.cityId === city.id),
    );
    expect(missing).toBeDefined();
    expect(
      within(table).getByRole('row', { name: new RegExp(`^${missing?.name ?? 'missing'}`) }),
    ).toHaveTextContent(/No score$/);

    const trends = screen.getByRole('region', { name: 'Key-trend adoption, 2022' });
    expect(trends).toHaveTextContent(`${String(rows2022.length)} cities`);
    // Counted by hand from the rows: the trends established in at least one city, out of 8.
    const established = new Set(
      rows2022.flatMap((row) =>
        Object.entries(row.trends)
          .filter(([, answer]) => answer.status === 'established')
          .map(([trend]) => trend),
      ),
    );
    expect(trends).toHaveTextContent(
      `${String(established.size)} of the 8 trends are established in at least one of them.`,
    );
  });
});

describe('overview with the synthetic data set', () => {
  // 2,000 cities on the map: rendering it in jsdom takes seconds on a busy machine.
  it(
    'asks the API for aggregates, never for every round’s score rows',
    { timeout: 60_000 },
    async () => {
      const user = userEvent.setup();
      mockDatabase.reset('synthetic');
      signInAs('claire-coordinator');
      const slowly = { timeout: 30_000 };
      const requested = await requestsMadeDuring(async () => {
        renderApp('/');
        await screen.findByRole(
          'region',
          { name: 'Signatory cities by overall score, 2026' },
          slowly,
        );
        await user.click(
          screen.getByRole('checkbox', { name: /Include assessments that are not approved yet/ }),
        );
        await screen.findByRole(
          'region',
          { name: 'Average score per role, by round, including unapproved assessments' },
          slowly,
        );
      });
      expect(requested.filter((path) => /^\/api\/scores(?!\?.*roundId=)/.test(path))).toEqual([]);
      expect(requested).toEqual([
        '/api/aggregates/rounds',
        '/api/aggregates/rounds/2026/cities',
        '/api/aggregates/rounds/2026/cities?include=unapproved',
        '/api/aggregates/rounds?include=unapproved',
        '/api/cities',
        '/api/demo/data-set',
        '/api/rounds',
        '/api/rounds/2026/progress',
        '/api/session',
      ]);
    },
  );
});
