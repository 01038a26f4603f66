import { describe, expect, it } from 'vitest';
import type { Assessment, CommitmentAnswer, Ratings } from './assessment';
import { commitmentIds, type RatingValue } from './charter';
import type { Round } from './round';
import {
  previousRoundAssessment,
  previousRoundFinder,
  ratingChangesSince,
} from './round-comparison';
import { assessmentFixture } from '../../tests/utils/assessment-fixture';

function answer(rating: RatingValue | null): CommitmentAnswer {
  return { rating, reason: rating === 'not_applicable' ? 'Regional' : '', evidence: '', links: [] };
}

describe('ratingChangesSince', () => {
  const previous: Ratings = {
    PM1: answer('partly'),
    PM2: answer('fully'),
    PM3: answer('partly'),
    SP1: answer('fully'),
    EM1: answer(null),
  };
  const current: Ratings = {
    PM1: answer('fully'),
    PM2: answer('not_at_all'),
    PM3: answer('not_applicable'),
    SP1: answer('fully'),
    SP2: answer('partly'),
    EM1: answer('partly'),
  };

  it('names the kind of change for every commitment, in charter order', () => {
    const changes = ratingChangesSince(previous, current);
    expect(changes.map((change) => change.commitmentId)).toEqual(commitmentIds);
    expect(changes.slice(0, 6)).toEqual([
      { commitmentId: 'PM1', before: 'partly', after: 'fully', kind: 'improved' },
      { commitmentId: 'PM2', before: 'fully', after: 'not_at_all', kind: 'declined' },
      { commitmentId: 'PM3', before: 'partly', after: 'not_applicable', kind: 'changed' },
      { commitmentId: 'SP1', before: 'fully', after: 'fully', kind: 'unchanged' },
      { commitmentId: 'SP2', before: null, after: 'partly', kind: 'new' },
      { commitmentId: 'EM1', before: null, after: 'partly', kind: 'new' },
    ]);
    expect(changes.slice(6).every((change) => change.kind === 'unchanged')).toBe(true);
  });

  it('calls a move between the two unscored answers a change, not a rise or fall', () => {
    const [change] = ratingChangesSince(
      { PM1: answer('not_applicable') },
      { PM1: answer('not_assessed') },
    );
    expect(change?.kind).toBe('changed');
  });

  it('treats every rating as new when there is no previous round', () => {
    const changes = ratingChangesSince(null, { BU1: answer('not_at_all') });
    expect(changes.find((change) => change.commitmentId === 'BU1')).toMatchObject({
      before: null,
      after: 'not_at_all',
      kind: 'new',
    });
    expect(changes.filter((change) => change.kind !== 'unchanged')).toHaveLength(1);
  });
});

describe('previousRoundAssessment', () => {
  const rounds: Round[] = [
    { id: '2026', year: 2026, status: 'open', deadline: null },
    { id: '2018', year: 2018, status: 'closed', deadline: null },
    { id: '2022', year: 2022, status: 'closed', deadline: null },
    { id: '2020', year: 2020, status: 'closed', deadline: null },
    { id: '2015', year: 2015, status: 'closed', deadline: null },
  ];

  function assessment(cityId: string, roundId: string): Assessment {
    return assessmentFixture({ cityId, roundId, status: 'approved' });
  }

  const assessments = [
    assessment('ghent', '2015'),
    assessment('ghent', '2018'),
    assessment('oslo', '2022'),
    assessment('ghent', '2026'),
  ];

  it("finds the city's latest earlier round, skipping rounds it has no assessment for", () => {
    expect(
      previousRoundAssessment({ cityId: 'ghent', roundId: '2026' }, assessments, rounds)?.id,
    ).toBe('ghent-2018');
    expect(
      previousRoundAssessment({ cityId: 'ghent', roundId: '2018' }, assessments, rounds)?.id,
    ).toBe('ghent-2015');
  });

  it('finds nothing before the first round, for a city without earlier rounds, or for an unknown round', () => {
    expect(
      previousRoundAssessment({ cityId: 'ghent', roundId: '2015' }, assessments, rounds),
    ).toBeUndefined();
    expect(
      previousRoundAssessment({ cityId: 'warsaw', roundId: '2026' }, assessments, rounds),
    ).toBeUndefined();
    expect(
      previousRoundAssessment({ cityId: 'ghent', roundId: '1999' }, assessments, rounds),
    ).toBeUndefined();
  });

  it('answers the same for many assessments from one index, the first row of a round winning', () => {
    const twice = [...assessments, { ...assessment('ghent', '2018'), id: 'ghent-2018-copy' }];
    const previous = previousRoundFinder(twice, rounds);
    expect(previous({ cityId: 'ghent', roundId: '2026' })?.id).toBe('ghent-2018');
    expect(previous({ cityId: 'ghent', roundId: '2020' })?.id).toBe('ghent-2018');
    expect(previous({ cityId: 'oslo', roundId: '2026' })?.id).toBe('oslo-2022');
    expect(previous({ cityId: 'oslo', roundId: '2022' })).toBeUndefined();
    expect(previous({ cityId: 'ghent', roundId: '1999' })).toBeUndefined();
  });
});
