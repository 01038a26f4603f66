/**
 * The signatory cities verified in ../shared/design/charter.md. About 16 signatories are not
 * named in public sources and are left out rather than invented.
 */
import type { City } from '../../src/domain/city';

type CitySeed = [id: string, name: string, countryCode: string, lat: number, lon: number];

function citiesSigned(
  earliestYear: number,
  latestYear: number,
  seeds: readonly CitySeed[],
): City[] {
  return seeds.map(([id, name, countryCode, lat, lon]) => ({
    id,
    name,
    countryCode,
    signed: { earliestYear, latestYear },
    coordinates: { lat, lon },
  }));
}

export const seedCities: readonly City[] = [
  // Founders, February 2010 (Integrating Cities IV, London).
  ...citiesSigned(2010, 2010, [
    ['london', 'London', 'GB', 51.507, -0.128],
    ['amsterdam', 'Amsterdam', 'NL', 52.37, 4.895],
    ['athens', 'Athens', 'GR', 37.984, 23.728],
    ['barcelona', 'Barcelona', 'ES', 41.385, 2.173],
    ['berlin', 'Berlin', 'DE', 52.52, 13.405],
    ['copenhagen', 'Copenhagen', 'DK', 55.676, 12.568],
    ['genoa', 'Genoa', 'IT', 44.406, 8.934],
    ['ghent', 'Ghent', 'BE', 51.054, 3.717],
    ['helsinki', 'Helsinki', 'FI', 60.17, 24.938],
    ['milan', 'Milan', 'IT', 45.464, 9.19],
    ['munich', 'Munich', 'DE', 48.137, 11.575],
    ['oulu', 'Oulu', 'FI', 65.012, 25.465],
    ['oslo', 'Oslo', 'NO', 59.914, 10.752],
    ['rome', 'Rome', 'IT', 41.903, 12.496],
    ['stockholm', 'Stockholm', 'SE', 59.329, 18.069],
    ['tampere', 'Tampere', 'FI', 61.498, 23.761],
    ['utrecht', 'Utrecht', 'NL', 52.091, 5.122],
  ]),
  // September 2013.
  ...citiesSigned(2013, 2013, [
    ['brussels', 'Brussels', 'BE', 50.85, 4.352],
    ['montpellier', 'Montpellier', 'FR', 43.611, 3.877],
    ['toulouse', 'Toulouse', 'FR', 43.605, 1.444],
  ]),
  // Between 2013 and 2015; the exact year is not known.
  ...citiesSigned(2013, 2015, [
    ['leipzig', 'Leipzig', 'DE', 51.34, 12.375],
    ['lisbon', 'Lisbon', 'PT', 38.722, -9.139],
    ['nuremberg', 'Nuremberg', 'DE', 49.452, 11.077],
    ['paris', 'Paris', 'FR', 48.857, 2.352],
    ['toronto', 'Toronto', 'CA', 43.653, -79.383],
  ]),
  // November 2022.
  ...citiesSigned(2022, 2022, [
    ['antwerp', 'Antwerp', 'BE', 51.219, 4.402],
    ['pesaro', 'Pesaro', 'IT', 43.91, 12.913],
    ['vantaa', 'Vantaa', 'FI', 60.294, 25.04],
    ['warsaw', 'Warsaw', 'PL', 52.23, 21.012],
    ['zagreb', 'Zagreb', 'HR', 45.815, 15.982],
  ]),
];
