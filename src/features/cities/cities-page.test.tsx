import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { mockDatabase, server } from '../../../mocks/node';
import { cityDisplayName } from '../../domain/city-names';
import { i18next } from '../../lib/i18n';
import { citySearchForms, searchFormsInclude } from '../../domain/city-search';
import { buildCityTableRows, filterCityRows, noCityTableFilter } from '../../domain/city-table';
import { renderApp, signInAs } from '../../../tests/utils/render-app';
import { apiAs, storedScoreRows, storedCities, storedRound } from '../../../tests/utils/mock-api';
import { SEARCH_ADDRESS_PAUSE_MS } from './use-search-address';

const tableName = /^Signatory cities in \d{4}/;

async function findTable() {
  return screen.findByRole('table', { name: tableName });
}

/** The options of the combobox named `name`, as the reader sees them. */
function optionsOf(name: string): string[] {
  return within(screen.getByRole('combobox', { name }))
    .getAllByRole('option')
    .map((option) => option.textContent);
}

/** The city names in the body rows, in order. */
function cityNames(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('rowheader').textContent);
}

describe('cities list', () => {
  it('lists every signatory with country, signing year, status, scores and change', async () => {
    signInAs('sam-viewer');
    renderApp('/cities?round=2022');
    const table = await screen.findByRole('table', {
      name: 'Signatory cities in 2022: status, approved scores (0–100) and change since 2020',
    });
    expect(within(table).getAllByRole('row')).toHaveLength(31);
    expect(table).toHaveAttribute('aria-rowcount', '31');
    const header = within(table).getAllByRole('row')[0];
    expect(
      within(header as HTMLElement)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent.replace(/[▲▼↕]/g, '')),
    ).toEqual([
      'City',
      'Country',
      'Signed',
      'Status',
      'Overall score',
      'Change since 2020',
      'Policymaker',
      'Service provider',
      'Employer',
      'Buyer',
    ]);

    const toronto = within(table).getByRole('row', { name: /Toronto/ });
    expect(within(toronto).getByText('Canada')).toBeInTheDocument();
    expect(within(toronto).getByText('Between 2013 and 2015')).toBeInTheDocument();
    expect(within(toronto).getByRole('link', { name: 'Toronto' })).toHaveAttribute(
      'href',
      '/cities/toronto',
    );
    // Warsaw signed in November 2022: it takes part from the next round on.
    expect(within(table).getByRole('row', { name: /Warsaw/ })).toHaveTextContent(
      'Not in this round',
    );
    expect(screen.getByRole('status')).toHaveTextContent('30 of 30 cities');
  });

  it('shows the change since the previous round with an arrow, a sign and words', async () => {
    const { user: viewer } = signInAs('sam-viewer');
    const rows = buildCityTableRows({
      cities: storedCities(),
      round: storedRound('2022'),
      previousRound: storedRound('2020'),
      rows: storedScoreRows({ roundId: '2022', readableBy: viewer }),
      previousRows: storedScoreRows({ roundId: '2020', readableBy: viewer }),
      countryName: (code) => code,
      language: 'en',
    });
    const risen = rows.find((row) => row.change !== null && Math.round(row.change) > 0);
    const missing = rows.find((row) => row.status === 'approved' && row.change === null);
    if (!risen?.change || !missing) throw new Error('The sample set has a rise and a gap');
    renderApp('/cities?round=2022');
    const table = await findTable();

    const risenRow = within(table).getByRole('row', { name: new RegExp(risen.city.name) });
    const points = Math.round(risen.change);
    expect(risenRow).toHaveTextContent(`▲ +${points}`);
    expect(within(risenRow).getByText(`up ${points} points since 2020`)).toHaveClass(
      'visually-hidden',
    );
    const missingRow = within(table).getByRole('row', { name: new RegExp(missing.city.name) });
    expect(within(missingRow).getByText('no change to show')).toBeInTheDocument();
  });

  it('filters by name while typing, and says how many cities are shown', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    const { router } = renderApp('/cities');
    const table = await findTable();
    const search = screen.getByRole('searchbox', { name: 'Search by name' });

    await user.type(search, 'h');
    // Warsaw by its German name, Warschau.
    expect(cityNames(table)).toEqual([
      'Athens',
      'Copenhagen',
      'Ghent',
      'Helsinki',
      'Munich',
      'Stockholm',
      'Utrecht',
      'Warsaw',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('8 of 30 cities');
    await user.type(search, 'E');
    // Munich by its German name, München.
    expect(cityNames(table)).toEqual(['Athens', 'Ghent', 'Helsinki', 'Munich']);
    expect(screen.getByRole('status')).toHaveTextContent('4 of 30 cities');
    // The list follows every keystroke; the address, once typing pauses.
    await waitFor(() => {
      expect(router.state.location.search).toBe('?q=hE');
    });

    await user.type(search, 'x');
    expect(within(table).getAllByRole('row')).toHaveLength(1);
    expect(screen.getByText('No city matches the search and filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(search).toHaveValue('');
    expect(screen.getByRole('status')).toHaveTextContent('30 of 30 cities');
    expect(router.state.location.search).toBe('');
  });

  it('marks an archived city beside its name, where search and sorting still find it', async () => {
    const user = userEvent.setup();
    await apiAs('claire-coordinator').setCityArchived('ghent', true);
    // A visitor, in a round Ghent reported in before it was archived.
    renderApp('/cities?round=2022');
    const table = await findTable();
    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'h');
    expect(cityNames(table)).toEqual([
      'Athens',
      'Copenhagen',
      'Ghent Archived',
      'Helsinki',
      'Munich',
      'Stockholm',
      'Utrecht',
      'Warsaw',
    ]);
    await user.click(within(table).getByRole('button', { name: /^City/ }));
    expect(cityNames(table)).toEqual([
      'Warsaw',
      'Utrecht',
      'Stockholm',
      'Munich',
      'Helsinki',
      'Ghent Archived',
      'Copenhagen',
      'Athens',
    ]);
    const ghent = within(table).getByRole('row', { name: /^Ghent/ });
    expect(within(ghent).getByRole('link', { name: 'Ghent' })).toHaveAttribute(
      'href',
      '/cities/ghent',
    );
    // Its past result stays as it was.
    expect(within(ghent).getByText('Approved')).toBeInTheDocument();
  });

  it('names a planned round as planned to signed-in readers, and never shows it to a visitor', async () => {
    await apiAs('claire-coordinator').createRound({ year: 2028, deadline: '2029-01-31' });
    const roundNames = () => optionsOf('Reporting round');
    const visitor = renderApp('/cities');
    await findTable();
    expect(roundNames()).toEqual(['2013', '2015', '2018', '2020', '2022', '2026 (open)']);
    visitor.unmount();

    signInAs('lotte-ghent');
    renderApp('/cities');
    await findTable();
    expect(roundNames()).toEqual([
      '2013',
      '2015',
      '2018',
      '2020',
      '2022',
      '2026 (open)',
      '2028 (planned)',
    ]);
    // The list still opens on the latest closed round.
    expect(screen.getByRole('combobox', { name: 'Reporting round' })).toHaveValue('2022');
  });

  it('filters by country, status and score range, the range leaving out cities without a score', async () => {
    const user = userEvent.setup();
    const { user: coordinator } = signInAs('claire-coordinator');
    const { router } = renderApp('/cities?round=2026');
    const table = await findTable();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'Finland');
    expect(cityNames(table)).toEqual(['Helsinki', 'Oulu', 'Tampere', 'Vantaa']);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Status' }),
      'Returned to the city',
    );
    expect(cityNames(table)).toEqual(['Helsinki']);
    expect(router.state.location.search).toBe('?country=FI&status=returned&round=2026');

    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Overall score from' }), '50');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Overall score up to' }), '70');
    const rows = buildCityTableRows({
      cities: storedCities(),
      round: storedRound('2026'),
      previousRound: storedRound('2022'),
      rows: storedScoreRows({ roundId: '2026', readableBy: coordinator }),
      previousRows: [],
      countryName: (code) => code,
      language: 'en',
    });
    const expected = filterCityRows(rows, { ...noCityTableFilter, minScore: 50, maxScore: 70 });
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.every((row) => row.status === 'approved')).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent(`${expected.length} of 30 cities`);
    expect(new Set(cityNames(table))).toEqual(new Set(expected.map((row) => row.city.name)));
    expect(
      screen.getByRole('combobox', { name: 'Overall score from' }),
    ).toHaveAccessibleDescription('A score range leaves out cities without an approved score.');
  });

  it('offers a visitor only the statuses they can meet, and a coordinator every one', async () => {
    const options = () => optionsOf('Status');
    const visitor = renderApp('/cities?round=2026');
    await findTable();
    const published = options();
    expect(published).not.toContain('Returned to the city');
    expect(published).not.toContain('Submitted for review');
    expect(published).toContain('Approved');
    visitor.unmount();

    signInAs('claire-coordinator');
    renderApp('/cities?round=2026');
    await findTable();
    expect(options()).toContain('Returned to the city');
    expect(options().length).toBe(published.length + 3);
  });

  it('sorts by any column from its header button, both ways, missing scores last', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    const { router } = renderApp('/cities?round=2022');
    const table = await findTable();
    const overallHeader = within(table).getByRole('columnheader', { name: /Overall score/ });
    expect(within(table).getByRole('columnheader', { name: /City/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(overallHeader).not.toHaveAttribute('aria-sort');

    await user.click(within(overallHeader).getByRole('button', { name: /Overall score/ }));
    expect(overallHeader).toHaveAttribute('aria-sort', 'ascending');
    const ascending = overallScores(table);
    expect(router.state.location.search).toBe('?sort=overall&round=2022');

    // The keyboard works too: the header is a real button.
    within(overallHeader).getByRole('button').focus();
    await user.keyboard('{Enter}');
    expect(overallHeader).toHaveAttribute('aria-sort', 'descending');
    const descending = overallScores(table);
    expect(router.state.location.search).toBe('?sort=overall&order=desc&round=2022');

    const scored = (scores: (number | null)[]) => scores.filter((score) => score !== null);
    expect(scored(ascending)).toEqual([...scored(ascending)].sort((a, b) => a - b));
    expect(scored(descending)).toEqual([...scored(descending)].sort((a, b) => b - a));
    for (const scores of [ascending, descending]) {
      const firstMissing = scores.indexOf(null);
      expect(firstMissing).toBeGreaterThan(0);
      expect(scores.slice(firstMissing).every((score) => score === null)).toBe(true);
    }
  });

  it('reopens the same view from its URL, and goes back and forward through changes', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    const { router } = renderApp('/cities?q=an&status=approved&sort=overall&order=desc&round=2020');
    const table = await screen.findByRole('table', { name: /^Signatory cities in 2020/ });
    expect(screen.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('an');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('approved');
    expect(screen.getByRole('combobox', { name: 'Reporting round' })).toHaveValue('2020');
    expect(within(table).getByRole('columnheader', { name: /Overall score/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const formsByName = new Map(storedCities().map((city) => [city.name, citySearchForms(city)]));
    expect(cityNames(table).length).toBeGreaterThan(0);
    expect(
      cityNames(table).filter((name) => !searchFormsInclude(formsByName.get(name) ?? [], 'an')),
    ).toEqual([]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Reporting round' }), '2015');
    await screen.findByRole('table', { name: /^Signatory cities in 2015/ });
    await user.clear(screen.getByRole('searchbox', { name: 'Search by name' }));
    await waitFor(() => {
      expect(router.state.location.search).toBe(
        '?status=approved&sort=overall&order=desc&round=2015',
      );
    });

    await act(() => router.navigate(-1));
    expect(screen.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('an');
    await act(() => router.navigate(-1));
    expect(await screen.findByRole('table', { name: /^Signatory cities in 2020/ })).toBeVisible();
    await act(() => router.navigate(1));
    expect(await screen.findByRole('table', { name: /^Signatory cities in 2015/ })).toBeVisible();
    expect(screen.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('an');
  });

  it('keeps a search typed just before a filter is chosen, and never writes it over the filter', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    const { router } = renderApp('/cities?round=2022');
    await findTable();
    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'an');
    // Within the pause after typing, before the search is in the address.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'BE');
    expect(router.state.location.search).toBe('?q=an&country=BE&round=2022');
    // Past the pause: the search waiting to be written was dropped, not written over the filter.
    await new Promise((resolve) => setTimeout(resolve, SEARCH_ADDRESS_PAUSE_MS + 200));
    expect(router.state.location.search).toBe('?q=an&country=BE&round=2022');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('BE');
    expect(screen.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('an');
  });

  it('reads filters its controls do not offer as no filter, so the list matches the controls', async () => {
    signInAs('sam-viewer');
    renderApp('/cities?round=2022&country=ZZ&min=35&max=45');
    const table = await findTable();
    expect(within(table).getAllByRole('row')).toHaveLength(31);
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Overall score from' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Overall score up to' })).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Clear search and filters' })).toBeNull();
  });

  it('leaves the default round out of the URL when it is chosen', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    const { router } = renderApp('/cities?round=2015');
    await screen.findByRole('table', { name: /^Signatory cities in 2015/ });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reporting round' }), '2022');
    await screen.findByRole('table', { name: /^Signatory cities in 2022/ });
    expect(router.state.location.search).toBe('');
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
    expect(await findTable()).toBeInTheDocument();
  });
});

describe('cities list with the synthetic data set', () => {
  it('renders only the rows in view of 2,000, each with its place in the whole table', async () => {
    const user = userEvent.setup();
    mockDatabase.reset('synthetic');
    signInAs('sam-viewer');
    renderApp('/cities');
    const table = await screen.findByRole('table', { name: /^Signatory cities in 2025/ });
    expect(screen.getByRole('status')).toHaveTextContent('2,000 of 2,000 cities');
    expect(table).toHaveAttribute('aria-rowcount', '2001');
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows.length).toBeLessThan(50);
    expect(bodyRows.map((row) => row.getAttribute('aria-rowindex'))).toEqual(
      bodyRows.map((_, index) => String(index + 2)),
    );

    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'synthetic 000');
    expect(screen.getByRole('status')).toHaveTextContent('9 of 2,000 cities');
    expect(table).toHaveAttribute('aria-rowcount', '10');
    expect(cityNames(table)).toHaveLength(9);
  });
});

