import { describe, expect, it } from 'vitest';
import { MAX_COMPARED_CITIES, parseCompareParams, serializeCompareParams } from './compare-params';

describe('compare URL state', () => {
  it('reads round and cities, dropping blanks and duplicates', () => {
    expect(parseCompareParams(new URLSearchParams('round=2022&cities=ghent,,oslo,ghent'))).toEqual({
      roundId: '2022',
      cityIds: ['ghent', 'oslo'],
    });
  });

  it('caps the number of cities', () => {
    const many = Array.from({ length: 10 }, (_, index) => `city-${index}`).join(',');
    expect(parseCompareParams(new URLSearchParams(`cities=${many}`)).cityIds).toHaveLength(
      MAX_COMPARED_CITIES,
    );
  });

  it('leaves defaults out and round-trips', () => {
    expect(serializeCompareParams({ roundId: null, cityIds: [] }).toString()).toBe('');
    const selection = { roundId: '2020', cityIds: ['rome', 'oslo'] };
    expect(parseCompareParams(serializeCompareParams(selection))).toEqual(selection);
  });
});
