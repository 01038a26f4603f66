import { describe, expect, it } from 'vitest';
import type { City } from '../../domain/city';
import { cityFixture } from '../../../tests/utils/city-fixture';
import type { ScoreRow } from '../../domain/score-row';
import {
  byScoreDescending,
  citySearchEntries,
  compareCities,
  countChanges,
  matchCities,
  measureScore,
  pageOf,
  rowsByCity,
} from './comparison';

function city(id: string, name: string, countryCode: string): City {
  return cityFixture({ id, name, countryCode });
}

const cities = [
  city('zurich', 'Zürich', 'CH'),
  city('sao-paulo', 'São Paulo', 'BR'),
  city('rome', 'Rome', 'IT'),
  city('milan', 'Milan', 'IT'),
  city('bromma', 'Bromma', 'SE'),
];
const countries: Record<string, string> = {
  CH: 'Switzerland',
  BR: 'Brazil',
  IT: 'Italy',
  SE: 'Sweden',
};
const entries = citySearchEntries(cities, (code) => countries[code] ?? code);
const names = (list: readonly City[]) => list.map((entry) => entry.name);

describe('matchCities', () => {
  it('folds case and accents, and lists names that start with the text first', () => {
    expect(names(matchCities(entries, 'ZUR', new Set()))).toEqual(['Zürich']);
    expect(names(matchCities(entries, 'sao', new Set()))).toEqual(['São Paulo']);
    expect(names(matchCities(entries, 'ro', new Set()))).toEqual(['Rome', 'Bromma']);
  });

  it("finds a country's cities, leaves out chosen ones, and lists everything for no text", () => {
    expect(names(matchCities(entries, 'italy', new Set(['rome'])))).toEqual(['Milan']);
    expect(matchCities(entries, '  ', new Set())).toHaveLength(5);
    expect(matchCities(entries, 'xyz', new Set())).toEqual([]);
  });

  it('finds a city by any of its names, folding letters such as ł and ß', () => {
    const named = citySearchEntries(
      [
        cityFixture({ id: 'warsaw', name: 'Warsaw', names: { pl: 'Warszawa', fr: 'Varsovie' } }),
        cityFixture({ id: 'lodz', name: 'Lodz', names: { pl: 'Łódź' } }),
        cityFixture({ id: 'munich', name: 'Munich', names: { de: 'München' } }),
        cityFixture({ id: 'regensburg', name: 'Regensburg' }),
        cityFixture({ id: 'ghent', name: 'Ghent', names: { nl: 'Gent', fr: 'Gand' } }),
      ],
      () => 'Poland',
    );
    const ids = (query: string) => matchCities(named, query, new Set()).map((city) => city.id);
    expect(ids('Warszawa')).toEqual(['warsaw']);
    expect(ids('varsov')).toEqual(['warsaw']);
    expect(ids('ŁÓDŹ')).toEqual(['lodz']);
    expect(ids('lodz')).toEqual(['lodz']);
    expect(ids('munchen')).toEqual(['munich']);
    expect(ids('muenchen')).toEqual(['munich']);
    // A name in any language that starts with the text comes first.
    expect(ids('gen')).toEqual(['ghent', 'regensburg']);
  });
});

describe('pageOf', () => {
  const items = Array.from({ length: 60 }, (_, index) => index + 1);

  it('cuts a page and says where it lies', () => {
    expect(pageOf(items, 2, 25)).toMatchObject({
      page: 2,
      pageCount: 3,
      first: 26,
      last: 50,
      total: 60,
    });
    expect(pageOf(items, 3, 25).items).toEqual([51, 52, 53, 54, 55, 56, 57, 58, 59, 60]);
  });

  it('keeps a page number out of range within range', () => {
    expect(pageOf(items, 9, 25).page).toBe(3);
    expect(pageOf(items, 0, 25).page).toBe(1);
    expect(pageOf([], 4, 25)).toMatchObject({ page: 1, pageCount: 1, first: 0, last: 0 });
  });
});

describe('byScoreDescending', () => {
  it('puts higher scores first and missing ones last, 0 before missing', () => {
    expect([null, 20, 0, null, 80].sort(byScoreDescending)).toEqual([80, 20, 0, null, null]);
  });
});

describe('the compared cities', () => {
  const row = (cityId: string, status: ScoreRow['status']): ScoreRow => ({
    cityId,
    roundId: '2022',
    status,
    ratings: { PM1: { rating: 'fully', reason: '' }, EM1: { rating: 'not_at_all', reason: '' } },
    trends: {},
  });

  it('reads approved rows only, gives a city without one no scores rather than zeros, names each', () => {
    const byCity = rowsByCity([row('rome', 'approved'), row('milan', 'draft')]);
    expect([...byCity.keys()]).toEqual(['rome']);
    const [rome, milan] = compareCities([cities[2] as City, cities[3] as City], byCity, (city) =>
      city.name.toUpperCase(),
    );
    expect([rome?.name, milan?.name]).toEqual(['ROME', 'MILAN']);
    expect(measureScore(rome?.summary, 'overall')).toBe(50);
    expect(measureScore(rome?.summary, 'policymaker')).toBe(100);
    expect(measureScore(rome?.summary, 'buyer')).toBeNull();
    expect(milan?.summary).toBeNull();
    expect(measureScore(milan?.summary, 'overall')).toBeNull();
  });
});

describe('countChanges', () => {
  it('judges each change in whole points as shown: −0.5 is a fall of 1, −0.4 no change', () => {
    expect(countChanges([8, 0.5, -0.5, -2.5, 0.4, -0.4, 0, null])).toEqual({
      compared: 7,
      improved: 2,
      declined: 2,
      unchanged: 3,
    });
    expect(countChanges([null, null])).toEqual({
      compared: 0,
      improved: 0,
      declined: 0,
      unchanged: 0,
    });
  });
});
