import { describe, expect, it } from 'vitest';
import { assessmentFixture } from '../../tests/utils/assessment-fixture';
import type { AssessmentStatus } from './assessment';
import { commitmentIds } from './charter';
import {
  approvedAssessment,
  createdAssessment,
  isActionAllowed,
  returnedAssessment,
  savedAssessment,
  submissionFieldErrors,
  submittedAssessment,
  type AssessmentAction,
} from './workflow';

const claire = {
  actor: { id: 'claire-coordinator', name: 'Claire Dubois' },
  at: '2026-10-06T08:00:00.000Z',
};
const lotte = {
  actor: { id: 'lotte-ghent', name: 'Lotte Peeters' },
  at: '2026-10-05T09:30:00.000Z',
};

describe('the assessment workflow', () => {
  it('allows each action from the statuses docs/api.md names, and no other', () => {
    const allowed: Record<AssessmentAction, AssessmentStatus[]> = {
      save: ['draft', 'returned'],
      submit: ['draft', 'returned'],
      return: ['submitted'],
      approve: ['submitted'],
    };
    for (const action of ['save', 'submit', 'return', 'approve'] as const) {
      for (const status of ['draft', 'submitted', 'returned', 'approved'] as const) {
        expect(isActionAllowed(action, status), `${action} from ${status}`).toBe(
          allowed[action].includes(status),
        );
      }
    }
  });

  it('creates version 1 as a draft, recording what it was filled with', () => {
    const content = {
      ratings: { PM1: { rating: 'fully' as const, reason: '', evidence: 'Plan', links: [] } },
      trends: {},
      targetGroups: [],
    };
    const { assessment, entry } = createdAssessment(
      { cityId: 'warsaw', roundId: '2026' },
      content,
      lotte,
    );
    expect(assessment).toMatchObject({
      id: 'warsaw-2026',
      status: 'draft',
      version: 1,
      updatedAt: lotte.at,
      updatedBy: lotte.actor,
      submittedAt: null,
      reviewComment: null,
    });
    expect(entry).toEqual({
      version: 1,
      action: 'created',
      at: lotte.at,
      actor: lotte.actor,
      changes: [
        { field: 'ratings.PM1.rating', before: null, after: 'fully' },
        { field: 'ratings.PM1.evidence', before: '', after: 'Plan' },
      ],
      comment: null,
    });
  });

  it('saves at the next version with the changed fields; a save that changes nothing records none', () => {
    const current = assessmentFixture({ version: 4 });
    const changed = savedAssessment(
      current,
      { ...current, targetGroups: ['irregular_status'] },
      lotte,
    );
    expect(changed.assessment).toMatchObject({
      version: 5,
      status: 'draft',
      targetGroups: ['irregular_status'],
    });
    expect(changed.entry).toMatchObject({
      version: 5,
      action: 'saved',
      changes: [{ field: 'targetGroups', before: [], after: ['irregular_status'] }],
    });
    expect(savedAssessment(current, current, lotte).entry.changes).toEqual([]);
  });

  it('submits, returns with the comment, and approves clearing it, one version each', () => {
    const submitted = submittedAssessment(assessmentFixture({ version: 2 }), lotte);
    expect(submitted.assessment).toMatchObject({
      status: 'submitted',
      version: 3,
      submittedAt: lotte.at,
      submittedBy: lotte.actor,
    });
    const returned = returnedAssessment(submitted.assessment, 'Add the budget', claire);
    expect(returned.assessment).toMatchObject({
      status: 'returned',
      version: 4,
      reviewComment: 'Add the budget',
      updatedBy: claire.actor,
      submittedBy: lotte.actor,
    });
    expect(returned.entry).toMatchObject({
      action: 'returned',
      version: 4,
      changes: [],
      comment: 'Add the budget',
    });
    const approved = approvedAssessment({ ...returned.assessment, status: 'submitted' }, claire);
    expect(approved.assessment).toMatchObject({
      status: 'approved',
      version: 5,
      reviewComment: null,
    });
    expect(approved.entry).toMatchObject({ action: 'approved', version: 5, comment: null });
  });

  it('names each gap before submission by its field', () => {
    const ratings = Object.fromEntries(
      commitmentIds.map((id) => [
        id,
        { rating: 'partly' as const, reason: '', evidence: '', links: [] },
      ]),
    );
    const complete = { ratings, trends: {}, targetGroups: [] };
    expect(submissionFieldErrors(complete)).toEqual({});
    const withoutPm1 = Object.fromEntries(Object.entries(ratings).filter(([id]) => id !== 'PM1'));
    expect(
      submissionFieldErrors({
        ...complete,
        ratings: {
          ...withoutPm1,
          EM2: { rating: 'not_applicable', reason: ' ', evidence: '', links: [] },
        },
      }),
    ).toEqual({
      'ratings.PM1.rating': ['Rate this commitment'],
      'ratings.EM2.reason': ['Give a reason for this answer'],
    });
  });
});
