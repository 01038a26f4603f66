import { describe, expect, it } from 'vitest';
import type { Assessment } from './assessment';
import { publishedAssessmentOf } from './publication';
import { publishedProgressOf } from './round-progress';

const approved: Assessment = {
  id: 'ghent-2022',
  cityId: 'ghent',
  roundId: '2022',
  status: 'approved',
  version: 7,
  ratings: { PM1: { rating: 'fully', reason: '', evidence: 'Council plan', links: [] } },
  trends: {},
  targetGroups: ['international_protection'],
  reviewComment: null,
  updatedAt: '2022-10-06T09:30:00.000Z',
  updatedBy: { id: 'claire-coordinator', name: 'Claire Dubois' },
  submittedAt: '2022-09-30T15:00:00.000Z',
  submittedBy: { id: 'lotte-ghent', name: 'Lotte Peeters' },
};

describe('publication', () => {
  it('serves the answers of an assessment without who edited, submitted or reviewed it', () => {
    expect(publishedAssessmentOf(approved)).toEqual({
      ...approved,
      updatedBy: null,
      submittedBy: null,
    });
    expect(publishedAssessmentOf({ ...approved, reviewComment: 'Add links' }).reviewComment).toBe(
      null,
    );
  });

  it('counts only expected and approved cities of a round', () => {
    expect(
      publishedProgressOf({
        roundId: '2026',
        expectedCities: 30,
        notStarted: 6,
        draft: 5,
        submitted: 6,
        returned: 1,
        approved: 12,
      }),
    ).toEqual({ roundId: '2026', expectedCities: 30, approved: 12 });
  });
});
