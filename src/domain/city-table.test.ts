import { describe, expect, it } from 'vitest';
import { cityFixture } from '../../tests/utils/city-fixture';
import type { City } from './city';
import { citySearchForms } from './city-search';
import {
  buildCityTableRows,
  filterCityRows,
  noCityTableFilter,
  sortCityRows,
  type CityTableRow,
} from './city-table';
import type { Round } from './round';
import type { ScoreRow } from './score-row';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function city(id: string, name: string, countryCode = 'BE', signed: number | null = 2010): City {
  return cityFixture({
    id,
    name,
    countryCode,
    signed: signed === null ? null : { earliestYear: signed, latestYear: signed },
    coordinates: { lat: 50, lon: 4 },
  });
}

const round2022: Round = { id: '2022', year: 2022, status: 'closed', deadline: null };
const round2026: Round = { id: '2026', year: 2026, status: 'open', deadline: null };

/** A score row whose every commitment has the same rating: its scores are that rating's points. */
function scoreRow(
  cityId: string,
  roundId: string,
  rating: 'fully' | 'partly' | 'not_at_all' | 'not_applicable',
  status: ScoreRow['status'] = 'approved',
): ScoreRow {
  const ids = ['PM1', 'PM2', 'PM3', 'SP1', 'SP2', 'EM1', 'EM2', 'EM3', 'BU1', 'BU2', 'BU3'];
  return {
    cityId,
    roundId,
    status,
    ratings: Object.fromEntries(ids.map((id) => [id, { rating, reason: '' }])),
    trends: {},
  };
}

function tableRow(
  name: string,
  overall: number | null,
  change: number | null = null,
  id = name.toLowerCase(),
): CityTableRow {
  return {
    city: city(id, name),
    name,
    countryName: 'Belgium',
    searchForms: citySearchForms({ name, names: {} }),
    status: overall === null ? 'none' : 'approved',
    overall,
    byRole: { policymaker: overall, service_provider: null, employer: null, buyer: null },
    change,
  };
}

const names = (rows: readonly CityTableRow[]) => rows.map((row) => row.city.name);

describe('building the rows', () => {
  const cities = [
    city('ghent', 'Ghent'),
    city('oslo', 'Oslo', 'NO'),
    city('zagreb', 'Zagreb', 'HR', 2022),
    city('paris', 'Paris', 'FR'),
    city('nowhere', 'Nowhere', 'FR', null),
    city('lisbon', 'Lisbon', 'PT'),
  ];
  const rows = buildCityTableRows({
    cities,
    round: round2026,
    previousRound: round2022,
    rows: [
      scoreRow('ghent', '2026', 'fully'),
      scoreRow('oslo', '2026', 'partly', 'submitted'),
      scoreRow('paris', '2026', 'partly'),
      scoreRow('lisbon', '2026', 'not_applicable'),
      // Another round's row is not this round's.
      scoreRow('zagreb', '2022', 'fully'),
    ],
    previousRows: [
      scoreRow('ghent', '2022', 'partly'),
      scoreRow('paris', '2022', 'fully', 'submitted'),
    ],
    countryName: (code) => `country ${code}`,
    language: 'en',
  });
  const byId = new Map(rows.map((row) => [row.city.id, row]));

  it('gives each city its status in the round, or none, or not taking part', () => {
    expect(rows.map((row) => [row.city.id, row.status])).toEqual([
      ['ghent', 'approved'],
      ['oslo', 'submitted'],
      ['zagreb', 'none'],
      ['paris', 'approved'],
      ['nowhere', 'not_in_round'],
      ['lisbon', 'approved'],
    ]);
    expect(byId.get('oslo')?.countryName).toBe('country NO');
  });

  it('leaves an archived city out of a round it has no assessment in, not out of one it has', () => {
    const archived = buildCityTableRows({
      cities: [
        { ...city('ghent', 'Ghent'), archived: true },
        { ...city('oslo', 'Oslo', 'NO'), archived: true },
      ],
      round: round2026,
      previousRound: round2022,
      rows: [scoreRow('ghent', '2026', 'fully')],
      previousRows: [],
      countryName: (code) => code,
      language: 'en',
    });
    expect(archived.map((row) => [row.city.id, row.status])).toEqual([
      ['ghent', 'approved'],
      ['oslo', 'not_in_round'],
    ]);
  });

  it('scores approved assessments only, and leaves out what is not applicable', () => {
    expect(byId.get('ghent')).toMatchObject({ overall: 100, byRole: { employer: 100 } });
    expect(byId.get('oslo')).toMatchObject({ overall: null, byRole: { employer: null } });
    expect(byId.get('lisbon')).toMatchObject({ overall: null, byRole: { buyer: null } });
  });

  it('counts the change since an approved assessment of the previous round only', () => {
    expect(byId.get('ghent')?.change).toBe(50);
    expect(byId.get('paris')?.change).toBeNull();
    expect(byId.get('zagreb')?.change).toBeNull();
  });

  it('names each city as the UI language does, and sorts by that name', () => {
    const named = [
      cityFixture({ id: 'munich', name: 'Munich', names: { de: 'München' } }),
      cityFixture({ id: 'milan', name: 'Milan', names: { it: 'Milano', de: 'Mailand' } }),
      cityFixture({ id: 'mannheim', name: 'Mannheim' }),
      cityFixture({ id: 'lodz', name: 'Lodz', names: { pl: 'Łódź' } }),
    ];
    const sortedNames = (language: string) =>
      sortCityRows(
        buildCityTableRows({
          cities: named,
          round: round2022,
          previousRound: undefined,
          rows: [],
          previousRows: [],
          countryName: (code) => code,
          language,
        }),
        { column: 'city', direction: 'ascending' },
        new Intl.Collator(language, { sensitivity: 'base', numeric: true }),
      ).map((row) => row.name);
    expect(sortedNames('en')).toEqual(['Lodz', 'Mannheim', 'Milan', 'Munich']);
    expect(sortedNames('de')).toEqual(['Lodz', 'Mailand', 'Mannheim', 'München']);
    expect(sortedNames('pl')).toEqual(['Łódź', 'Mannheim', 'Milan', 'Munich']);
  });

  it('has no change in a first round', () => {
    const [ghent] = buildCityTableRows({
      cities: [cities[0] as City],
      round: round2022,
      previousRound: undefined,
      rows: [scoreRow('ghent', '2022', 'partly')],
      previousRows: [],
      countryName: (code) => code,
      language: 'en',
    });
    expect(ghent).toMatchObject({ overall: 50, change: null });
  });
});

