import type { City } from '../../src/domain/city';

/**
 * A city named after its id, in Belgium, signing date unknown, with no other names, no source
 * note, not archived, and
 * whatever the test sets on top.
 */
export function cityFixture(overrides: Partial<City> & Pick<City, 'id'>): City {
  return {
    name: overrides.id,
    names: {},
    localLanguages: [],
    countryCode: 'BE',
    signed: null,
    coordinates: { lat: 0, lon: 0 },
    sourceNote: '',
    archived: false,
    ...overrides,
  };
}
