/**
 * Importing past rounds from a spreadsheet (docs/import.md): the file's columns, the template,
 * and the check of every row against the charter, the cities and the rounds. A row carries one
 * commitment's answer, one key trend's answer, the assessment's target groups, or any of them
 * together, for one city and round; the rows of one city and round make one whole assessment.
 * Pure: the server reads the file (server/import) and hands the cells here, as text.
 */
import { z } from './zod';
import {
  EVIDENCE_LINKS_MAX,
  EVIDENCE_TEXT_MAX_LENGTH,
  REASON_MAX_LENGTH,
  TREND_EXAMPLE_MAX_LENGTH,
  evidenceLinkSchema,
  isUnscoredRating,
  type AssessmentContent,
} from './assessment';
import {
  commitmentIds,
  keyTrendIds,
  ratingValues,
  targetGroupIds,
  trendStatuses,
  type CommitmentId,
  type KeyTrendId,
  type RatingValue,
  type TargetGroupId,
  type TrendStatus,
} from './charter';
import type { City } from './city';
import { citySearchForms, searchableText } from './city-search';
import type { Round } from './round';
import { graphemeLength } from './text-length';

/** The largest file an import reads, in bytes (5 MiB). */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** The most data rows (after the header) an import reads. */
export const IMPORT_MAX_ROWS = 50_000;

/** The file's columns, in the template's order; `city` and `round` are required. */
export const importColumns = [
  'city',
  'round',
  'commitment',
  'rating',
  'reason',
  'evidence',
  'links',
  'key_trend',
  'trend_status',
  'trend_example',
  'target_groups',
] as const;
export type ImportColumn = (typeof importColumns)[number];
const requiredColumns: readonly ImportColumn[] = ['city', 'round'];

/** The template's rows: the header and two examples (Ghent, 2015), as cells of text. */
export const importTemplateRows: readonly (readonly string[])[] = [
  importColumns,
  [
    'Ghent',
    '2015',
    'PM1',
    'fully',
    '',
    'The mayor presents the city’s diversity plan at a yearly public meeting.',
    'https://stad.gent/en https://integratingcities.eu/',
    'open_communication',
    'established',
    'A yearly campaign on equal opportunities.',
    'third_country_nationals; international_protection',
  ],
  [
    'Ghent',
    '2015',
    'EM1',
    'not_applicable',
    'Staff are hired by the region, not the city.',
    '',
    '',
    'participation',
    'emerging',
    '',
    '',
  ],
];

/** What can be wrong with a row (or, at row 1, with the header). */
export const importProblemCodes = [
  'unknown_column',
  'repeated_column',
  'missing_column',
  'wrong_cell_count',
  'missing_value',
  'unknown_city',
  'ambiguous_city',
  'bad_round',
  'future_round',
  'round_not_closed',
  'ambiguous_round',
  'city_not_signed',
  'nothing_to_import',
  'unknown_commitment',
  'bad_rating',
  'missing_rating',
  'missing_reason',
  'reason_with_rating',
  'value_without_commitment',
  'unsafe_link',
  'too_many_links',
  'text_too_long',
  'unknown_key_trend',
  'bad_trend_status',
  'missing_trend_status',
  'value_without_key_trend',
  'unknown_target_group',
  'repeated_target_group',
  'duplicate_row',
] as const;
export const importProblemCodeSchema = z.enum(importProblemCodes);
export type ImportProblemCode = z.infer<typeof importProblemCodeSchema>;

export const importProblemSchema = z.object({
  /** The row as a spreadsheet numbers it: the header is row 1, the first data row 2. */
  row: z.number().check(z.int(), z.positive()),
  /** The column at fault, by its name in the file; null for the row as a whole. */
  column: z.nullable(z.string()),
  code: importProblemCodeSchema,
  /** The value at fault, shortened to 80 characters; empty when none. */
  value: z.string(),
  /** With duplicate_row: the row it repeats; with a limit: the limit. Otherwise null. */
  other: z.nullable(z.number()),
});
/** One thing wrong with a file's row, for the preview. */
export type ImportProblem = z.infer<typeof importProblemSchema>;

