import { describe, expect, it } from 'vitest';
import type { RatingValue } from './charter';
import {
  commitmentAverages,
  commitmentStandings,
  strongestAndWeakest,
  trendAdoptionByRound,
  trendLeaders,
} from './city-standing';
import type { Round } from './round';
import type { ScoreRow } from './score-row';

function row(
  cityId: string,
  ratings: Partial<Record<'PM1' | 'PM2' | 'PM3' | 'SP1', RatingValue>>,
  { roundId = '2022', status = 'approved', established = false } = {},
): ScoreRow {
  return {
    cityId,
    roundId,
    status: status as ScoreRow['status'],
    ratings: Object.fromEntries(
      Object.entries(ratings).map(([id, rating]) => [id, { rating, reason: 'because' }]),
    ),
    trends: established ? { mainstreaming: { status: 'established' } } : {},
  };
}

describe('commitmentAverages', () => {
  it('averages the cities that have a score, leaving out not applicable, never counting it as 0', () => {
    const averages = commitmentAverages([
      row('a', { PM1: 'fully', PM2: 'not_applicable' }),
      row('b', { PM1: 'partly', PM2: 'partly' }),
    ]);
    expect(averages.PM1).toBe(75);
    expect(averages.PM2).toBe(50);
    expect(averages.PM3).toBeNull();
  });
});

describe('commitmentStandings and strongestAndWeakest', () => {
  const group = commitmentAverages([
    row('a', { PM1: 'fully', PM2: 'fully', PM3: 'not_at_all', SP1: 'partly' }),
    row('b', { PM1: 'not_at_all', PM2: 'fully', PM3: 'not_at_all', SP1: 'partly' }),
  ]);

  it('compares each commitment both sides have a score for, strongest first', () => {
    const standings = commitmentStandings(
      row('c', { PM1: 'fully', PM2: 'partly', PM3: 'partly', SP1: 'not_applicable' }).ratings,
      group,
    );
    expect(standings.map((standing) => [standing.commitmentId, standing.difference])).toEqual([
      ['PM1', 50],
      ['PM3', 50],
      ['PM2', -50],
    ]);
  });

  it('names only commitments above the group as strong, and below it as weak', () => {
    const { strongest, weakest } = strongestAndWeakest(
      commitmentStandings(row('c', { PM1: 'partly', PM2: 'partly', SP1: 'partly' }).ratings, group),
    );
    expect(strongest).toEqual([]);
    expect(weakest.map((standing) => standing.commitmentId)).toEqual(['PM2']);
  });
});

describe('trendAdoptionByRound', () => {
  const rounds: Round[] = [
    { id: '2022', year: 2022, status: 'closed', deadline: null },
    { id: '2018', year: 2018, status: 'closed', deadline: null },
    { id: '2026', year: 2026, status: 'open', deadline: null },
  ];

  it('counts approved assessments per round, oldest first, skipping rounds without any', () => {
    const result = trendAdoptionByRound(rounds, [
      row('a', {}, { roundId: '2022', established: true }),
      row('b', {}, { roundId: '2022' }),
      row('a', {}, { roundId: '2018', established: true }),
      row('c', {}, { roundId: '2026', status: 'draft', established: true }),
    ]);
    expect(result.map((entry) => [entry.round.id, entry.cityCount])).toEqual([
      ['2018', 1],
      ['2022', 2],
    ]);
    expect(result[1]?.adoption.mainstreaming.established).toBe(1);
  });
});

describe('trendLeaders', () => {
  it('lists the cities where the trend is established, best overall first, unscored last, ties by id', () => {
    const leaders = trendLeaders(
      [
        row('zagreb', { PM1: 'partly' }, { established: true }),
        row('athens', { PM1: 'partly' }, { established: true }),
        row('oslo', { PM1: 'fully' }, { established: true }),
        row('bergen', { PM1: 'not_applicable' }, { established: true }),
        row('lyon', { PM1: 'fully' }),
      ],
      'mainstreaming',
    );
    expect(leaders.map((leader) => leader.cityId)).toEqual(['oslo', 'athens', 'zagreb', 'bergen']);
    expect(leaders.at(-1)?.overall).toBeNull();
  });
});
