import { describe, expect, it } from 'vitest';
import type { CommitmentAnswer, Ratings } from './assessment';
import type { RatingValue } from './charter';
import {
  averageScores,
  completeness,
  overallScore,
  roleScore,
  scoreChange,
  scoreSummary,
  unscoredOverallReasons,
  unscoredReasons,
  wholePoints,
} from './scoring';

function answer(rating: RatingValue, reason = ''): CommitmentAnswer {
  return { rating, reason, evidence: '', links: [] };
}

describe('roleScore', () => {
  it('averages fully = 100, partly = 50, not at all = 0', () => {
    const ratings: Ratings = {
      PM1: answer('fully'),
      PM2: answer('partly'),
      PM3: answer('not_at_all'),
    };
    expect(roleScore(ratings, 'policymaker')).toBe(50);
  });

  it('leaves not applicable and not assessed out instead of counting them as 0', () => {
    const ratings: Ratings = {
      BU1: answer('fully'),
      BU2: answer('not_applicable', 'Run by the region'),
      BU3: answer('not_assessed', 'No data'),
    };
    expect(roleScore(ratings, 'buyer')).toBe(100);
  });

  it('is null when no commitment of the role is scored', () => {
    expect(roleScore({ EM1: answer('not_applicable', 'n/a') }, 'employer')).toBeNull();
    expect(roleScore({}, 'employer')).toBeNull();
  });
});

describe('a score of 0 and no score', () => {
  it('scores a role rated "not at all" throughout 0, a score like any other', () => {
    const ratings: Ratings = {
      BU1: answer('not_at_all'),
      BU2: answer('not_at_all'),
      BU3: answer('not_at_all'),
    };
    expect(roleScore(ratings, 'buyer')).toBe(0);
    expect(unscoredReasons(ratings, 'buyer')).toEqual([]);
  });

  it('says why a role has no score: its commitments not applicable, not assessed or unanswered', () => {
    const ratings: Ratings = {
      BU1: answer('not_assessed', 'No data'),
      BU2: answer('not_applicable', 'Run by the region'),
      BU3: answer('not_applicable', 'Run by the region'),
      EM1: answer('not_applicable', 'No staff'),
      EM2: { rating: null, reason: '', evidence: 'Draft', links: [] },
    };
    expect(roleScore(ratings, 'buyer')).toBeNull();
    expect(unscoredReasons(ratings, 'buyer')).toEqual(['not_assessed', 'not_applicable']);
    expect(unscoredReasons(ratings, 'employer')).toEqual(['not_applicable', 'unanswered']);
    expect(unscoredReasons({}, 'policymaker')).toEqual(['unanswered']);
  });

  it('says why there is no overall score, and gives no reason when one role has a score', () => {
    const unscored: Ratings = {
      PM1: answer('not_applicable', 'No such duty'),
      BU1: answer('not_assessed', 'No data'),
    };
    expect(unscoredOverallReasons(unscored)).toEqual([
      'not_applicable',
      'unanswered',
      'not_assessed',
    ]);
    expect(unscoredOverallReasons({ ...unscored, SP1: answer('not_at_all') })).toEqual([]);
  });

  it('gives no reason for a role that has a score, however few commitments count', () => {
    const ratings: Ratings = {
      BU1: answer('partly'),
      BU2: answer('not_applicable', 'Run by the region'),
    };
    expect(unscoredReasons(ratings, 'buyer')).toEqual([]);
  });
});

describe('overallScore', () => {
  it('is the mean of the role scores that exist, each role weighing the same', () => {
    const ratings: Ratings = {
      PM1: answer('fully'),
      PM2: answer('fully'),
      PM3: answer('fully'),
      SP1: answer('not_at_all'),
    };
    // policymaker 100, service provider 0; employer and buyer have no score.
    expect(overallScore(ratings)).toBe(50);
  });

  it('is null for an empty assessment', () => {
    expect(overallScore({})).toBeNull();
  });
});

describe('completeness', () => {
  it('counts answers, but not an unscored answer that still lacks its reason', () => {
    const result = completeness({
      ratings: {
        PM1: answer('fully'),
        PM2: answer('not_applicable', 'Not a city duty'),
        PM3: answer('not_applicable', '  '),
      },
    });
    expect(result).toEqual({ answered: 2, total: 11, ratio: 2 / 11 });
  });
});

describe('scoreChange', () => {
  it('gives the change in points per role and overall, null where a side has no score', () => {
    const before: Ratings = { PM1: answer('partly'), SP1: answer('fully') };
    const after: Ratings = { PM1: answer('fully'), EM1: answer('partly') };
    const change = scoreChange(before, after);
    expect(change.byRole.policymaker).toBe(50);
    expect(change.byRole.service_provider).toBeNull();
    expect(change.byRole.employer).toBeNull();
    // overall: before mean(50, 100) = 75; after mean(100, 50) = 75
    expect(change.overall).toBe(0);
  });
});

describe('averageScores', () => {
  it('averages cities, each city weighing the same, leaving out cities without a score', () => {
    const cityA: Ratings = { PM1: answer('fully'), BU1: answer('not_at_all') };
    const cityB: Ratings = { PM1: answer('partly') };
    const cityC: Ratings = { BU1: answer('not_applicable', 'Regional') };
    const average = averageScores([cityA, cityB, cityC]);
    expect(average.byRole.policymaker).toBe(75);
    expect(average.byRole.buyer).toBe(0);
    expect(average.citiesByRole.buyer).toBe(1);
    // overall: city A mean(100, 0) = 50, city B 50, city C has none.
    expect(average.overall).toBe(50);
    expect(average.cityCount).toBe(2);
  });

  it('is empty for no cities', () => {
    expect(averageScores([])).toMatchObject({ overall: null, cityCount: 0 });
  });
});

describe('scoreSummary', () => {
  it('holds the overall score and all four roles', () => {
    const summary = scoreSummary({ SP2: answer('partly') });
    expect(summary).toEqual({
      overall: 50,
      byRole: { policymaker: null, service_provider: 50, employer: null, buyer: null },
    });
  });
});

describe('wholePoints', () => {
  it('rounds halves away from zero, as the displayed numbers do', () => {
    expect(wholePoints(2.5)).toBe(3);
    expect(wholePoints(-2.5)).toBe(-3);
    expect(wholePoints(-0.4)).toBe(-0);
    expect(wholePoints(0.49)).toBe(0);
  });
});
