import { describe, expect, it } from 'vitest';
import type { Assessment } from './assessment';
import type { NamedCity } from './city-names';
import type { Round } from './round';
import {
  roundAdoptionsOf,
  roundAggregateOf,
  roundAveragesOf,
  trendLeadersOf,
} from './round-aggregate';
import { assessmentFixture } from '../../tests/utils/assessment-fixture';

const answer = (rating: 'fully' | 'partly' | 'not_at_all' | 'not_applicable') => ({
  rating,
  reason: rating === 'not_applicable' ? 'Run by the region' : '',
  evidence: '',
  links: [],
});

/** PM 100, SP 50, nothing else: overall (100+50)/2 = 75. Mainstreaming established. */
const oslo: Assessment = assessmentFixture({
  cityId: 'oslo',
  roundId: '2020',
  status: 'approved',
  ratings: { PM1: answer('fully'), SP1: answer('partly') },
  trends: { mainstreaming: { status: 'established', example: '' } },
});
/** PM (50+0)/2 = 25, nothing else: overall 25. Mainstreaming established too. */
const ghent: Assessment = assessmentFixture({
  cityId: 'ghent',
  roundId: '2020',
  status: 'approved',
  ratings: { PM1: answer('partly'), PM2: answer('not_at_all'), EM1: answer('not_applicable') },
  trends: { mainstreaming: { status: 'established', example: '' } },
});
/** Nothing scored: counted, but without any score. */
const athens: Assessment = assessmentFixture({
  cityId: 'athens',
  roundId: '2020',
  status: 'approved',
  ratings: { EM1: answer('not_applicable') },
  trends: { participation: { status: 'emerging', example: '' } },
});

describe('roundAggregateOf', () => {
  it('averages the cities’ scores, counting every row but only the scored cities', () => {
    const aggregate = roundAggregateOf('2020', [oslo, ghent, athens]);
    expect(aggregate.assessmentCount).toBe(3);
    expect(aggregate.average).toEqual({
      overall: 50, // (75 + 25) / 2; athens has none
      byRole: { policymaker: 62.5, service_provider: 50, employer: null, buyer: null },
      cityCount: 2,
      citiesByRole: { policymaker: 2, service_provider: 1, employer: 0, buyer: 0 },
    });
    expect(aggregate.trendAdoption.mainstreaming).toEqual({
      established: 2,
      emerging: 0,
      not_observed: 0,
    });
    expect(aggregate.trendAdoption.participation.emerging).toBe(1);
    // PM1 (100 + 50) / 2; PM2 0 (ghent alone); EM1 not applicable everywhere.
    expect(aggregate.commitmentAverages).toMatchObject({ PM1: 75, PM2: 0, SP1: 50, EM1: null });
  });

  it('is all zeros and nulls for no rows', () => {
    const empty = roundAggregateOf('2026', []);
    expect(empty.assessmentCount).toBe(0);
    expect(empty.average.overall).toBeNull();
    expect(Object.values(empty.commitmentAverages).every((mean) => mean === null)).toBe(true);
  });
});

describe('roundAveragesOf and roundAdoptionsOf', () => {
  const rounds: Round[] = [
    { id: '2022', year: 2022, status: 'closed', deadline: null },
    { id: '2020', year: 2020, status: 'closed', deadline: null },
    { id: '2018', year: 2018, status: 'closed', deadline: null },
  ];
  const aggregates = [
    roundAggregateOf('2018', [{ ...athens, roundId: '2018' }]),
    roundAggregateOf('2020', [oslo, ghent]),
  ];

  it('leave a round without scored cities out of the averages, oldest round first', () => {
    expect(roundAveragesOf(rounds, aggregates).map(({ round }) => round.id)).toEqual(['2020']);
  });

  it('keep every round with counted assessments in the adoption, oldest round first', () => {
    expect(
      roundAdoptionsOf(rounds, aggregates).map(({ round, cityCount }) => [round.id, cityCount]),
    ).toEqual([
      ['2018', 1],
      ['2020', 2],
    ]);
  });
});

describe('trendLeadersOf', () => {
  it('counts every city where a trend is established and lists the best ones up to the limit', () => {
    const cities: Record<string, NamedCity> = {
      oslo: { name: 'Oslo', names: {} },
      ghent: { name: 'Ghent', names: { nl: 'Gent', fr: 'Gand' } },
    };
    const cityOf = (id: string) => cities[id] ?? { name: id, names: {} };
    const [, mainstreaming] = trendLeadersOf([ghent, oslo, athens], cityOf, 1);
    expect(mainstreaming).toEqual({
      trendId: 'mainstreaming',
      cityCount: 2,
      leaders: [{ cityId: 'oslo', cityName: 'Oslo', cityNames: {}, overall: 75 }],
    });
    const [, both] = trendLeadersOf([ghent, oslo, athens], cityOf, 2);
    expect(both?.leaders[1]).toEqual({
      cityId: 'ghent',
      cityName: 'Ghent',
      cityNames: { nl: 'Gent', fr: 'Gand' },
      overall: 25,
    });
  });
});
