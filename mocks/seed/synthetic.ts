/**
 * The synthetic scale-test data set: the 30 real signatories plus 1,970 invented cities, each
 * named "… (synthetic 0001)" so nobody takes them for real, over ten rounds. It exists to try
 * the app with thousands of cities; like the sample set it is generated deterministically.
 *
 * Rounds: the six report rounds of the sample set plus four interim rounds (2011, 2017, 2024,
 * 2025), so every sample round id also exists here. Most invented cities signed in 2010–2012
 * so that the set comes close to the full 2,000 × 10 grid of assessments; a few signed later,
 * in a span of years, or at an unknown date, so the list shows those cases too. A few carry a
 * name in their country's language spelled with Ł, Ø, Đ, ß, æ and the like (localSpellings).
 */
import type { Assessment } from '../../src/domain/assessment';
import type { City, SigningPeriod } from '../../src/domain/city';
import type { Round } from '../../src/domain/round';
import { OPEN_ROUND_DEADLINE } from './rounds';
import type { User } from '../../src/domain/user';
import { generateSeedAssessments, type OpenRoundStatusShares } from './assessments';
import { seedCities } from './cities';
import { seededRandom } from './random';

export const SYNTHETIC_CITY_COUNT = 2000;

const interimRoundYears = [2011, 2017, 2024, 2025];
const reportRoundYears = [2013, 2015, 2018, 2020, 2022];
const OPEN_ROUND_YEAR = 2026;

export const syntheticRounds: readonly Round[] = [
  ...interimRoundYears,
  ...reportRoundYears,
  OPEN_ROUND_YEAR,
]
  .sort((a, b) => a - b)
  .map((year) =>
    year === OPEN_ROUND_YEAR
      ? { id: String(year), year, status: 'open', deadline: OPEN_ROUND_DEADLINE }
      : { id: String(year), year, status: 'closed', deadline: null },
  );

/** A box well inside each country, weighted roughly by population: lat/lon ranges. */
type CountryArea = [
  countryCode: string,
  weight: number,
  latFrom: number,
  latTo: number,
  lonFrom: number,
  lonTo: number,
];

const countryAreas: readonly CountryArea[] = [
  ['DE', 16, 48.0, 53.5, 7.0, 13.5],
  ['FR', 13, 44.0, 49.0, 0.0, 5.5],
  ['IT', 12, 41.5, 45.5, 9.5, 13.5],
  ['ES', 10, 37.5, 42.5, -6.5, -1.0],
  ['GB', 10, 51.0, 55.0, -3.0, 0.0],
  ['PL', 8, 50.0, 54.0, 15.5, 23.0],
  ['RO', 4, 44.5, 47.5, 22.5, 27.5],
  ['NL', 4, 51.5, 53.0, 4.8, 6.8],
  ['BE', 3, 50.0, 51.2, 3.5, 5.8],
  ['GR', 3, 38.0, 41.0, 21.0, 23.5],
  ['CZ', 3, 49.0, 50.5, 13.0, 18.0],
  ['PT', 3, 37.5, 41.5, -8.5, -7.0],
  ['SE', 3, 56.0, 64.0, 13.0, 18.0],
  ['HU', 3, 46.2, 48.0, 17.0, 21.5],
  ['AT', 2, 46.8, 48.2, 10.0, 16.0],
  ['CH', 2, 46.3, 47.5, 6.5, 9.5],
  ['BG', 2, 42.0, 43.5, 23.0, 27.0],
  ['DK', 2, 55.0, 57.0, 8.5, 10.5],
  ['FI', 2, 60.5, 66.0, 23.0, 29.0],
  ['NO', 2, 59.0, 63.0, 8.0, 11.5],
  ['SK', 2, 48.2, 49.2, 18.0, 21.5],
  ['IE', 2, 52.0, 54.5, -9.0, -6.5],
  ['HR', 1, 45.0, 46.0, 15.0, 18.5],
  ['LT', 1, 54.2, 56.0, 22.0, 26.0],
  ['SI', 1, 45.6, 46.5, 13.8, 15.5],
  ['LV', 1, 56.2, 57.5, 22.0, 27.0],
  ['EE', 1, 58.0, 59.3, 23.5, 27.5],
  ['LU', 1, 49.5, 50.0, 5.9, 6.3],
];

/** The country codes invented cities are spread over. */
export const syntheticCountryCodes: readonly string[] = countryAreas.map(([code]) => code);

// Syllables for invented but pronounceable names; searching "hel" or "berg" finds many.
const nameStarts = (
  'Al Ash Bel Bran Bree Cal Cor Dal Dorn El Fal Fen Gar Glen Hal Hel Isel Kal Kir Lin Lor ' +
  'Mar Mer Nor Ost Pel Quen Rav Ros Sal Sten Tor Ulm Val Ves Wil Yar Zel'
).split(' ');
const nameEnds = (
  'berg bourg burg by dorf feld ford haven heim holm ice mont mouth ona ovo stad ton vik ' +
  'ville wick'
).split(' ');

