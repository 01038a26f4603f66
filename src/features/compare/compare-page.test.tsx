import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { catchDownloads } from '../../../tests/utils/downloads';
import { renderApp, signInAs } from '../../../tests/utils/render-app';
import { commitmentIds, roleIds } from '../../domain/charter';
import { rankByScore } from '../../domain/ranking';
import { scoreSummary, type ScoreSummary } from '../../domain/scoring';
import type { User } from '../../domain/user';
import { storedAssessment, storedAssessments } from '../../../tests/utils/mock-api';
import { i18next } from '../../lib/i18n';

/** Each city's approved scores in a round, straight from the mock API's store. */
function approvedSummaries(viewer: User, roundId: string): Map<string, ScoreSummary> {
  return new Map(
    storedAssessments({ roundId, status: 'approved', readableBy: viewer }).map((assessment) => [
      assessment.cityId,
      scoreSummary(assessment.ratings),
    ]),
  );
}

const shown = (score: number | null | undefined) =>
  score === null || score === undefined ? 'no score' : String(Math.round(score));

function cellTexts(row: HTMLElement) {
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

async function showTable(user: ReturnType<typeof userEvent.setup>, name: string | RegExp) {
  const frame = await screen.findByRole('region', { name });
  await user.click(within(frame).getByRole('button', { name: 'Show as table' }));
  return frame;
}

/** Twelve signatories, the most a comparison holds. */
const twelveCities = [
  'amsterdam',
  'athens',
  'barcelona',
  'berlin',
  'copenhagen',
  'genoa',
  'ghent',
  'helsinki',
  'milan',
  'munich',
  'oslo',
  'rome',
];

describe('compare: choosing cities', () => {
  it('opens on the latest closed round and asks for at least two cities', async () => {
    signInAs('sam-viewer');
    renderApp('/compare');
    expect(await screen.findByLabelText('Reporting round')).toHaveValue('2022');
    expect(
      screen.getByText('Choose at least 2 cities to compare; 0 cities chosen so far.'),
    ).toBeInTheDocument();
  });

  it('filters as one types, chooses with the keyboard, announces, and removes a chip', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    const { router } = renderApp('/compare?round=2022&cities=ghent');
    const combobox = await screen.findByRole('combobox', { name: 'Cities to compare' });
    expect(screen.getByText(/1 city chosen so far/)).toBeInTheDocument();

    await user.type(combobox, 'hel');
    const listbox = screen.getByRole('listbox');
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Helsinki Finland']);
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('1 city matches.');

    // Accents and case do not matter; a country's name finds its cities too.
    await user.clear(combobox);
    await user.type(combobox, 'ITALY');
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^Rome Italy/)]));

    // An option says when its city has nothing approved to compare in the round.
    await user.clear(combobox);
    await user.type(combobox, 'warsaw');
    expect(within(listbox).getByRole('option')).toHaveTextContent(
      'Warsaw Poland · no approved assessment in 2022',
    );

    await user.clear(combobox);
    await user.type(combobox, 'osl');
    await user.keyboard('{ArrowDown}{Enter}');
    const chips = screen.getByRole('list', { name: 'Chosen cities' });
    expect(within(chips).getByText('Oslo')).toBeInTheDocument();
    expect(combobox).toHaveValue('');
    expect(router.state.location.search).toBe('?round=2022&cities=ghent%2Coslo');
    expect(screen.getByText('Oslo added: 2 of 12 cities chosen.')).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Role profile, 2022' })).toBeInTheDocument();

    await user.click(within(chips).getByRole('button', { name: 'Remove Ghent' }));
    expect(within(chips).queryByText('Ghent')).not.toBeInTheDocument();
    expect(combobox).toHaveFocus();
    expect(screen.getByText('Ghent removed: 1 of 12 cities chosen.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?round=2022&cities=oslo');
    expect(screen.getByText(/1 city chosen so far/)).toBeInTheDocument();

    // Backspace on a chip removes it too.
    within(chips).getByRole('button', { name: 'Remove Oslo' }).focus();
    await user.keyboard('{Backspace}');
    expect(screen.queryByRole('list', { name: 'Chosen cities' })).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?round=2022');
  });

  it('holds twelve cities at most and says so', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    const { router } = renderApp(`/compare?cities=${twelveCities.join(',')}`);
    const combobox = await screen.findByRole('combobox', { name: 'Cities to compare' });
    expect(
      screen.getByText(
        'That is the most a comparison can hold: 12 cities. Remove one to add another.',
      ),
    ).toBeInTheDocument();
    await user.type(combobox, 'stock');
    const option = within(screen.getByRole('listbox')).getByRole('option', { name: /Stockholm/ });
    expect(option).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(router.state.location.search).not.toContain('stockholm');

    await user.click(screen.getByRole('button', { name: 'Remove Rome' }));
    expect(screen.queryByText(/That is the most/)).not.toBeInTheDocument();
    await user.clear(combobox);
    await user.type(combobox, 'stock');
    await user.keyboard('{Enter}');
    expect(router.state.location.search).toContain('stockholm');
  });

  it('says how many cities of a link were not found, and does not count them toward twelve', async () => {
    signInAs('sam-viewer');
    renderApp(`/compare?cities=nowhere,${twelveCities.join(',')},atlantis`);
    expect(
      await screen.findByText('2 cities in the link were not found and left out.'),
    ).toBeInTheDocument();
    const chips = screen.getByRole('list', { name: 'Chosen cities' });
    expect(within(chips).getAllByRole('listitem')).toHaveLength(12);
    expect(within(chips).getByRole('button', { name: 'Remove Rome' })).toBeInTheDocument();
  });

  it('says so for one unknown city in a link', async () => {
    signInAs('sam-viewer');
    renderApp('/compare?cities=ghent,nowhere,oslo');
    expect(
      await screen.findByText('1 city in the link was not found and left out.'),
    ).toBeInTheDocument();
    const chips = screen.getByRole('list', { name: 'Chosen cities' });
    expect(within(chips).getAllByRole('listitem')).toHaveLength(2);
  });

  it('compares a group instead: a country, or cities that signed before a year', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    const { router } = renderApp('/compare?round=2022&view=ranking');
    await user.click(await screen.findByRole('radio', { name: 'A group of signatories' }));
    expect(router.state.location.search).toBe('?round=2022&group=all&view=ranking');
    expect(screen.getByText('30 cities in this group.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Group'), 'Signatories in one country');
    await user.selectOptions(screen.getByLabelText('Country'), 'Belgium (3)');
    expect(router.state.location.search).toBe('?round=2022&group=country%3ABE&view=ranking');
    const ranking = await screen.findByRole('region', { name: 'Ranking: Overall score, 2022' });
    expect(within(ranking).getByText(/Signatories in Belgium \(3 cities\)/)).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Group'), 'Cities that signed before a year');
    expect(screen.getByLabelText('Signed before')).toHaveValue('2022');
    expect(screen.getByText('25 cities in this group.')).toBeInTheDocument();
  });
});

