import { describe, expect, it } from 'vitest';
import type { AssessmentStatus } from './assessment';
import {
  canEditAssessment,
  canReadAssessment,
  canReviewAssessments,
  canRunDemo,
  canSeeWorkInProgress,
  canStartAssessment,
  isInReadScope,
  readScopeOf,
} from './permissions';
import type { User } from './user';

const ghentMember: User = { id: 'm', name: 'M', role: 'member', cityId: 'ghent' };
const coordinator: User = { id: 'c', name: 'C', role: 'coordinator', cityId: null };
const viewer: User = { id: 'v', name: 'V', role: 'viewer', cityId: null };
const inGhent = (status: AssessmentStatus) => ({ cityId: 'ghent', status });
const inOslo = (status: AssessmentStatus) => ({ cityId: 'oslo', status });
const open = { status: 'open' as const };

describe('permissions', () => {
  it('lets everyone read approved assessments, and only the city and coordinators the rest', () => {
    expect(canReadAssessment(viewer, inOslo('approved'))).toBe(true);
    expect(canReadAssessment(viewer, inOslo('submitted'))).toBe(false);
    expect(canReadAssessment(ghentMember, inGhent('draft'))).toBe(true);
    expect(canReadAssessment(ghentMember, inOslo('draft'))).toBe(false);
    expect(canReadAssessment(coordinator, inOslo('draft'))).toBe(true);
  });

  it('lets a visitor (no sign-in) read approved assessments only, without the work behind them', () => {
    expect(canReadAssessment(null, inOslo('approved'))).toBe(true);
    for (const status of ['draft', 'submitted', 'returned'] as const) {
      expect(canReadAssessment(null, inOslo(status))).toBe(false);
    }
    expect(readScopeOf(null)).toEqual({ kind: 'approved-or-city', cityId: null });
    expect(canSeeWorkInProgress(null)).toBe(false);
    expect(canSeeWorkInProgress(viewer)).toBe(true);
    expect(canEditAssessment(null, inGhent('draft'), open)).toBe(false);
    expect(canReviewAssessments(null)).toBe(false);
    expect(canRunDemo(null)).toBe(false);
  });

  it('lets a member edit only their own city, and only while draft or returned', () => {
    expect(canEditAssessment(ghentMember, inGhent('draft'), open)).toBe(true);
    expect(canEditAssessment(ghentMember, inGhent('returned'), open)).toBe(true);
    expect(canEditAssessment(ghentMember, inGhent('submitted'), open)).toBe(false);
    expect(canEditAssessment(ghentMember, inOslo('draft'), open)).toBe(false);
    expect(canEditAssessment(coordinator, inGhent('draft'), open)).toBe(false);
    expect(canEditAssessment(viewer, inGhent('draft'), open)).toBe(false);
  });

  it('makes a closed or planned round read-only for members', () => {
    expect(canEditAssessment(ghentMember, inGhent('draft'), { status: 'closed' })).toBe(false);
    expect(canEditAssessment(ghentMember, inGhent('returned'), { status: 'planned' })).toBe(false);
    expect(canEditAssessment(ghentMember, inGhent('draft'), undefined)).toBe(false);
  });

  it('lets a member start their city in an open round only; coordinators review', () => {
    const openRound = { id: '2026', year: 2026, status: 'open' as const, deadline: null };
    const closed = { id: '2022', year: 2022, status: 'closed' as const, deadline: null };
    expect(canStartAssessment(ghentMember, 'ghent', openRound)).toBe(true);
    expect(canStartAssessment(ghentMember, 'ghent', closed)).toBe(false);
    expect(canStartAssessment(ghentMember, 'oslo', openRound)).toBe(false);
    expect(canReviewAssessments(coordinator)).toBe(true);
    expect(canReviewAssessments(ghentMember)).toBe(false);
  });

  it('turns each role into the scope a store filters by, the same rule as canReadAssessment', () => {
    expect(readScopeOf(coordinator)).toEqual({ kind: 'all' });
    expect(readScopeOf(ghentMember)).toEqual({ kind: 'approved-or-city', cityId: 'ghent' });
    expect(readScopeOf(viewer)).toEqual({ kind: 'approved-or-city', cityId: null });
    const statuses = ['draft', 'submitted', 'returned', 'approved'] as const;
    for (const user of [coordinator, ghentMember, viewer]) {
      for (const status of statuses) {
        for (const assessment of [inGhent(status), inOslo(status)]) {
          expect(isInReadScope(readScopeOf(user), assessment)).toBe(
            canReadAssessment(user, assessment),
          );
        }
      }
    }
  });

  it('lets only coordinators switch or reset the demo data', () => {
    expect(canRunDemo(coordinator)).toBe(true);
    expect(canRunDemo(ghentMember)).toBe(false);
    expect(canRunDemo(viewer)).toBe(false);
  });
});
