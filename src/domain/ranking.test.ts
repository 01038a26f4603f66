import { describe, expect, it } from 'vitest';
import { rankByScore } from './ranking';

interface Entry {
  name: string;
  score: number | null;
}

const byName = (a: Entry, b: Entry) => a.name.localeCompare(b.name);

function rank(entries: Entry[], decimals?: number) {
  return rankByScore(entries, (entry) => entry.score, { tieBreak: byName, decimals }).map(
    ({ item, rank, tied, score }) => ({ name: item.name, rank, tied, score }),
  );
}

describe('rankByScore', () => {
  it('ranks the highest score first', () => {
    expect(
      rank([
        { name: 'Oslo', score: 40 },
        { name: 'Ghent', score: 90 },
        { name: 'Rome', score: 65 },
      ]).map(({ name, rank }) => [name, rank]),
    ).toEqual([
      ['Ghent', 1],
      ['Rome', 2],
      ['Oslo', 3],
    ]);
  });

  it('gives ties the same rank and skips the places they take, ordering them by the tie-break', () => {
    expect(
      rank([
        { name: 'Rome', score: 50 },
        { name: 'Oslo', score: 75 },
        { name: 'Athens', score: 75 },
        { name: 'Ghent', score: 100 },
        { name: 'Milan', score: 25 },
      ]).map(({ name, rank, tied }) => [name, rank, tied]),
    ).toEqual([
      ['Ghent', 1, false],
      ['Athens', 2, true],
      ['Oslo', 2, true],
      ['Rome', 4, false],
      ['Milan', 5, false],
    ]);
  });

  it('judges ties on the score as shown, so floating-point noise makes no rank', () => {
    const twoThirds = (50 + 100 + 50) / 3;
    const alsoTwoThirds = 200 / 3 + 1e-12;
    expect(
      rank([
        { name: 'Berlin', score: alsoTwoThirds },
        { name: 'Athens', score: twoThirds },
        { name: 'Oslo', score: 66.2 },
      ]).map(({ name, rank }) => [name, rank]),
    ).toEqual([
      ['Athens', 1],
      ['Berlin', 1],
      ['Oslo', 3],
    ]);
  });

  it('rounds halves away from zero as the display does, negative values too', () => {
    expect(
      rank([
        { name: 'Athens', score: -2.5 },
        { name: 'Oslo', score: -3 },
        { name: 'Rome', score: -2 },
      ]).map(({ name, rank }) => [name, rank]),
    ).toEqual([
      ['Rome', 1],
      ['Athens', 2],
      ['Oslo', 2],
    ]);
  });

  it('tells apart scores that differ at the precision asked for', () => {
    expect(
      rank(
        [
          { name: 'Athens', score: 66.2 },
          { name: 'Oslo', score: 66.4 },
        ],
        1,
      ).map(({ name, rank }) => [name, rank]),
    ).toEqual([
      ['Oslo', 1],
      ['Athens', 2],
    ]);
  });

  it('lists entries without a score last, unranked, never as 0', () => {
    const result = rank([
      { name: 'Toronto', score: null },
      { name: 'Milan', score: 0 },
      { name: 'Athens', score: null },
      { name: 'Ghent', score: 50 },
    ]);
    expect(result).toEqual([
      { name: 'Ghent', rank: 1, tied: false, score: 50 },
      { name: 'Milan', rank: 2, tied: false, score: 0 },
      { name: 'Athens', rank: null, tied: false, score: null },
      { name: 'Toronto', rank: null, tied: false, score: null },
    ]);
  });

  it('ranks nothing when no entry has a score, and an empty list as empty', () => {
    expect(rank([{ name: 'Oslo', score: null }])[0]?.rank).toBeNull();
    expect(rank([])).toEqual([]);
  });
});