describe('compare: the URL holds the view', () => {
  it('reopens from a URL, pushes a new view, replaces for a new measure, and goes back', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    const { router } = renderApp('/compare?round=2020&cities=ghent,oslo,warsaw');
    expect(await screen.findByRole('tab', { name: 'Role profile', selected: true })).toBeVisible();
    expect(await screen.findByRole('region', { name: 'Role profile, 2020' })).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Ranking' }));
    expect(router.state.location.search).toBe(
      '?round=2020&cities=ghent%2Coslo%2Cwarsaw&view=ranking',
    );
    expect(router.state.historyAction).toBe('PUSH');
    expect(screen.getByRole('tab', { name: 'Ranking', selected: true })).toBeVisible();

    await user.selectOptions(await screen.findByLabelText('Score'), 'Employer score');
    expect(router.state.location.search).toBe(
      '?round=2020&cities=ghent%2Coslo%2Cwarsaw&view=ranking&measure=employer',
    );
    expect(router.state.historyAction).toBe('REPLACE');
    expect(
      await screen.findByRole('region', { name: 'Ranking: Employer score, 2020' }),
    ).toBeInTheDocument();

    await router.navigate(-1);
    expect(await screen.findByRole('tab', { name: 'Role profile', selected: true })).toBeVisible();
    expect(router.state.location.search).toBe('?round=2020&cities=ghent,oslo,warsaw');
  });

  it('moves between tabs with the arrow keys and opens one with Enter', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    const { router } = renderApp('/compare?cities=ghent,oslo');
    const profile = await screen.findByRole('tab', { name: 'Role profile' });
    profile.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Bars per role' })).toHaveFocus();
    expect(router.state.location.search).toBe('?cities=ghent,oslo');
    await user.keyboard('{End}{Enter}');
    expect(router.state.location.search).toBe('?cities=ghent%2Coslo&view=change');
    expect(await screen.findByRole('tabpanel', { name: 'Change' })).toBeInTheDocument();
  });
});

