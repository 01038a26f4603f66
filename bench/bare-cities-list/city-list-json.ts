/**
 * The data of the bench's bare cities list (bench/bare-cities-list), made when the page is
 * built: the list the app's cities page shows on the synthetic data set (2,000 cities) to the
 * bench's reader (Sam Taylor, who reads approved work), in its default round, sorted by name, in
 * English. Worked out with the app's own code (the mock's generator, `buildCityTableRows`,
 * `sortCityRows`, the English catalogue), so that both pages list the same cities in the same
 * order with the same text; the bare page only shows and filters it.
 */
import { generateSyntheticDataSet } from '../../mocks/seed/synthetic';
import { seedUsers } from '../../mocks/seed/users';
import { roleIds } from '../../src/domain/charter';
import type { SigningPeriod } from '../../src/domain/city';
import {
  buildCityTableRows,
  defaultCityTableSort,
  sortCityRows,
  type CityRoundStatus,
} from '../../src/domain/city-table';
import { chooseRound, sortRoundsByYear } from '../../src/domain/round';
import { scoreRowOf } from '../../src/domain/score-row';
import { wholePoints } from '../../src/domain/scoring';
import en from '../../src/locales/en.json';

/** One row as the bare page shows it: each cell's text, and the forms a search compares. */
export interface BareCityRow {
  id: string;
  name: string;
  archived: boolean;
  countryName: string;
  signed: string;
  status: string;
  /** Null: the cell says "no score" in its missing-value style. */
  overall: string | null;
  /** Null: no change to show. */
  change: { shown: string; words: string } | null;
  byRole: (string | null)[];
  searchForms: readonly string[];
}

export interface BareCityList {
  title: string;
  searchLabel: string;
  caption: string;
  columns: string[];
  /** The count line's two forms, `{{shown}}` and `{{total}}` to fill in. */
  count: { one: string; other: string };
  missingScore: string;
  missingChange: string;
  archived: string;
  rows: BareCityRow[];
}

/** The app's English (British conventions, as intlLocaleOf gives it for "en"). */
const LANGUAGE = 'en';
const LOCALE = 'en-GB';

/** Fills `{{name}}` placeholders as i18next does with escaping off. */
function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}

/** The cities list of the synthetic set, as the app's cities page shows it first. */
export function bareCityList(): BareCityList {
  const data = generateSyntheticDataSet(seedUsers);
  // Oldest first, as `GET /rounds` lists them; the cities page's default round.
  const rounds = sortRoundsByYear(data.rounds);
  const round = chooseRound(rounds, null, 'complete');
  if (!round) throw new Error('The synthetic data set has no round');
  const previousRound = rounds[rounds.indexOf(round) - 1];
  const approvedRows = (roundId: string | undefined) =>
    data.assessments
      .filter((assessment) => assessment.roundId === roundId && assessment.status === 'approved')
      .map(scoreRowOf);
  const regions = new Intl.DisplayNames(LOCALE, { type: 'region' });
  const score = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
  const signedChange = new Intl.NumberFormat(LOCALE, {
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  });
  const year = (value: number) => String(value);
  const collator = new Intl.Collator(LANGUAGE, { sensitivity: 'base', numeric: true });
  const rows = sortCityRows(
    buildCityTableRows({
      cities: data.cities,
      round,
      previousRound,
      rows: approvedRows(round.id),
      previousRows: approvedRows(previousRound?.id),
      countryName: (code) => regions.of(code) ?? code,
      language: LANGUAGE,
    }),
    defaultCityTableSort,
    collator,
  );
  const since = previousRound ? year(previousRound.year) : null;
  const statusText = (status: CityRoundStatus) =>
    status === 'none' || status === 'not_in_round'
      ? en.cities.statuses[status]
      : en.assessmentStatus[status];
  const signedText = (period: SigningPeriod | null) => {
    if (period === null) return en.cities.signedUnknown;
    if (period.earliestYear === period.latestYear) return year(period.earliestYear);
    return fill(en.cities.signedBetween, {
      from: year(period.earliestYear),
      to: year(period.latestYear),
    });
  };
  const changeText = (change: number | null) => {
    if (change === null || since === null) return null;
    const points = wholePoints(change);
    const count = Math.abs(points);
    const words =
      points === 0
        ? fill(en.cities.change.same, { year: since })
        : fill(en.cities.change[`${points > 0 ? 'up' : 'down'}_${count === 1 ? 'one' : 'other'}`], {
            points: score.format(count),
            year: since,
          });
    return {
      shown: `${points > 0 ? '▲' : points < 0 ? '▼' : '='} ${signedChange.format(points)}`,
      words,
    };
  };
  const scoreText = (value: number | null) => (value === null ? null : score.format(value));
  return {
    title: en.cities.title,
    searchLabel: en.cities.filters.search,
    caption: since
      ? fill(en.cities.tableCaption, { year: year(round.year), previousYear: since })
      : fill(en.cities.tableCaptionFirstRound, { year: year(round.year) }),
    columns: [
      en.cities.columns.city,
      en.cities.columns.country,
      en.cities.columns.signed,
      en.cities.columns.status,
      en.cities.columns.overall,
      since ? fill(en.cities.columns.change, { year: since }) : en.cities.columns.changeFirstRound,
      ...roleIds.map((role) => en.roles[role].short),
    ],
    count: { one: en.cities.count_one, other: en.cities.count_other },
    missingScore: en.scores.missing,
    missingChange: en.cities.change.missing,
    archived: en.cities.archived,
    rows: rows.map((row) => ({
      id: row.city.id,
      name: row.name,
      archived: row.city.archived,
      countryName: row.countryName,
      signed: signedText(row.city.signed),
      status: statusText(row.status),
      overall: scoreText(row.overall),
      change: changeText(row.change),
      byRole: roleIds.map((role) => scoreText(row.byRole[role])),
      searchForms: row.searchForms,
    })),
  };
}
