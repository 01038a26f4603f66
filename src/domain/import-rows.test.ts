import { describe, expect, it } from 'vitest';
import type { City } from './city';
import {
  checkImportRows,
  importColumns,
  importTemplateRows,
  type ImportProblem,
  type ImportReference,
} from './import-rows';

function city(id: string, name: string, names: City['names'], signed = 2010): City {
  return {
    id,
    name,
    names,
    localLanguages: [],
    countryCode: 'BE',
    signed: { earliestYear: signed, latestYear: signed },
    coordinates: { lat: 50, lon: 4 },
    sourceNote: '',
    archived: false,
  };
}

const reference: ImportReference = {
  cities: [
    city('ghent', 'Ghent', { nl: 'Gent', fr: 'Gand' }),
    city('lodz', 'Łódź', { de: 'Lodz' }),
    city('munich', 'Munich', { de: 'München' }),
    // Two cities that fold to the same name: neither may be picked.
    city('san-jose-cr', 'San José', {}),
    city('san-jose-us', 'San Jose', {}),
    city('antwerp', 'Antwerp', { nl: 'Antwerpen' }, 2022),
  ],
  rounds: [
    { id: '2015', year: 2015, status: 'closed', deadline: null },
    { id: '2026', year: 2026, status: 'open', deadline: '2026-12-31' },
    { id: '2024', year: 2024, status: 'planned', deadline: null },
  ],
  currentYear: 2026,
};

const header = [...importColumns];

/** A row from the columns given by name; the rest empty. */
function row(cells: Partial<Record<(typeof importColumns)[number], string>>): string[] {
  return importColumns.map((column) => cells[column] ?? '');
}

function problemsOf(...rows: string[][]): Pick<ImportProblem, 'row' | 'column' | 'code'>[] {
  return checkImportRows([header, ...rows], reference).problems.map(({ row, column, code }) => ({
    row,
    column,
    code,
  }));
}

const good = { city: 'Ghent', round: '2015', commitment: 'PM1', rating: 'fully' };