describe('compare: a score of 0, no score and no assessment', () => {
  it('bars per role, 2015: names Utrecht’s missing Buyer score and why, and Warsaw’s missing assessment', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    renderApp('/compare?round=2015&cities=amsterdam,utrecht,warsaw&view=bars');
    const frame = await screen.findByRole('region', { name: 'Scores per role, compared, 2015' });
    // The seeded 2015 answers: Amsterdam rated every Buyer commitment "not at all" (a score of
    // 0); Utrecht's BU1 is not assessed and BU2, BU3 not applicable (no score); Warsaw signed
    // in 2022. Scores by hand: Amsterdam 50, 50, 50/3 ≈ 17, 0, overall (50 + 50 + 16.7 + 0) / 4
    // ≈ 29; Utrecht 50, 50, 50/3 ≈ 17, no score, overall (50 + 50 + 16.7) / 3 ≈ 39.
    expect(
      within(frame).getByText(
        'Highest score per role in 2015: Policymaker, Amsterdam and Utrecht (50); ' +
          'Service provider, Amsterdam and Utrecht (50); Employer, Amsterdam and Utrecht (17); ' +
          'Buyer of goods and services, Amsterdam (0). ' +
          'No score for Buyer of goods and services: Utrecht (not assessed and not applicable). ' +
          'No approved assessment in 2015: Warsaw.',
      ),
    ).toBeInTheDocument();

    await user.click(within(frame).getByRole('button', { name: 'Show as table' }));
    expect(cellTexts(within(frame).getByRole('row', { name: /^Amsterdam/ }))).toEqual([
      '50',
      '50',
      '17',
      '0',
      '29',
    ]);
    expect(cellTexts(within(frame).getByRole('row', { name: /^Utrecht/ }))).toEqual([
      '50',
      '50',
      '17',
      'no score',
      '39',
    ]);
    expect(cellTexts(within(frame).getByRole('row', { name: /^Warsaw/ }))).toEqual(
      Array.from({ length: 5 }, () => 'no assessment'),
    );
  });
});

describe('compare: a zero and missing scores in the ranking', () => {
  it('ranks a 0 like any score and names the cities without one, and why', async () => {
    signInAs('sam-viewer');
    renderApp('/compare?round=2015&cities=amsterdam,utrecht,warsaw&view=ranking&measure=buyer');
    const frame = await screen.findByRole('region', { name: 'Ranking: Buyer score, 2015' });
    // Seeded 2015 Buyer answers: Amsterdam "not at all" throughout (0); Utrecht BU1 not
    // assessed, BU2 and BU3 not applicable; Warsaw had not signed yet.
    expect(
      within(frame).getByText(
        'Amsterdam ranks first with 0 of 100. ' +
          'No Buyer score: Utrecht (not assessed and not applicable). ' +
          'No approved assessment in 2015: Warsaw. ' +
          'Cities without a score are listed last, unranked.',
      ),
    ).toBeInTheDocument();
  });
});

