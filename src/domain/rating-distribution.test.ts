import { describe, expect, it } from 'vitest';
import { ratingCellOf, ratingDistribution } from './rating-distribution';
import type { ScoreRow } from './score-row';

function row(cityId: string, ratings: ScoreRow['ratings']): ScoreRow {
  return { cityId, roundId: '2022', status: 'approved', ratings, trends: {} };
}

const ghent = row('ghent', {
  PM1: { rating: 'fully', reason: '' },
  PM2: { rating: 'not_applicable', reason: 'Run by the region' },
  PM3: { rating: null, reason: '' },
});
const oslo = row('oslo', { PM1: { rating: 'not_at_all', reason: '' } });

describe('ratingCellOf', () => {
  it('tells a rating, a missing rating and a missing assessment apart', () => {
    expect(ratingCellOf(ghent, 'PM1')).toBe('fully');
    expect(ratingCellOf(ghent, 'PM2')).toBe('not_applicable');
    expect(ratingCellOf(ghent, 'PM3')).toBe('unanswered');
    expect(ratingCellOf(ghent, 'BU1')).toBe('unanswered');
    expect(ratingCellOf(undefined, 'PM1')).toBe('no_assessment');
  });
});

describe('ratingDistribution', () => {
  it('counts every city once per commitment, missing answers as missing, not as "not at all"', () => {
    const rows = new Map([
      ['ghent', ghent],
      ['oslo', oslo],
    ]);
    const distribution = ratingDistribution(['ghent', 'oslo', 'toronto'], rows);
    expect(distribution.PM1).toEqual({
      fully: 1,
      partly: 0,
      not_at_all: 1,
      not_applicable: 0,
      not_assessed: 0,
      unanswered: 0,
      no_assessment: 1,
    });
    expect(distribution.PM2.not_applicable).toBe(1);
    expect(distribution.PM2.not_at_all).toBe(0);
    expect(distribution.PM2.unanswered).toBe(1);
    expect(distribution.BU3.unanswered).toBe(2);
    expect(distribution.BU3.no_assessment).toBe(1);
  });
});
