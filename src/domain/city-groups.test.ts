import { describe, expect, it } from 'vitest';
import { cityFixture } from '../../tests/utils/city-fixture';
import type { City } from './city';
import { citiesInGroup, countriesOf, signedBeforeYears } from './city-groups';

function city(id: string, countryCode: string, signed: [number, number] | null): City {
  return cityFixture({
    id,
    countryCode,
    signed: signed && { earliestYear: signed[0], latestYear: signed[1] },
  });
}

const cities = [
  city('ghent', 'BE', [2010, 2010]),
  city('brussels', 'BE', [2013, 2013]),
  city('antwerp', 'BE', [2022, 2022]),
  city('leipzig', 'DE', [2013, 2015]),
  city('berlin', 'DE', [2010, 2010]),
  city('unknown', 'FR', null),
];

const ids = (list: readonly City[]) => list.map((entry) => entry.id);

describe('citiesInGroup', () => {
  it('all signatories: every city, in the order given, whatever is known of its signing', () => {
    expect(ids(citiesInGroup(cities, { kind: 'all' }))).toEqual(ids(cities));
  });

  it('a country: its cities only, and none for a country without signatories', () => {
    expect(ids(citiesInGroup(cities, { kind: 'country', countryCode: 'BE' }))).toEqual([
      'ghent',
      'brussels',
      'antwerp',
    ]);
    expect(citiesInGroup(cities, { kind: 'country', countryCode: 'PL' })).toEqual([]);
  });

  it('signed before a year: only cities that had certainly signed before it', () => {
    expect(ids(citiesInGroup(cities, { kind: 'signed_before', year: 2011 }))).toEqual([
      'ghent',
      'berlin',
    ]);
    // Leipzig signed between 2013 and 2015: not certainly before 2014 or 2015, certainly before 2016.
    expect(ids(citiesInGroup(cities, { kind: 'signed_before', year: 2015 }))).toEqual([
      'ghent',
      'brussels',
      'berlin',
    ]);
    expect(ids(citiesInGroup(cities, { kind: 'signed_before', year: 2016 }))).toEqual([
      'ghent',
      'brussels',
      'leipzig',
      'berlin',
    ]);
  });

  it('never counts a city whose signing year is unknown as signed before any year', () => {
    expect(ids(citiesInGroup(cities, { kind: 'signed_before', year: 2100 }))).not.toContain(
      'unknown',
    );
  });

  it('signed before the first signature: nobody', () => {
    expect(citiesInGroup(cities, { kind: 'signed_before', year: 2010 })).toEqual([]);
  });
});

describe('countriesOf', () => {
  it('lists each country once with its number of cities, by code', () => {
    expect(countriesOf(cities)).toEqual([
      { countryCode: 'BE', cityCount: 3 },
      { countryCode: 'DE', cityCount: 2 },
      { countryCode: 'FR', cityCount: 1 },
    ]);
    expect(countriesOf([])).toEqual([]);
  });
});

describe('signedBeforeYears', () => {
  it('runs from the year after the first certain signature to the year after the last', () => {
    expect(signedBeforeYears(cities)).toEqual(
      Array.from({ length: 13 }, (_, index) => 2011 + index),
    );
  });

  it('offers nothing when no signing year is known', () => {
    expect(signedBeforeYears([city('unknown', 'FR', null)])).toEqual([]);
  });
});