describe('filtering', () => {
  const rows = [
    tableRow('Zürich', 72),
    tableRow('Zurbaran', null),
    tableRow('São Paulo', 49.6),
    tableRow('Oslo', 80.4),
  ];

  it('finds names containing the search, ignoring case and accents', () => {
    expect(names(filterCityRows(rows, { ...noCityTableFilter, query: 'ZUR' }))).toEqual([
      'Zürich',
      'Zurbaran',
    ]);
    expect(names(filterCityRows(rows, { ...noCityTableFilter, query: ' sao ' }))).toEqual([
      'São Paulo',
    ]);
    expect(filterCityRows(rows, noCityTableFilter)).toHaveLength(4);
  });

  it('finds a city by any of its names, with letters such as ł, ø and ß folded', () => {
    const named = buildCityTableRows({
      cities: [
        cityFixture({ id: 'warsaw', name: 'Warsaw', names: { pl: 'Warszawa', de: 'Warschau' } }),
        cityFixture({ id: 'copenhagen', name: 'Copenhagen', names: { da: 'København' } }),
        cityFixture({ id: 'lodz', name: 'Lodz', names: { pl: 'Łódź' } }),
        cityFixture({ id: 'munich', name: 'Munich', names: { de: 'München' } }),
        cityFixture({ id: 'strasse', name: 'Main Street', names: { de: 'Hauptstraße' } }),
      ],
      round: round2022,
      previousRound: undefined,
      rows: [],
      previousRows: [],
      countryName: (code) => code,
      language: 'en',
    });
    const found = (query: string) =>
      filterCityRows(named, { ...noCityTableFilter, query }).map((row) => row.city.id);
    expect(found('warszawa')).toEqual(['warsaw']);
    expect(found('WARSCHAU')).toEqual(['warsaw']);
    expect(found('kobenhavn')).toEqual(['copenhagen']);
    expect(found('koebenhavn')).toEqual(['copenhagen']);
    expect(found('København')).toEqual(['copenhagen']);
    expect(found('lodz')).toEqual(['lodz']);
    expect(found('Łódź')).toEqual(['lodz']);
    expect(found('munchen')).toEqual(['munich']);
    expect(found('muenchen')).toEqual(['munich']);
    expect(found('strasse')).toEqual(['strasse']);
    expect(found('STRASSE')).toEqual(['strasse']);
    expect(found('nowhere')).toEqual([]);
  });

  it('keeps scores inside the range as shown, rounded, both bounds included', () => {
    const range = (minScore: number | null, maxScore: number | null) =>
      names(filterCityRows(rows, { ...noCityTableFilter, minScore, maxScore }));
    expect(range(50, 80)).toEqual(['Zürich', 'São Paulo', 'Oslo']);
    expect(range(51, 79)).toEqual(['Zürich']);
    expect(range(null, 60)).toEqual(['São Paulo']);
  });

  it('leaves out cities without a score once any bound is set, even the full range', () => {
    expect(names(filterCityRows(rows, { ...noCityTableFilter, minScore: 0 }))).not.toContain(
      'Zurbaran',
    );
    expect(
      names(filterCityRows(rows, { ...noCityTableFilter, minScore: 0, maxScore: 100 })),
    ).toHaveLength(3);
  });

  it('filters by country and by status, together with the rest', () => {
    const mixed = [
      { ...tableRow('Ghent', 60), city: city('ghent', 'Ghent', 'BE') },
      { ...tableRow('Genoa', 60), city: city('genoa', 'Genoa', 'IT') },
      { ...tableRow('Gdańsk', null), city: city('gdansk', 'Gdańsk', 'PL') },
    ];
    expect(
      names(filterCityRows(mixed, { ...noCityTableFilter, query: 'g', countryCode: 'IT' })),
    ).toEqual(['Genoa']);
    expect(names(filterCityRows(mixed, { ...noCityTableFilter, status: 'none' }))).toEqual([
      'Gdańsk',
    ]);
  });
});

