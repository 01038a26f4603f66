import { describe, expect, it } from 'vitest';
import {
  defaultCompareState,
  isNewComparison,
  MAX_COMPARED_CITIES,
  parseCompareParams,
  resolveComparedCities,
  serializeCompareParams,
  type CompareState,
} from './compare';

const parse = (query: string) => parseCompareParams(new URLSearchParams(query));

describe('compare URL state', () => {
  it('reads an empty URL as the defaults, and writes the defaults as an empty URL', () => {
    expect(parse('')).toEqual(defaultCompareState);
    expect(serializeCompareParams(defaultCompareState).toString()).toBe('');
  });

  it('reads round and cities, dropping blanks and duplicates', () => {
    expect(parse('round=2022&cities=ghent,,oslo,ghent')).toEqual({
      ...defaultCompareState,
      roundId: '2022',
      cityIds: ['ghent', 'oslo'],
    });
  });

  it('caps the number of known cities at twelve; ids that name no city are counted apart', () => {
    expect(MAX_COMPARED_CITIES).toBe(12);
    const known = Array.from({ length: 20 }, (_, index) => `city-${index}`);
    const cityById = new Map(known.map((id) => [id, { id }]));
    const ids = parse(`cities=nowhere,${known.join(',')},atlantis`).cityIds;
    const resolved = resolveComparedCities(ids, cityById);
    expect(resolved.cities.map((city) => city.id)).toEqual(known.slice(0, 12));
    expect(resolved.unknownCount).toBe(2);
  });

  it('resolves the cities of a link in its order, leaving out and counting unknown ids', () => {
    const cityById = new Map(['ghent', 'oslo'].map((id) => [id, { id }]));
    expect(resolveComparedCities(['oslo', 'nowhere', 'ghent'], cityById)).toEqual({
      cities: [{ id: 'oslo' }, { id: 'ghent' }],
      unknownCount: 1,
    });
  });

  it('reads each kind of group; a group replaces the cities', () => {
    expect(parse('group=all&cities=ghent,oslo')).toMatchObject({
      group: { kind: 'all' },
      cityIds: [],
    });
    expect(parse('group=country:be').group).toEqual({ kind: 'country', countryCode: 'BE' });
    expect(parse('group=signed-before:2015').group).toEqual({ kind: 'signed_before', year: 2015 });
  });

  it('reads malformed values as the defaults', () => {
    expect(
      parse('group=country:BEL&view=pie&measure=height&sort=random&page=-3&round=&from='),
    ).toEqual(defaultCompareState);
    expect(parse('group=signed-before:15').group).toBeNull();
    expect(parse('page=2.5').page).toBe(1);
  });

  it('round-trips every field, in a fixed order', () => {
    const state: CompareState = {
      roundId: '2022',
      fromRoundId: '2015',
      cityIds: ['rome', 'oslo', 'ghent'],
      group: null,
      view: 'change',
      measure: 'employer',
      sort: 'name',
      page: 2,
    };
    const params = serializeCompareParams(state);
    expect(params.toString()).toBe(
      'round=2022&from=2015&cities=rome%2Coslo%2Cghent&view=change&measure=employer&sort=name&page=2',
    );
    expect(parseCompareParams(params)).toEqual(state);

    const grouped: CompareState = {
      ...defaultCompareState,
      group: { kind: 'signed_before', year: 2014 },
      view: 'heatmap',
      sort: 'score',
    };
    expect(serializeCompareParams(grouped).toString()).toBe(
      'group=signed-before%3A2014&view=heatmap&sort=score',
    );
    expect(parseCompareParams(serializeCompareParams(grouped))).toEqual(grouped);
  });

  it("keeps parameters that are not the comparison's own, and replaces its own", () => {
    const others = new URLSearchParams('dataset=synthetic&view=ranking&cities=oslo');
    expect(
      serializeCompareParams(
        { ...defaultCompareState, cityIds: ['ghent', 'rome'] },
        others,
      ).toString(),
    ).toBe('dataset=synthetic&cities=ghent%2Crome');
  });
});

describe('isNewComparison', () => {
  const base: CompareState = { ...defaultCompareState, cityIds: ['ghent', 'oslo'] };

  it('makes a new history entry for another view, round, earlier round, cities or group', () => {
    expect(isNewComparison(base, { ...base, view: 'ranking' })).toBe(true);
    expect(isNewComparison(base, { ...base, roundId: '2020' })).toBe(true);
    expect(isNewComparison(base, { ...base, fromRoundId: '2015' })).toBe(true);
    expect(isNewComparison(base, { ...base, cityIds: ['ghent', 'oslo', 'rome'] })).toBe(true);
    expect(isNewComparison(base, { ...base, cityIds: [], group: { kind: 'all' } })).toBe(true);
    const belgium: CompareState = {
      ...base,
      cityIds: [],
      group: { kind: 'country', countryCode: 'BE' },
    };
    const finland: CompareState = { ...belgium, group: { kind: 'country', countryCode: 'FI' } };
    expect(isNewComparison(belgium, finland)).toBe(true);
  });

  it('replaces the entry for another measure, order or page', () => {
    expect(isNewComparison(base, { ...base, measure: 'buyer' })).toBe(false);
    expect(isNewComparison(base, { ...base, sort: 'score' })).toBe(false);
    expect(isNewComparison(base, { ...base, page: 3 })).toBe(false);
    expect(isNewComparison(base, { ...base })).toBe(false);
  });
});
