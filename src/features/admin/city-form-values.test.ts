import { describe, expect, it } from 'vitest';
import { cityFixture } from '../../../tests/utils/city-fixture';
import { cityRequestOf, formValuesOf } from './city-form-values';

/** Names the field, so each expectation shows which paths the form found at fault. */
const messages = (path: string) => `Check ${path}.`;

const warsaw = cityFixture({
  id: 'warsaw',
  name: 'Warsaw',
  names: { pl: 'Warszawa', fr: 'Varsovie' },
  localLanguages: ['pl'],
  countryCode: 'PL',
  signed: { earliestYear: 2022, latestYear: 2022 },
  coordinates: { lat: 52.23, lon: 21.012 },
  sourceNote: 'Signed in Bologna',
});

describe('the city form', () => {
  it('gives back the same city it was filled in with', () => {
    const { name, names, localLanguages, countryCode, signed, coordinates, sourceNote } = warsaw;
    expect(cityRequestOf(formValuesOf(warsaw), messages)).toStrictEqual({
      request: { name, names, localLanguages, countryCode, signed, coordinates, sourceNote },
    });
  });

  it('starts empty for a new city, signing year unknown', () => {
    expect(formValuesOf(null)).toMatchObject({ name: '', signing: 'unknown', names: [] });
  });

  it('reads decimal commas, a span of years, English as a local language, a lower-case country', () => {
    const values = {
      ...formValuesOf(null),
      name: 'Brussels',
      countryCode: ' be ',
      lat: '50,85',
      lon: '4,35',
      signing: 'range' as const,
      earliestYear: '2013',
      latestYear: '2015',
      names: [
        { key: 0, language: 'fr', name: 'Bruxelles', local: true },
        { key: 1, language: ' nl ', name: 'Brussel', local: true },
        { key: 2, language: '', name: '', local: false },
      ],
      englishLocal: true,
    };
    expect(cityRequestOf(values, messages)).toMatchObject({
      request: {
        countryCode: 'BE',
        coordinates: { lat: 50.85, lon: 4.35 },
        signed: { earliestYear: 2013, latestYear: 2015 },
        names: { fr: 'Bruxelles', nl: 'Brussel' },
        localLanguages: ['en', 'fr', 'nl'],
      },
    });
  });

  it('names each number that is missing or not a number, by the field the server uses', () => {
    const values = {
      ...formValuesOf(warsaw),
      lat: 'north',
      lon: '',
      signing: 'range' as const,
      earliestYear: '13',
      latestYear: '',
    };
    expect(cityRequestOf(values, messages)).toStrictEqual({
      errors: {
        'coordinates.lat': ['Check coordinates.lat.'],
        'coordinates.lon': ['Check coordinates.lon.'],
        'signed.earliestYear': ['Check signed.earliestYear.'],
        'signed.latestYear': ['Check signed.latestYear.'],
      },
    });
  });

  it('trims the names and refuses one of spaces alone, before sending', () => {
    const values = formValuesOf(warsaw);
    expect(cityRequestOf({ ...values, name: '  Warsaw ' }, messages)).toMatchObject({
      request: { name: 'Warsaw' },
    });
    const blank = {
      ...values,
      name: '   ',
      names: [{ key: 0, language: 'pl', name: ' ', local: true }],
    };
    expect(cityRequestOf(blank, messages)).toStrictEqual({
      errors: { name: ['Check name.'], 'names.pl': ['Check names.pl.'] },
    });
  });

  it('checks the ranges and the order of years as the server does', () => {
    const values = {
      ...formValuesOf(warsaw),
      lat: '100',
      lon: '-181',
      countryCode: 'P',
      signing: 'range' as const,
      earliestYear: '2015',
      latestYear: '2013',
    };
    expect(cityRequestOf(values, messages)).toStrictEqual({
      errors: {
        countryCode: ['Check countryCode.'],
        'coordinates.lat': ['Check coordinates.lat.'],
        'coordinates.lon': ['Check coordinates.lon.'],
        'signed.latestYear': ['Check signed.latestYear.'],
      },
    });
  });
});