describe('checkImportRows', () => {
  it('makes one whole assessment per city and round from the template', () => {
    const check = checkImportRows(importTemplateRows, reference);
    expect(check.problems).toEqual([]);
    expect(check.rowCount).toBe(2);
    expect(check.roundsToCreate).toEqual([]);
    expect(check.assessments).toEqual([
      {
        cityId: 'ghent',
        year: 2015,
        roundId: '2015',
        rows: [2, 3],
        content: {
          ratings: {
            PM1: {
              rating: 'fully',
              reason: '',
              evidence: 'The mayor presents the city’s diversity plan at a yearly public meeting.',
              links: ['https://stad.gent/en', 'https://integratingcities.eu/'],
            },
            EM1: {
              rating: 'not_applicable',
              reason: 'Staff are hired by the region, not the city.',
              evidence: '',
              links: [],
            },
          },
          trends: {
            open_communication: {
              status: 'established',
              example: 'A yearly campaign on equal opportunities.',
            },
            participation: { status: 'emerging', example: '' },
          },
          targetGroups: ['third_country_nationals', 'international_protection'],
        },
      },
    ]);
  });

  it('finds cities by id or any name, folded, and rounds by year; an unknown past year is created', () => {
    const check = checkImportRows(
      [
        header,
        row({ ...good, city: ' GAND ' }),
        row({ ...good, city: 'lodz', round: '2013' }),
        row({ ...good, city: 'muenchen', rating: 'Not at all' }),
        row({ ...good, city: 'munich', commitment: 'pm2', rating: 'Partly' }),
      ],
      reference,
    );
    expect(check.problems).toEqual([]);
    expect(check.assessments.map(({ cityId, year, roundId }) => [cityId, year, roundId])).toEqual([
      ['ghent', 2015, '2015'],
      ['lodz', 2013, null],
      ['munich', 2015, '2015'],
    ]);
    expect(check.assessments[2]?.content.ratings).toMatchObject({
      PM1: { rating: 'not_at_all' },
      PM2: { rating: 'partly' },
    });
    expect(check.roundsToCreate).toEqual([2013]);
  });

  it('names each problem by row and column', () => {
    expect(
      problemsOf(
        row({ ...good, city: 'Atlantis' }),
        row({ ...good, city: 'san jose' }),
        row({ ...good, city: '' }),
        row({ ...good, round: 'last year' }),
        row({ ...good, round: '2027' }),
        row({ ...good, round: '2026' }),
        row({ ...good, round: '2024' }),
        row({ ...good, city: 'Antwerp' }),
        row({ ...good, commitment: 'PM9' }),
        row({ ...good, rating: 'mostly' }),
        row({ ...good, rating: '' }),
        row({ ...good, rating: 'not_assessed' }),
        row({ ...good, reason: 'because' }),
        row({ city: 'Ghent', round: '2015', rating: 'fully' }),
        row({ city: 'Ghent', round: '2015' }),
      ),
    ).toEqual([
      { row: 2, column: 'city', code: 'unknown_city' },
      { row: 3, column: 'city', code: 'ambiguous_city' },
      { row: 4, column: 'city', code: 'missing_value' },
      { row: 5, column: 'round', code: 'bad_round' },
      { row: 6, column: 'round', code: 'future_round' },
      { row: 7, column: 'round', code: 'round_not_closed' },
      { row: 8, column: 'round', code: 'round_not_closed' },
      { row: 9, column: 'city', code: 'city_not_signed' },
      { row: 10, column: 'commitment', code: 'unknown_commitment' },
      { row: 11, column: 'rating', code: 'bad_rating' },
      { row: 12, column: 'rating', code: 'missing_rating' },
      { row: 13, column: 'reason', code: 'missing_reason' },
      { row: 14, column: 'reason', code: 'reason_with_rating' },
      { row: 15, column: 'rating', code: 'value_without_commitment' },
      { row: 16, column: null, code: 'nothing_to_import' },
    ]);
  });

  it('refuses unsafe and malformed links, too many of them, and text over its limit', () => {
    expect(
      problemsOf(
        row({ ...good, links: 'javascript:alert(1)' }),
        row({ ...good, commitment: 'PM2', links: 'https://ok.example data:text/html,x' }),
        row({ ...good, commitment: 'PM3', links: 'www.example.org' }),
        row({
          ...good,
          commitment: 'SP1',
          links: Array.from({ length: 11 }, (_, i) => `https://e.example/${String(i)}`).join(' '),
        }),
        row({ ...good, commitment: 'SP2', evidence: 'é'.repeat(2001) }),
      ),
    ).toEqual([
      { row: 2, column: 'links', code: 'unsafe_link' },
      { row: 3, column: 'links', code: 'unsafe_link' },
      { row: 4, column: 'links', code: 'unsafe_link' },
      { row: 5, column: 'links', code: 'too_many_links' },
      { row: 6, column: 'evidence', code: 'text_too_long' },
    ]);
  });

  it('checks key trends and target groups', () => {
    const trendRow = { city: 'Ghent', round: '2015' };
    expect(
      problemsOf(
        row({ ...trendRow, key_trend: 'world_peace', trend_status: 'established' }),
        row({ ...trendRow, key_trend: 'mainstreaming', trend_status: 'maybe' }),
        row({ ...trendRow, key_trend: 'mainstreaming' }),
        row({ ...trendRow, trend_example: 'an example' }),
        row({ ...trendRow, target_groups: 'tourists' }),
        row({ ...trendRow, target_groups: 'eu_mobile_citizens; eu_mobile_citizens' }),
      ),
    ).toEqual([
      { row: 2, column: 'key_trend', code: 'unknown_key_trend' },
      { row: 3, column: 'trend_status', code: 'bad_trend_status' },
      { row: 4, column: 'trend_status', code: 'missing_trend_status' },
      { row: 5, column: 'trend_example', code: 'value_without_key_trend' },
      { row: 6, column: 'target_groups', code: 'unknown_target_group' },
      { row: 7, column: 'target_groups', code: 'repeated_target_group' },
    ]);
  });

  it('finds a duplicate row, however the city is named, and names the row it repeats', () => {
    const check = checkImportRows(
      [header, row(good), row({ ...good, commitment: 'PM2' }), row({ ...good, city: 'gent' })],
      reference,
    );
    expect(check.problems).toEqual([
      { row: 4, column: null, code: 'duplicate_row', value: '', other: 2 },
    ]);
    expect(check.assessments).toEqual([]);
  });

  it('checks the header: unknown, repeated and missing columns, in any case', () => {
    expect(
      checkImportRows([['City', 'colour', 'city', 'Key trend'], ['Ghent']], reference).problems,
    ).toEqual([
      { row: 1, column: 'colour', code: 'unknown_column', value: 'colour', other: null },
      { row: 1, column: 'city', code: 'repeated_column', value: 'city', other: null },
      { row: 1, column: 'round', code: 'missing_column', value: '', other: null },
    ]);
  });

  it('skips empty rows but numbers rows as the file does, and flags a row cut short', () => {
    const check = checkImportRows(
      [header, row({}), row(good), ['Ghent', '2015', 'PM2']],
      reference,
    );
    expect(check.rowCount).toBe(2);
    expect(check.problems).toEqual([
      { row: 4, column: null, code: 'wrong_cell_count', value: '', other: importColumns.length },
    ]);
  });

  it('gives the same assessments for the same rows (an import is repeatable)', () => {
    const rows = [header, row(good), row({ ...good, commitment: 'BU3', rating: 'partly' })];
    expect(checkImportRows(rows, reference)).toEqual(checkImportRows(rows, reference));
  });
});