function overallScores(table: HTMLElement): (number | null)[] {
  const column = within(table)
    .getAllByRole('columnheader')
    .findIndex((cell) => cell.textContent.startsWith('Overall score'));
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const cell = row.querySelectorAll('th, td')[column];
      const text = cell?.textContent ?? '';
      return /^\d+$/.test(text) ? Number(text) : null;
    });
}

describe('cities list, in the cities’ own languages', () => {
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  it('finds a city by its name in another language, with or without its letters', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    renderApp('/cities');
    const table = await findTable();
    const search = screen.getByRole('searchbox', { name: 'Search by name' });

    await user.type(search, 'Warszawa');
    expect(cityNames(table)).toEqual(['Warsaw']);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 30 cities');
    for (const [query, city] of [
      ['kobenhavn', 'Copenhagen'],
      ['København', 'Copenhagen'],
      ['muenchen', 'Munich'],
      ['Bruxelles', 'Brussels'],
      ['gand', 'Ghent'],
    ] as const) {
      await user.clear(search);
      await user.type(search, query);
      expect({ query, cities: cityNames(table) }).toEqual({ query, cities: [city] });
    }
  });

  it('names and sorts the cities as the UI language does: München in German', async () => {
    const user = userEvent.setup();
    await i18next.changeLanguage('de');
    signInAs('sam-viewer');
    renderApp('/cities');
    const table = await findTable();

    const shown = cityNames(table);
    expect(shown).toEqual(expect.arrayContaining(['München', 'Warschau', 'Brüssel', 'Gent']));
    expect(shown).not.toContain('Munich');
    const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
    expect(shown).toEqual([...shown].sort((a, b) => collator.compare(a, b)));
    expect(shown).toEqual(
      storedCities()
        .map((city) => cityDisplayName(city, 'de'))
        .sort((a, b) => collator.compare(a, b)),
    );
    expect(within(table).getByRole('link', { name: 'München' })).toHaveAttribute(
      'href',
      '/cities/munich',
    );

    // Its English name still finds it.
    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'munich');
    expect(cityNames(table)).toEqual(['München']);
  });
});