function pick<Item>(items: readonly Item[], random: () => number): Item {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function pickCountry(random: () => number): CountryArea {
  const total = countryAreas.reduce((sum, [, weight]) => sum + weight, 0);
  let draw = random() * total;
  for (const area of countryAreas) {
    draw -= area[1];
    if (draw < 0) return area;
  }
  return countryAreas[0] as CountryArea;
}

function signingPeriod(random: () => number): SigningPeriod | null {
  const draw = random();
  const year = (from: number, to: number) => from + Math.floor(random() * (to - from + 1));
  if (draw < 0.6) return { earliestYear: 2010, latestYear: 2010 };
  if (draw < 0.8) return { earliestYear: 2011, latestYear: 2011 };
  if (draw < 0.9) return { earliestYear: 2012, latestYear: 2012 };
  if (draw < 0.96) {
    const signed = year(2013, 2024);
    return { earliestYear: signed, latestYear: signed };
  }
  if (draw < 0.99) {
    const earliest = year(2012, 2020);
    return { earliestYear: earliest, latestYear: earliest + 1 + Math.floor(random() * 3) };
  }
  return null;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * How an invented city of a country is spelled in the country's language, with the letters
 * that search must fold (Ł, Ø, Đ, ß, æ, ő, ș, ř…): its language and the respelling.
 */
const localSpellings: Readonly<
  Record<string, [language: string, respell: (name: string) => string]>
> = {
  PL: ['pl', (name) => name.replace(/l/g, 'ł').replace(/L/g, 'Ł')],
  DK: ['da', (name) => name.replace(/o/g, 'ø').replace(/a/g, 'æ')],
  NO: ['nb', (name) => name.replace(/o/g, 'ø').replace(/a/g, 'æ')],
  HR: ['hr', (name) => name.replace(/d/g, 'đ').replace(/D/g, 'Đ').replace(/c/g, 'ć')],
  DE: ['de', (name) => `Groß${name.toLowerCase()}`],
  AT: ['de', (name) => `Groß${name.toLowerCase()}`],
  HU: ['hu', (name) => name.replace(/o/g, 'ő').replace(/u/g, 'ű')],
  RO: ['ro', (name) => name.replace(/s/g, 'ș').replace(/S/g, 'Ș').replace(/t/g, 'ț')],
  CZ: ['cs', (name) => name.replace(/r/g, 'ř').replace(/e/g, 'ě')],
  SE: ['sv', (name) => name.replace(/a/g, 'å')],
};

/** How many invented cities of each of those countries carry their local name. */
const LOCAL_NAMES_PER_COUNTRY = 4;

/**
 * The first few invented cities of each country in localSpellings whose respelling differs
 * get it as their local name (with the same "(synthetic …)" suffix); the others have none.
 * `named` counts them per country as the cities are generated.
 */
function localNameOf(
  countryCode: string,
  name: string,
  suffix: string,
  named: Map<string, number>,
): Pick<City, 'names' | 'localLanguages'> {
  const spelling = localSpellings[countryCode];
  const count = named.get(countryCode) ?? 0;
  const local = spelling?.[1](name);
  if (!spelling || local === undefined || local === name || count >= LOCAL_NAMES_PER_COUNTRY) {
    return { names: {}, localLanguages: [] };
  }
  named.set(countryCode, count + 1);
  const [language] = spelling;
  return { names: { [language]: `${local} ${suffix}` }, localLanguages: [language] };
}

/** The invented cities, numbered from 0001; the same on every run. */
export function generateSyntheticCities(count: number): City[] {
  const named = new Map<string, number>();
  return Array.from({ length: count }, (_, index) => {
    const number = String(index + 1).padStart(4, '0');
    const random = seededRandom(`synthetic-city:${number}`);
    const [countryCode, , latFrom, latTo, lonFrom, lonTo] = pickCountry(random);
    const name = `${pick(nameStarts, random)}${pick(nameEnds, random)}`;
    const suffix = `(synthetic ${number})`;
    return {
      id: `synthetic-${number}`,
      name: `${name} ${suffix}`,
      ...localNameOf(countryCode, name, suffix, named),
      countryCode,
      signed: signingPeriod(random),
      coordinates: {
        lat: round3(latFrom + random() * (latTo - latFrom)),
        lon: round3(lonFrom + random() * (lonTo - lonFrom)),
      },
      sourceNote: '',
      archived: false,
    };
  });
}

/** Every status occurs in the open round, `returned` too, among thousands of cities. */
const syntheticOpenRoundShares: OpenRoundStatusShares = [
  [0.38, 'approved'],
  [0.58, 'submitted'],
  [0.64, 'returned'],
  [0.83, 'draft'],
];

export interface SyntheticDataSet {
  cities: City[];
  rounds: Round[];
  assessments: Assessment[];
}

/**
 * The real signatories keep the sample set's assessments (with evidence) over the ten rounds,
 * so the demo users' cities behave as in the sample set; the invented cities carry ratings,
 * reasons and trend statuses but no evidence, to keep some 20,000 assessments small.
 */
export function generateSyntheticDataSet(users: readonly User[]): SyntheticDataSet {
  const invented = generateSyntheticCities(SYNTHETIC_CITY_COUNT - seedCities.length);
  return {
    cities: [...seedCities, ...invented],
    rounds: [...syntheticRounds],
    assessments: [
      ...generateSeedAssessments(seedCities, syntheticRounds, users),
      ...generateSeedAssessments(invented, syntheticRounds, users, {
        withEvidence: false,
        closedRoundParticipation: 0.96,
        openRoundShares: syntheticOpenRoundShares,
      }),
    ],
  };
}
