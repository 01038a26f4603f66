import { describe, expect, it } from 'vitest';
import { averagesByRound, trendAdoption } from './aggregation';
import type { Assessment, AssessmentStatus, Ratings } from './assessment';
import type { Round } from './round';
import { assessmentFixture } from '../../tests/utils/assessment-fixture';

const rounds: Round[] = [
  { id: '2020', year: 2020, status: 'closed', deadline: null },
  { id: '2026', year: 2026, status: 'open', deadline: null },
  { id: '2018', year: 2018, status: 'closed', deadline: null },
];

function assessment(
  cityId: string,
  roundId: string,
  status: AssessmentStatus,
  ratings: Ratings,
): Assessment {
  return assessmentFixture({ cityId, roundId, status, ratings });
}

const fully = { rating: 'fully' as const, reason: '', evidence: '', links: [] };
const partly = { rating: 'partly' as const, reason: '', evidence: '', links: [] };

describe('averagesByRound', () => {
  it('averages approved assessments only, oldest round first, skipping empty rounds', () => {
    const result = averagesByRound(rounds, [
      assessment('a', '2020', 'approved', { PM1: fully }),
      assessment('b', '2020', 'approved', { PM1: partly }),
      assessment('c', '2020', 'draft', { PM1: { ...partly, rating: 'not_at_all' } }),
      assessment('a', '2026', 'submitted', { PM1: fully }),
    ]);
    expect(result.map(({ round }) => round.id)).toEqual(['2020']);
    expect(result[0]?.average.byRole.policymaker).toBe(75);
    expect(result[0]?.average.cityCount).toBe(2);
  });
});

describe('trendAdoption', () => {
  it('counts cities per trend and status', () => {
    const first = assessment('a', '2020', 'approved', {});
    first.trends = { mainstreaming: { status: 'established', example: '' } };
    const second = assessment('b', '2020', 'approved', {});
    second.trends = {
      mainstreaming: { status: 'emerging', example: '' },
      participation: { status: 'established', example: '' },
    };
    const adoption = trendAdoption([first, second]);
    expect(adoption.mainstreaming).toEqual({ established: 1, emerging: 1, not_observed: 0 });
    expect(adoption.participation.established).toBe(1);
    expect(adoption.specific_groups).toEqual({ established: 0, emerging: 0, not_observed: 0 });
  });
});