/** One city's assessment for one round, as the file gives it whole. */
export interface ImportedAssessment {
  cityId: string;
  year: number;
  /** The existing round of that year, or null when the import creates it (closed). */
  roundId: string | null;
  content: AssessmentContent;
  /** The file's rows that make it, in order. */
  rows: number[];
}

/** What a file's rows come to: their problems, and the assessments they make when there are none. */
export interface ImportCheck {
  /** Data rows read (empty rows left out). */
  rowCount: number;
  problems: ImportProblem[];
  /** In the order of their first row. */
  assessments: ImportedAssessment[];
  /** Years of rounds the import creates, closed, ascending. */
  roundsToCreate: number[];
}

/** What the rows are checked against. */
export interface ImportReference {
  cities: readonly City[];
  rounds: readonly Round[];
  /** The current year: a round after it cannot be a past round. */
  currentYear: number;
}

/** A column name as written in a header: case, spaces and hyphens do not matter. */
function columnKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** A value from the file's fixed vocabularies (ratings, statuses, ids): `Not at all` → `not_at_all`. */
function vocabularyKey(text: string): string {
  return columnKey(text);
}

const MAX_SHOWN_VALUE = 80;

function shown(value: string): string {
  const characters = [...new Intl.Segmenter().segment(value)].map(({ segment }) => segment);
  return characters.length <= MAX_SHOWN_VALUE
    ? value
    : `${characters.slice(0, MAX_SHOWN_VALUE - 1).join('')}…`;
}

