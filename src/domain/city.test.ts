import { describe, expect, it } from 'vitest';
import { cityIdFor, citySchema, type City } from './city';
import { z } from './zod';

const warsaw: City = {
  id: 'warsaw',
  name: 'Warsaw',
  names: { pl: 'Warszawa', fr: 'Varsovie', de: 'Warschau' },
  localLanguages: ['pl'],
  countryCode: 'PL',
  signed: { earliestYear: 2022, latestYear: 2022 },
  coordinates: { lat: 52.23, lon: 21.012 },
  sourceNote: '',
  archived: false,
};

/** The paths of what the schema refuses in the city, e.g. "names.pl". */
function refused(city: unknown): string[] {
  const result = z.safeParse(citySchema, city);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('a city’s names', () => {
  it('are kept as they are: other languages by code, the local ones listed', () => {
    expect(z.parse(citySchema, warsaw)).toStrictEqual(warsaw);
    expect(refused({ ...warsaw, names: {}, localLanguages: [] })).toEqual([]);
    // English is `name`, so it can be a local language without an entry.
    expect(refused({ ...warsaw, localLanguages: ['pl', 'en'] })).toEqual([]);
    // Three letters: ISO 639-2/3 languages without a two-letter code.
    expect(refused({ ...warsaw, names: { ...warsaw.names, fil: 'Warsaw' } })).toEqual([]);
  });

  it('are required, both of them', () => {
    const without = (field: string) =>
      Object.fromEntries(Object.entries(warsaw).filter(([key]) => key !== field));
    expect(refused(without('names'))).toContain('names');
    expect(refused(without('localLanguages'))).toContain('localLanguages');
  });

  it('refuse a key that is not a primary language subtag, naming it', () => {
    for (const key of ['PL', 'pl-PL', 'polish', 'p', '', 'constructor']) {
      const names = { ...warsaw.names, [key]: 'Warszawa' };
      expect({ key, paths: refused({ ...warsaw, names }) }).toEqual({
        key,
        paths: [`names.${key}`],
      });
    }
  });

  it('never keep a `__proto__` key (zod leaves it out)', () => {
    const names: unknown = JSON.parse('{ "__proto__": "Warszawa", "pl": "Warszawa" }');
    expect(z.parse(citySchema, { ...warsaw, names }).names).toStrictEqual({ pl: 'Warszawa' });
  });

  it('refuse English among them: the English name is `name`', () => {
    expect(refused({ ...warsaw, names: { ...warsaw.names, en: 'Warsaw' } })).toEqual(['names.en']);
  });

  it('refuse an empty name, one of 121 characters, and a name that is not text', () => {
    expect(refused({ ...warsaw, names: { pl: '' } })).toEqual(['names.pl']);
    expect(refused({ ...warsaw, names: { pl: 7 } })).toEqual(['names.pl']);
    expect(refused({ ...warsaw, names: { pl: 'Ł'.repeat(121) } })).toEqual(['names.pl']);
    // Characters as a reader counts them: 120 accented letters typed as letter + accent fit.
    expect(refused({ ...warsaw, names: { pl: 'o\u0301'.repeat(120) } })).toEqual([]);
    expect(refused({ ...warsaw, names: [] })).toEqual(['names']);
  });

  it('refuse a local language twice, badly written, or without the name in it', () => {
    expect(refused({ ...warsaw, localLanguages: ['pl', 'pl'] })).toEqual(['localLanguages']);
    expect(refused({ ...warsaw, localLanguages: ['PL'] })).toContain('localLanguages.0');
    expect(refused({ ...warsaw, localLanguages: ['pl', 'uk'] })).toEqual(['localLanguages']);
  });
});

describe('cityIdFor', () => {
  it('makes an id from the name, in plain lower-case letters and hyphens', () => {
    const none = new Set<string>();
    expect(cityIdFor('Łódź', none)).toBe('lodz');
    expect(cityIdFor('Frankfurt am Main', none)).toBe('frankfurt-am-main');
    expect(cityIdFor('  São Paulo! ', none)).toBe('sao-paulo');
    expect(cityIdFor('Straße', none)).toBe('strasse');
    expect(cityIdFor('東京', none)).toBe('city');
  });

  it('adds a number when the id is taken', () => {
    expect(cityIdFor('Lodz', new Set(['lodz', 'lodz-2']))).toBe('lodz-3');
  });
});