describe('sorting', () => {
  const rows = [
    tableRow('Oslo', 60, 5),
    tableRow('Antwerp', null, null),
    tableRow('Ghent', 80, -3),
    tableRow('Berlin', 60, null),
    tableRow('Zagreb', null, 2),
    tableRow('Aalst', 60, 5),
  ];

  it('puts missing scores last in both directions and breaks ties by name', () => {
    expect(
      names(sortCityRows(rows, { column: 'overall', direction: 'ascending' }, collator)),
    ).toEqual(['Aalst', 'Berlin', 'Oslo', 'Ghent', 'Antwerp', 'Zagreb']);
    expect(
      names(sortCityRows(rows, { column: 'overall', direction: 'descending' }, collator)),
    ).toEqual(['Ghent', 'Aalst', 'Berlin', 'Oslo', 'Antwerp', 'Zagreb']);
  });

  it('sorts the change and role scores the same way', () => {
    expect(
      names(sortCityRows(rows, { column: 'change', direction: 'descending' }, collator)),
    ).toEqual(['Aalst', 'Oslo', 'Zagreb', 'Ghent', 'Antwerp', 'Berlin']);
    expect(
      names(sortCityRows(rows, { column: 'policymaker', direction: 'ascending' }, collator)).at(-1),
    ).toBe('Zagreb');
  });

  it('sorts names by the language’s rules, and identical names by id', () => {
    const twins = [
      tableRow('Ödeshög', 1, null, 'b'),
      tableRow('Oslo', 1),
      tableRow('Ödeshög', 1, null, 'a'),
    ];
    expect(
      sortCityRows(twins, { column: 'city', direction: 'ascending' }, collator).map(
        (row) => row.city.id,
      ),
    ).toEqual(['a', 'b', 'oslo']);
    expect(
      sortCityRows(twins, { column: 'city', direction: 'descending' }, collator).map(
        (row) => row.city.id,
      ),
    ).toEqual(['oslo', 'a', 'b']);
  });

  it('treats rows of the same city as equal, keeping their order (a consistent comparator)', () => {
    const same = [tableRow('Oslo', 1, null, 'oslo'), tableRow('Oslo', 2, null, 'oslo')];
    for (const order of [same, [...same].reverse()]) {
      expect(
        sortCityRows(order, { column: 'city', direction: 'ascending' }, collator).map(
          (row) => row.overall,
        ),
      ).toEqual(order.map((row) => row.overall));
    }
  });

  it('sorts statuses from least to most advanced, and unknown signing dates last', () => {
    const statuses = [
      { ...tableRow('A', null), status: 'approved' as const },
      { ...tableRow('B', null), status: 'not_in_round' as const },
      { ...tableRow('C', null), status: 'draft' as const },
      { ...tableRow('D', null), status: 'none' as const },
    ];
    expect(
      names(sortCityRows(statuses, { column: 'status', direction: 'ascending' }, collator)),
    ).toEqual(['B', 'D', 'C', 'A']);
    const signed = [
      { ...tableRow('Late', 1), city: city('late', 'Late', 'BE', 2022) },
      { ...tableRow('Unknown', 1), city: city('unknown', 'Unknown', 'BE', null) },
      { ...tableRow('Early', 1), city: city('early', 'Early', 'BE', 2010) },
    ];
    expect(
      names(sortCityRows(signed, { column: 'signed', direction: 'descending' }, collator)),
    ).toEqual(['Late', 'Early', 'Unknown']);
  });

  it('leaves its input as it was', () => {
    const before = names(rows);
    sortCityRows(rows, { column: 'overall', direction: 'descending' }, collator);
    expect(names(rows)).toEqual(before);
  });
});