/** Names folded as city search folds them, each to the cities it names. */
function cityIndex(cities: readonly City[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  const add = (form: string, cityId: string) => {
    const key = form.replace(/\s+/g, ' ').trim();
    const named = index.get(key);
    if (named) named.add(cityId);
    else index.set(key, new Set([cityId]));
  };
  for (const city of cities) {
    add(city.id, city.id);
    for (const form of citySearchForms(city)) add(form, city.id);
  }
  return index;
}

/** The values of a list cell, in the file's order: `a; b, c`, or one per line. */
function listOf(cell: string): string[] {
  return cell.split(/[\s;,]+/).filter((item) => item !== '');
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

interface RowItems {
  commitment?: {
    id: CommitmentId;
    rating: RatingValue;
    reason: string;
    evidence: string;
    links: string[];
  };
  trend?: { id: KeyTrendId; status: TrendStatus; example: string };
  targetGroups?: TargetGroupId[];
}

/**
 * Checks the rows of a file (the header first, then the data rows, each cell as text) against
 * the charter and `reference`. Rows whose cells are all empty are skipped. The answer lists
 * every problem found; its assessments are complete only when there are none.
 */
export function checkImportRows(
  rows: readonly (readonly string[])[],
  reference: ImportReference,
): ImportCheck {
  const problems: ImportProblem[] = [];
  const problem = (
    row: number,
    column: string | null,
    code: ImportProblemCode,
    value = '',
    other: number | null = null,
  ) => {
    problems.push({ row, column, code, value: shown(value), other });
  };

  const [header = [], ...dataRows] = rows;
  const columnAt = new Map<ImportColumn, number>();
  header.forEach((name, position) => {
    const key = columnKey(name);
    if (key === '') return;
    if (!isOneOf(importColumns, key)) problem(1, name, 'unknown_column', name);
    else if (columnAt.has(key)) problem(1, name, 'repeated_column', name);
    else columnAt.set(key, position);
  });
  for (const column of requiredColumns) {
    if (!columnAt.has(column)) problem(1, column, 'missing_column');
  }
  const empty = { rowCount: 0, assessments: [], roundsToCreate: [] };
  if (problems.length > 0) {
    return { ...empty, rowCount: dataRows.filter((row) => !isEmptyRow(row)).length, problems };
  }

  const cities = cityIndex(reference.cities);
  const cityById = new Map(reference.cities.map((city) => [city.id, city]));
  const roundsByYear = new Map<number, Round[]>();
  for (const round of reference.rounds) {
    roundsByYear.set(round.year, [...(roundsByYear.get(round.year) ?? []), round]);
  }

  const assessments = new Map<string, ImportedAssessment>();
  /** `<city>|<year>|<item>` → the row that gave it, to find duplicates. */
  const seen = new Map<string, number>();
  const roundsToCreate = new Set<number>();
  let rowCount = 0;

  dataRows.forEach((cells, index) => {
    if (isEmptyRow(cells)) return;
    rowCount += 1;
    const row = index + 2;
    const cell = (column: ImportColumn) => {
      const position = columnAt.get(column);
      return position === undefined ? '' : (cells[position] ?? '').trim();
    };
    const before = problems.length;
    if (cells.length !== header.length) {
      // Its values may sit under the wrong columns: nothing else in it can be trusted.
      problem(row, null, 'wrong_cell_count', '', header.length);
      return;
    }

    const cityId = checkCity(row, cell('city'));
    const year = checkRound(row, cell('round'));
    if (cityId !== null && year !== null) {
      const signed = cityById.get(cityId)?.signed;
      if (signed && signed.earliestYear >= year) {
        problem(row, 'city', 'city_not_signed', cell('city'), year);
      }
    }
    const items = checkItems(row, cell);
    if (problems.length > before || cityId === null || year === null) return;

    const key = `${cityId}|${String(year)}`;
    const itemKeys = [
      items.commitment && `commitment:${items.commitment.id}`,
      items.trend && `trend:${items.trend.id}`,
      items.targetGroups && 'target_groups',
    ].filter((item) => item !== undefined);
    const repeated = itemKeys.map((item) => seen.get(`${key}|${item}`)).find((at) => at);
    if (repeated !== undefined) {
      problem(row, null, 'duplicate_row', '', repeated);
      return;
    }
    for (const item of itemKeys) seen.set(`${key}|${item}`, row);

    const existingRounds = roundsByYear.get(year) ?? [];
    if (existingRounds.length === 0) roundsToCreate.add(year);
    let assessment = assessments.get(key);
    if (!assessment) {
      assessment = {
        cityId,
        year,
        roundId: existingRounds[0]?.id ?? null,
        content: { ratings: {}, trends: {}, targetGroups: [] },
        rows: [],
      };
      assessments.set(key, assessment);
    }
    assessment.rows.push(row);
    if (items.commitment) {
      const { id, ...answer } = items.commitment;
      assessment.content.ratings[id] = answer;
    }
    if (items.trend) {
      const { id, ...answer } = items.trend;
      assessment.content.trends[id] = answer;
    }
    if (items.targetGroups) assessment.content.targetGroups = items.targetGroups;
  });

  return {
    rowCount,
    problems,
    assessments: problems.length > 0 ? [] : [...assessments.values()],
    roundsToCreate: problems.length > 0 ? [] : [...roundsToCreate].sort((a, b) => a - b),
  };

  function checkCity(row: number, value: string): string | null {
    if (value === '') {
      problem(row, 'city', 'missing_value');
      return null;
    }
    const named = cities.get(searchableText(value).replace(/\s+/g, ' ').trim());
    if (!named) {
      problem(row, 'city', 'unknown_city', value);
      return null;
    }
    if (named.size > 1) {
      problem(row, 'city', 'ambiguous_city', value);
      return null;
    }
    return [...named][0] ?? null;
  }

  function checkRound(row: number, value: string): number | null {
    if (value === '') {
      problem(row, 'round', 'missing_value');
      return null;
    }
    const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
    if (!(year >= 2010 && year <= 2100)) {
      problem(row, 'round', 'bad_round', value);
      return null;
    }
    if (year > reference.currentYear) {
      problem(row, 'round', 'future_round', value);
      return null;
    }
    const existing = roundsByYear.get(year) ?? [];
    if (existing.length > 1) {
      problem(row, 'round', 'ambiguous_round', value);
      return null;
    }
    // Only a closed round holds published results: an open one is being filled in, a planned
    // one is still to come.
    if (existing[0] && existing[0].status !== 'closed') {
      problem(row, 'round', 'round_not_closed', value);
      return null;
    }
    return year;
  }

  function checkText(row: number, column: ImportColumn, value: string, max: number): string {
    if (graphemeLength(value) > max) problem(row, column, 'text_too_long', value, max);
    return value;
  }

  function checkItems(row: number, cell: (column: ImportColumn) => string): RowItems {
    const before = problems.length;
    const items: RowItems = {};
    const commitmentCell = cell('commitment');
    const commitmentParts = (['rating', 'reason', 'evidence', 'links'] as const).filter(
      (column) => cell(column) !== '',
    );
    if (commitmentCell === '') {
      for (const column of commitmentParts) {
        problem(row, column, 'value_without_commitment', cell(column));
      }
    } else {
      const id = commitmentCell.toUpperCase();
      const ratingCell = cell('rating');
      const rating = vocabularyKey(ratingCell);
      const reason = checkText(row, 'reason', cell('reason'), REASON_MAX_LENGTH);
      const evidence = checkText(row, 'evidence', cell('evidence'), EVIDENCE_TEXT_MAX_LENGTH);
      // Links apart by white space only: a web address may hold commas and semicolons.
      const links = cell('links')
        .split(/\s+/)
        .filter((link) => link !== '');
      for (const link of links) {
        if (!z.safeParse(evidenceLinkSchema, link).success)
          problem(row, 'links', 'unsafe_link', link);
      }
      if (links.length > EVIDENCE_LINKS_MAX) {
        problem(row, 'links', 'too_many_links', '', EVIDENCE_LINKS_MAX);
      }
      if (!isOneOf(commitmentIds, id)) {
        problem(row, 'commitment', 'unknown_commitment', commitmentCell);
      } else if (ratingCell === '') {
        problem(row, 'rating', 'missing_rating');
      } else if (!isOneOf(ratingValues, rating)) {
        problem(row, 'rating', 'bad_rating', ratingCell);
      } else if (isUnscoredRating(rating) && reason === '') {
        problem(row, 'reason', 'missing_reason');
      } else if (!isUnscoredRating(rating) && reason !== '') {
        // A reason says why a commitment is not rated; the editor keeps none for a rating.
        problem(row, 'reason', 'reason_with_rating', reason);
      } else {
        items.commitment = { id, rating, reason, evidence, links: [...new Set(links)] };
      }
    }

    const trendCell = cell('key_trend');
    if (trendCell === '') {
      for (const column of ['trend_status', 'trend_example'] as const) {
        if (cell(column) !== '') problem(row, column, 'value_without_key_trend', cell(column));
      }
    } else {
      const id = vocabularyKey(trendCell);
      const statusCell = cell('trend_status');
      const status = vocabularyKey(statusCell);
      const example = checkText(
        row,
        'trend_example',
        cell('trend_example'),
        TREND_EXAMPLE_MAX_LENGTH,
      );
      if (!isOneOf(keyTrendIds, id)) {
        problem(row, 'key_trend', 'unknown_key_trend', trendCell);
      } else if (statusCell === '') {
        problem(row, 'trend_status', 'missing_trend_status');
      } else if (!isOneOf(trendStatuses, status)) {
        problem(row, 'trend_status', 'bad_trend_status', statusCell);
      } else {
        items.trend = { id, status, example };
      }
    }

    const groupsCell = cell('target_groups');
    if (groupsCell !== '') {
      const groups = listOf(groupsCell).map(vocabularyKey);
      const unknown = groups.filter((group) => !isOneOf(targetGroupIds, group));
      for (const group of unknown) problem(row, 'target_groups', 'unknown_target_group', group);
      const repeated = groups.find((group, at) => groups.indexOf(group) !== at);
      if (repeated !== undefined) {
        problem(row, 'target_groups', 'repeated_target_group', repeated);
      }
      if (unknown.length === 0 && repeated === undefined) {
        items.targetGroups = groups.filter((group) => isOneOf(targetGroupIds, group));
      }
    }

    if (
      commitmentCell === '' &&
      trendCell === '' &&
      groupsCell === '' &&
      problems.length === before
    ) {
      problem(row, null, 'nothing_to_import');
    }
    return items;
  }
}

function isEmptyRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