describe('compare: each view’s table holds the chart’s numbers', () => {
  it('role profile and bars: each city’s score per role, missing as "no score"', async () => {
    const user = userEvent.setup();
    const { user: viewer } = signInAs('sam-viewer');
    const scores = approvedSummaries(viewer, '2022');
    renderApp('/compare?round=2022&cities=ghent,oslo,warsaw');
    for (const [view, title] of [
      ['Role profile', 'Role profile, 2022'],
      ['Bars per role', 'Scores per role, compared, 2022'],
    ] as const) {
      await user.click(await screen.findByRole('tab', { name: view }));
      const frame = await showTable(user, title);
      expect(within(frame).getByText('2022 round · Ghent, Oslo and Warsaw')).toBeInTheDocument();
      expect(
        within(frame).getByText(/No approved assessment in 2022: Warsaw\./),
      ).toBeInTheDocument();
      for (const cityId of ['ghent', 'oslo']) {
        const name = cityId === 'ghent' ? 'Ghent' : 'Oslo';
        const summary = scores.get(cityId);
        expect(cellTexts(within(frame).getByRole('row', { name: new RegExp(`^${name}`) }))).toEqual(
          [...roleIds.map((role) => shown(summary?.byRole[role])), shown(summary?.overall)],
        );
      }
      expect(cellTexts(within(frame).getByRole('row', { name: /^Warsaw/ }))).toEqual(
        Array.from({ length: 5 }, () => 'no assessment'),
      );
    }
    // Each role's leaders, their commas kept apart from the next role's by the catalogue's "; ".
    const lead = screen.getByText(/^Highest score per role in 2022: /).textContent;
    const items = lead.replace(/^Highest score per role in 2022: /, '').split('; ');
    expect(items).toHaveLength(roleIds.length);
    for (const item of items) expect(item).toMatch(/^[A-Z][\w ]+, (Ghent|Oslo)[\w ,]* \(\d+\)/);
  });

  it('heatmap: each city’s rating per commitment in words', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    const ghent = storedAssessment('ghent-2022');
    renderApp('/compare?round=2022&cities=ghent,warsaw&view=heatmap');
    const frame = await showTable(user, 'Ratings per commitment, 2022');
    const labels = {
      fully: 'Fully',
      partly: 'Partly',
      not_at_all: 'Not at all',
      not_applicable: 'Not applicable',
      not_assessed: 'Not assessed',
    };
    expect(cellTexts(within(frame).getByRole('row', { name: /^Ghent/ }))).toEqual(
      commitmentIds.map((id) => {
        const rating = ghent.ratings[id]?.rating;
        return rating
          ? `${{ fully: '●', partly: '◐', not_at_all: '○', not_applicable: '–', not_assessed: '?' }[rating]} ${labels[rating]}`
          : '–No rating';
      }),
    );
    expect(cellTexts(within(frame).getByRole('row', { name: /^Warsaw/ }))).toEqual(
      commitmentIds.map(() => '–No approved assessment'),
    );
  });

  it('heatmap of a large group: the notice says where the group chart is, which follows it', async () => {
    signInAs('sam-viewer');
    renderApp('/compare?round=2022&group=all&view=heatmap');
    // Thirty cities' heatmap and distribution: the slowest render here, given more time.
    const notice = await screen.findByText(/are too many for one heatmap/, undefined, {
      timeout: 15_000,
    });
    const distribution = await screen.findByRole('region', {
      name: /^Ratings across the group, 2022/,
    });
    const heatmap = screen.getByRole('region', { name: /^Ratings per commitment, 2022/ });
    expect(notice).toHaveTextContent(/the chart below shows how the whole group/);
    expect(notice.compareDocumentPosition(distribution)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(distribution.compareDocumentPosition(heatmap)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  }, 20_000);

  it('ranking: shared ranks for ties, unscored cities last, saying why they have no score', async () => {
    const user = userEvent.setup();
    const { user: viewer } = signInAs('sam-viewer');
    const scores = approvedSummaries(viewer, '2022');
    const cityIds = ['ghent', 'oslo', 'rome', 'berlin', 'warsaw'];
    const expected = rankByScore(cityIds, (id) => scores.get(id)?.overall ?? null, {
      tieBreak: (a, b) => a.localeCompare(b),
    });
    renderApp(`/compare?round=2022&cities=${cityIds.join(',')}&view=ranking`);
    const frame = await showTable(user, 'Ranking: Overall score, 2022');
    const rows = within(frame).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent.toLowerCase())).toEqual(
      expected.map((entry) => entry.item),
    );
    expect(rows.map(cellTexts)).toEqual(
      expected.map((entry) => [
        entry.rank === null ? 'unranked' : entry.tied ? `${entry.rank} (tied)` : String(entry.rank),
        scores.has(entry.item) ? shown(entry.score) : 'no assessment',
      ]),
    );
    // Warsaw has no approved assessment in 2022.
    expect(cellTexts(rows.at(-1) as HTMLElement)).toEqual(['unranked', 'no assessment']);
  });

  it('change: each city’s score in both rounds and the difference', async () => {
    const user = userEvent.setup();
    const { user: viewer } = signInAs('sam-viewer');
    const before = approvedSummaries(viewer, '2015');
    const after = approvedSummaries(viewer, '2022');
    renderApp('/compare?round=2022&from=2015&cities=ghent,toronto,warsaw&view=change&sort=name');
    const frame = await showTable(user, 'Change: Overall score, 2015 to 2022');
    expect(
      within(frame).getByText('2015 and 2022 rounds · Ghent, Toronto and Warsaw'),
    ).toBeInTheDocument();
    const ghentBefore = before.get('ghent')?.overall ?? 0;
    const ghentAfter = after.get('ghent')?.overall ?? 0;
    const change = Math.round(ghentAfter - ghentBefore);
    expect(cellTexts(within(frame).getByRole('row', { name: /^Ghent/ }))).toEqual([
      shown(ghentBefore),
      shown(ghentAfter),
      change > 0 ? `+${change}` : String(change),
    ]);
    // Toronto signed between 2013 and 2015, so it did not answer in 2015; Warsaw signed in 2022.
    expect(cellTexts(within(frame).getByRole('row', { name: /^Toronto/ }))).toEqual([
      'no assessment',
      shown(after.get('toronto')?.overall),
      'no change to show',
    ]);
    expect(cellTexts(within(frame).getByRole('row', { name: /^Warsaw/ }))).toEqual([
      'no assessment',
      'no assessment',
      'no change to show',
    ]);
    expect(
      within(frame).getByText(/2 cities lack a score in one of the two rounds\./),
    ).toBeInTheDocument();
  });

  it('change: exports CSV whose headers name each unit once', async () => {
    const user = userEvent.setup();
    const files = catchDownloads();
    signInAs('sam-viewer');
    renderApp('/compare?round=2022&from=2015&cities=ghent,oslo&view=change');
    const frame = await screen.findByRole('region', {
      name: 'Change: Overall score, 2015 to 2022',
    });
    await user.click(within(frame).getByRole('button', { name: /^Export/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Data as CSV' }));
    await waitFor(() => {
      expect(files).toHaveLength(1);
    });
    const text = (await files[0]?.contents.text()) ?? '';
    const [header] = Papa.parse<string[]>(text.replace(/^\uFEFF/, '')).data;
    expect(header).toEqual([
      'City',
      '2015 (points, 0–100)',
      '2022 (points, 0–100)',
      'Change (points)',
    ]);
  });
});

describe('compare: in the cities’ own languages', () => {
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  it('finds a city in the picker by its local name, and names it in English', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    renderApp('/compare?round=2022&cities=ghent');
    const combobox = await screen.findByRole('combobox', { name: 'Cities to compare' });
    await user.type(combobox, 'Warszawa');
    expect(within(screen.getByRole('listbox')).getByRole('option')).toHaveTextContent(
      /^Warsaw Poland/,
    );
    await user.clear(combobox);
    await user.type(combobox, 'lisboa');
    await user.keyboard('{ArrowDown}{Enter}');
    const chips = screen.getByRole('list', { name: 'Chosen cities' });
    expect(within(chips).getByText('Lisbon')).toBeInTheDocument();
  });

  it('names the cities in German in the picker, the chart’s table and its subtitle', async () => {
    const user = userEvent.setup();
    await i18next.changeLanguage('de');
    signInAs('sam-viewer');
    renderApp('/compare?round=2022&cities=munich,ghent,warsaw');
    const chips = await screen.findByRole('list', { name: 'Chosen cities' });
    // In the order chosen, each by its German name.
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((chip) => chip.textContent.replace('×', '')),
    ).toEqual(['München', 'Gent', 'Warschau']);
    expect(within(chips).getByRole('button', { name: 'Remove München' })).toBeInTheDocument();

    const frame = await showTable(user, 'Role profile, 2022');
    expect(within(frame).getByText('2022 round · München, Gent und Warschau')).toBeInTheDocument();
    expect(within(frame).getByRole('row', { name: /^München/ })).toBeInTheDocument();
    expect(within(frame).queryByRole('row', { name: /^Munich/ })).toBeNull();

    const combobox = screen.getByRole('combobox', { name: 'Cities to compare' });
    await user.type(combobox, 'kopen');
    expect(within(screen.getByRole('listbox')).getByRole('option')).toHaveTextContent(
      /^Kopenhagen Dänemark/,
    );
  });
});
