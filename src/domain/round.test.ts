import { describe, expect, it } from 'vitest';
import { cityFixture } from '../../tests/utils/city-fixture';
import type { City } from './city';
import { findOpenRound, isCityInRound, roundDeadlineProblem, type Round } from './round';

const round2015: Round = { id: '2015', year: 2015, status: 'closed', deadline: null };
const round2018: Round = { id: '2018', year: 2018, status: 'closed', deadline: null };

function cityWith(signed: City['signed']): City {
  return cityFixture({ id: 'x', signed });
}

describe('isCityInRound', () => {
  it('includes a city only when it certainly signed before the round year', () => {
    expect(isCityInRound(cityWith({ earliestYear: 2013, latestYear: 2013 }), round2015)).toBe(true);
    expect(isCityInRound(cityWith({ earliestYear: 2013, latestYear: 2015 }), round2015)).toBe(
      false,
    );
    expect(isCityInRound(cityWith({ earliestYear: 2013, latestYear: 2015 }), round2018)).toBe(true);
    expect(isCityInRound(cityWith(null), round2018)).toBe(false);
  });
});

describe('findOpenRound', () => {
  it('finds the open round, if any', () => {
    const open: Round = { id: '2026', year: 2026, status: 'open', deadline: null };
    expect(findOpenRound([round2015, open, round2018])).toEqual(open);
    expect(findOpenRound([round2015])).toBeUndefined();
  });
});

describe('roundDeadlineProblem', () => {
  it('takes no deadline, or one on 1 January of the round year or later', () => {
    expect(roundDeadlineProblem(2028, null)).toBeNull();
    expect(roundDeadlineProblem(2028, '2028-01-01')).toBeNull();
    expect(roundDeadlineProblem(2028, '2029-01-31')).toBeNull();
  });

  it('refuses a deadline before the round year', () => {
    expect(roundDeadlineProblem(2028, '2027-12-31')).toBe(
      "The deadline cannot come before the round's year, 2028",
    );
    expect(roundDeadlineProblem(2028, '2020-01-01')).not.toBeNull();
  });
});
