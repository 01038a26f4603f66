import { describe, expect, it } from 'vitest';
import { cityFixture } from '../../tests/utils/city-fixture';
import type { City } from './city';
import {
  chooseRound,
  findOpenRound,
  isCityInRound,
  roundDeadlineProblem,
  type Round,
} from './round';

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

describe('chooseRound', () => {
  const closed2020: Round = { id: '2020', year: 2020, status: 'closed', deadline: null };
  const open2026: Round = { id: '2026', year: 2026, status: 'open', deadline: '2026-12-31' };
  const planned2028: Round = { id: '2028', year: 2028, status: 'planned', deadline: null };
  // Oldest first, as GET /rounds lists them.
  const rounds = [round2015, round2018, closed2020, open2026, planned2028];

  it('shows the round the address names, whatever its status', () => {
    expect(chooseRound(rounds, '2018', 'current')).toBe(round2018);
    expect(chooseRound(rounds, '2028', 'complete')).toBe(planned2028);
  });

  it('reads a round the page does not know as no round named', () => {
    expect(chooseRound(rounds, '1999', 'current')).toBe(open2026);
    expect(chooseRound(rounds, '1999', 'complete')).toBe(closed2020);
  });

  it('opens where reporting stands on the open round, and a complete picture on the latest closed one', () => {
    expect(chooseRound(rounds, null, 'current')).toBe(open2026);
    expect(chooseRound(rounds, null, 'complete')).toBe(closed2020);
  });

  it('falls back on the latest round that has been open, never a planned one while there is such a round', () => {
    // No round open: the latest closed, not the planned 2028.
    expect(chooseRound([round2015, closed2020, planned2028], null, 'current')).toBe(closed2020);
    // No round closed yet: the open one.
    expect(chooseRound([open2026, planned2028], null, 'complete')).toBe(open2026);
  });

  it('shows the latest planned round only when every round is planned, and nothing without rounds', () => {
    const planned2027: Round = { id: '2027', year: 2027, status: 'planned', deadline: null };
    expect(chooseRound([planned2027, planned2028], null, 'current')).toBe(planned2028);
    expect(chooseRound([planned2027, planned2028], null, 'complete')).toBe(planned2028);
    expect(chooseRound([], null, 'current')).toBeUndefined();
    expect(chooseRound([], '2020', 'complete')).toBeUndefined();
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
