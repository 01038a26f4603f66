/**
 * The assessment workflow as pure functions: which status allows which action, and what each
 * action makes of an assessment and records in its history (docs/api.md, "Assessments"). The
 * API (server/api) applies them; stores only keep what they return.
 */
import {
  emptyAssessmentContent,
  findSubmissionGaps,
  type Actor,
  type Assessment,
  type AssessmentContent,
  type AssessmentStatus,
  type SubmissionGap,
} from './assessment';
import type { CommitmentFieldKey } from './assessment-fields';
import { fieldChanges, type HistoryAction, type HistoryEntry } from './assessment-history';
import type { FieldErrors } from './api-error';

/** What can be done to an existing assessment. */
export type AssessmentAction = 'save' | 'submit' | 'return' | 'approve';

/**
 * The statuses each action starts from: members save and submit drafts and returned
 * assessments; coordinators return or approve submitted ones.
 */
export const statusesAllowing: Readonly<Record<AssessmentAction, readonly AssessmentStatus[]>> = {
  save: ['draft', 'returned'],
  submit: ['draft', 'returned'],
  return: ['submitted'],
  approve: ['submitted'],
};

/** True when `action` is possible while the assessment has `status`. */
export function isActionAllowed(action: AssessmentAction, status: AssessmentStatus): boolean {
  return statusesAllowing[action].includes(status);
}

/** An assessment after a change, and the history entry that records it. */
export interface Transition {
  assessment: Assessment;
  entry: HistoryEntry;
}

/** Who made a change and when (an ISO 8601 timestamp). */
export interface ChangeContext {
  actor: Actor;
  at: string;
}

function recorded(
  assessment: Assessment,
  action: HistoryAction,
  { actor, at }: ChangeContext,
  changes: HistoryEntry['changes'] = [],
  comment: string | null = null,
): Transition {
  return {
    assessment,
    entry: {
      version: assessment.version,
      action,
      at,
      actor,
      changes,
      comment,
    },
  };
}

/** The id an assessment gets: one per city and round, e.g. `ghent-2026`. */
export function assessmentIdOf(cityId: string, roundId: string): string {
  return `${cityId}-${roundId}`;
}

/** A new draft at version 1, filled with `content` (empty, or copied from an earlier round). */
export function createdAssessment(
  { cityId, roundId }: { cityId: string; roundId: string },
  content: AssessmentContent,
  context: ChangeContext,
): Transition {
  const { actor, at } = context;
  const assessment: Assessment = {
    id: assessmentIdOf(cityId, roundId),
    cityId,
    roundId,
    status: 'draft',
    version: 1,
    ratings: content.ratings,
    trends: content.trends,
    targetGroups: content.targetGroups,
    reviewComment: null,
    updatedAt: at,
    updatedBy: actor,
    submittedAt: null,
    submittedBy: null,
  };
  return recorded(assessment, 'created', context, fieldChanges(emptyAssessmentContent(), content));
}

function nextVersion(current: Assessment, { actor, at }: ChangeContext): Assessment {
  return { ...current, version: current.version + 1, updatedAt: at, updatedBy: actor };
}

/**
 * A save: the new content at the next version, with every field that changed (maybe none).
 * Only the content's own fields are taken, whatever else the object carries.
 */
export function savedAssessment(
  current: Assessment,
  content: AssessmentContent,
  context: ChangeContext,
): Transition {
  const { ratings, trends, targetGroups } = content;
  return recorded(
    { ...nextVersion(current, context), ratings, trends, targetGroups },
    'saved',
    context,
    fieldChanges(current, content),
  );
}

/** A submission; check `submissionFieldErrors` first. */
export function submittedAssessment(current: Assessment, context: ChangeContext): Transition {
  return recorded(
    {
      ...nextVersion(current, context),
      status: 'submitted',
      submittedAt: context.at,
      submittedBy: context.actor,
    },
    'submitted',
    context,
  );
}

/** Sent back to the city with the coordinator's comment. */
export function returnedAssessment(
  current: Assessment,
  comment: string,
  context: ChangeContext,
): Transition {
  return recorded(
    { ...nextVersion(current, context), status: 'returned', reviewComment: comment },
    'returned',
    context,
    [],
    comment,
  );
}

/** Approved: published to every reader; the last review comment is cleared. */
export function approvedAssessment(current: Assessment, context: ChangeContext): Transition {
  return recorded(
    { ...nextVersion(current, context), status: 'approved', reviewComment: null },
    'approved',
    context,
  );
}

/**
 * A past round's published result, as an import writes it: approved at once, since it was
 * published in its report. New (version 1) when `current` is null, otherwise the next version
 * of `current` with the file's content in place of its own; recorded as "imported" with every
 * field that changed.
 */
export function importedAssessment(
  current: Assessment | null,
  place: { cityId: string; roundId: string },
  content: AssessmentContent,
  context: ChangeContext,
): Transition {
  const base = current ?? createdAssessment(place, emptyAssessmentContent(), context).assessment;
  const { ratings, trends, targetGroups } = content;
  return recorded(
    {
      ...(current ? nextVersion(current, context) : base),
      ratings,
      trends,
      targetGroups,
      status: 'approved',
      reviewComment: null,
    },
    'imported',
    context,
    fieldChanges(current ?? emptyAssessmentContent(), content),
  );
}

/** The field a submission gap belongs to, as named in `fieldErrors` and in the editor. */
export function submissionGapField(gap: SubmissionGap): CommitmentFieldKey {
  return `ratings.${gap.commitmentId}.${gap.kind === 'missing_rating' ? 'rating' : 'reason'}`;
}

/** What stops `content` from being submitted, by field; empty when nothing does. */
export function submissionFieldErrors(content: AssessmentContent): FieldErrors {
  return Object.fromEntries(
    findSubmissionGaps(content).map((gap) => [
      submissionGapField(gap),
      [gap.kind === 'missing_rating' ? 'Rate this commitment' : 'Give a reason for this answer'],
    ]),
  );
}
