/**
 * The signatory cities verified in ../shared/design/charter.md. About 16 signatories are not
 * named in public sources and are left out rather than invented.
 *
 * Each city's names: in its own languages (`localLanguages`; both official ones where a city
 * has two, as Brussels, Barcelona, Helsinki and Vantaa do), and in French and German where
 * those differ from the English name. They are the names in common use, written from general
 * knowledge rather than copied from one list. Athens keeps its Greek name: the app's typeface
 * (Source Sans 3, every subset of which src/main.tsx loads) has Greek letters, and a local
 * name is shown only on the page, never in an exported figure (whose embedded font is Latin).
 */
import type { City, CityNames } from '../../src/domain/city';

type CitySeed = [
  id: string,
  name: string,
  countryCode: string,
  lat: number,
  lon: number,
  names: CityNames,
  localLanguages: readonly string[],
];

function citiesSigned(
  earliestYear: number,
  latestYear: number,
  seeds: readonly CitySeed[],
): City[] {
  return seeds.map(([id, name, countryCode, lat, lon, names, localLanguages]) => ({
    id,
    name,
    names,
    localLanguages: [...localLanguages],
    countryCode,
    signed: { earliestYear, latestYear },
    coordinates: { lat, lon },
    sourceNote: '',
    archived: false,
  }));
}

export const seedCities: readonly City[] = [
  // Founders, February 2010 (Integrating Cities IV, London).
  ...citiesSigned(2010, 2010, [
    ['london', 'London', 'GB', 51.507, -0.128, { fr: 'Londres' }, ['en']],
    ['amsterdam', 'Amsterdam', 'NL', 52.37, 4.895, { nl: 'Amsterdam' }, ['nl']],
    ['athens', 'Athens', 'GR', 37.984, 23.728, { el: 'Αθήνα', fr: 'Athènes', de: 'Athen' }, ['el']],
    [
      'barcelona',
      'Barcelona',
      'ES',
      41.385,
      2.173,
      { ca: 'Barcelona', es: 'Barcelona', fr: 'Barcelone' },
      ['ca', 'es'],
    ],
    ['berlin', 'Berlin', 'DE', 52.52, 13.405, { de: 'Berlin' }, ['de']],
    [
      'copenhagen',
      'Copenhagen',
      'DK',
      55.676,
      12.568,
      { da: 'København', fr: 'Copenhague', de: 'Kopenhagen' },
      ['da'],
    ],
    ['genoa', 'Genoa', 'IT', 44.406, 8.934, { it: 'Genova', fr: 'Gênes', de: 'Genua' }, ['it']],
    ['ghent', 'Ghent', 'BE', 51.054, 3.717, { nl: 'Gent', fr: 'Gand', de: 'Gent' }, ['nl']],
    [
      'helsinki',
      'Helsinki',
      'FI',
      60.17,
      24.938,
      { fi: 'Helsinki', sv: 'Helsingfors' },
      ['fi', 'sv'],
    ],
    ['milan', 'Milan', 'IT', 45.464, 9.19, { it: 'Milano', de: 'Mailand' }, ['it']],
    ['munich', 'Munich', 'DE', 48.137, 11.575, { de: 'München' }, ['de']],
    ['oulu', 'Oulu', 'FI', 65.012, 25.465, { fi: 'Oulu' }, ['fi']],
    ['oslo', 'Oslo', 'NO', 59.914, 10.752, { nb: 'Oslo' }, ['nb']],
    ['rome', 'Rome', 'IT', 41.903, 12.496, { it: 'Roma', de: 'Rom' }, ['it']],
    ['stockholm', 'Stockholm', 'SE', 59.329, 18.069, { sv: 'Stockholm' }, ['sv']],
    ['tampere', 'Tampere', 'FI', 61.498, 23.761, { fi: 'Tampere' }, ['fi']],
    ['utrecht', 'Utrecht', 'NL', 52.091, 5.122, { nl: 'Utrecht' }, ['nl']],
  ]),
  // September 2013.
  ...citiesSigned(2013, 2013, [
    [
      'brussels',
      'Brussels',
      'BE',
      50.85,
      4.352,
      { fr: 'Bruxelles', nl: 'Brussel', de: 'Brüssel' },
      ['fr', 'nl'],
    ],
    ['montpellier', 'Montpellier', 'FR', 43.611, 3.877, { fr: 'Montpellier' }, ['fr']],
    ['toulouse', 'Toulouse', 'FR', 43.605, 1.444, { fr: 'Toulouse' }, ['fr']],
  ]),
  // Between 2013 and 2015; the exact year is not known.
  ...citiesSigned(2013, 2015, [
    ['leipzig', 'Leipzig', 'DE', 51.34, 12.375, { de: 'Leipzig' }, ['de']],
    [
      'lisbon',
      'Lisbon',
      'PT',
      38.722,
      -9.139,
      { pt: 'Lisboa', fr: 'Lisbonne', de: 'Lissabon' },
      ['pt'],
    ],
    ['nuremberg', 'Nuremberg', 'DE', 49.452, 11.077, { de: 'Nürnberg' }, ['de']],
    ['paris', 'Paris', 'FR', 48.857, 2.352, { fr: 'Paris' }, ['fr']],
    ['toronto', 'Toronto', 'CA', 43.653, -79.383, {}, ['en']],
  ]),
  // November 2022.
  ...citiesSigned(2022, 2022, [
    [
      'antwerp',
      'Antwerp',
      'BE',
      51.219,
      4.402,
      { nl: 'Antwerpen', fr: 'Anvers', de: 'Antwerpen' },
      ['nl'],
    ],
    ['pesaro', 'Pesaro', 'IT', 43.91, 12.913, { it: 'Pesaro' }, ['it']],
    ['vantaa', 'Vantaa', 'FI', 60.294, 25.04, { fi: 'Vantaa', sv: 'Vanda' }, ['fi', 'sv']],
    [
      'warsaw',
      'Warsaw',
      'PL',
      52.23,
      21.012,
      { pl: 'Warszawa', fr: 'Varsovie', de: 'Warschau' },
      ['pl'],
    ],
    ['zagreb', 'Zagreb', 'HR', 45.815, 15.982, { hr: 'Zagreb' }, ['hr']],
  ]),
];
