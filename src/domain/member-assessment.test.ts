import { describe, expect, it } from 'vitest';
import { findMemberAssessment } from './member-assessment';
import type { Round } from './round';
import type { User } from './user';

const ghentMember: User = { id: 'm', name: 'M', role: 'member', cityId: 'ghent' };
const coordinator: User = { id: 'c', name: 'C', role: 'coordinator', cityId: null };
const viewer: User = { id: 'v', name: 'V', role: 'viewer', cityId: null };
const closed2022: Round = { id: '2022', year: 2022, status: 'closed', deadline: null };
const open2026: Round = { id: '2026', year: 2026, status: 'open', deadline: null };
const rounds = [open2026, closed2022];

describe('findMemberAssessment', () => {
  it("finds the member's city's assessment for the open round among others", () => {
    const assessments = [
      { id: 'ghent-2022', cityId: 'ghent', roundId: '2022' },
      { id: 'oslo-2026', cityId: 'oslo', roundId: '2026' },
      { id: 'ghent-2026', cityId: 'ghent', roundId: '2026' },
    ];
    expect(findMemberAssessment(ghentMember, rounds, assessments)).toEqual({
      cityId: 'ghent',
      round: open2026,
      assessment: assessments[2],
    });
  });

  it('names the open round to start in when the city has not started it', () => {
    const assessments = [{ id: 'ghent-2022', cityId: 'ghent', roundId: '2022' }];
    expect(findMemberAssessment(ghentMember, rounds, assessments)).toEqual({
      cityId: 'ghent',
      round: open2026,
      assessment: undefined,
    });
  });

  it('finds nothing when no round is open', () => {
    const assessments = [{ id: 'ghent-2022', cityId: 'ghent', roundId: '2022' }];
    expect(findMemberAssessment(ghentMember, [closed2022], assessments)).toBeNull();
  });

  it('finds nothing for coordinators, report authors or a member without a city', () => {
    const noCity: User = { ...ghentMember, cityId: null };
    for (const user of [coordinator, viewer, noCity]) {
      expect(findMemberAssessment(user, rounds, [])).toBeNull();
    }
  });
});
