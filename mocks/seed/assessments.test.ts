import { describe, expect, it } from 'vitest';
import { averagesByRound } from '../../src/domain/aggregation';
import { assessmentSchema } from '../../src/domain/assessment';
import { generateSeedAssessments } from './assessments';
import { seedCities } from './cities';
import { seedRounds } from './rounds';
import { seedUsers } from './users';

const assessments = generateSeedAssessments(seedCities, seedRounds, seedUsers);

describe('the demo data set', () => {
  it('is the same on every run', () => {
    expect(generateSeedAssessments(seedCities, seedRounds, seedUsers)).toEqual(assessments);
  });

  it('is valid against the shared schema', () => {
    for (const assessment of assessments) {
      expect(assessmentSchema.safeParse(assessment).success).toBe(true);
    }
  });

  it('has the 30 verified signatories and approved scores for at least four rounds', () => {
    expect(seedCities).toHaveLength(30);
    const averages = averagesByRound(seedRounds, assessments);
    expect(averages.filter(({ round }) => round.status === 'closed').length).toBeGreaterThanOrEqual(
      4,
    );
  });

  it('shows plausible progress: the average rises from the first to the last closed round', () => {
    const closed = averagesByRound(seedRounds, assessments).filter(
      ({ round }) => round.status === 'closed',
    );
    const first = closed.at(0)?.average.overall ?? 0;
    const last = closed.at(-1)?.average.overall ?? 0;
    expect(last - first).toBeGreaterThan(10);
    expect(first).toBeGreaterThan(20);
    expect(last).toBeLessThan(90);
  });

  it('puts a city in a round only after it signed, and has every open-round state', () => {
    const warsaw = assessments.filter((assessment) => assessment.cityId === 'warsaw');
    expect(warsaw.every((assessment) => assessment.roundId === '2026')).toBe(true);
    const openStatuses = new Set(
      assessments.filter((a) => a.roundId === '2026').map((a) => a.status),
    );
    expect([...openStatuses].sort()).toEqual(['approved', 'draft', 'returned', 'submitted']);
  });
});
