import { z } from './zod';
import {
  commitmentIdSchema,
  commitments,
  keyTrendIdSchema,
  ratingValueSchema,
  targetGroupIdSchema,
  trendStatusSchema,
  unscoredRatingValues,
  type CommitmentId,
  type RatingValue,
} from './charter';
import { maxCharacters } from './text-length';

/** Text limits in characters as a person counts them (see text-length.ts). */
export const EVIDENCE_TEXT_MAX_LENGTH = 2000;
export const REASON_MAX_LENGTH = 500;
export const EVIDENCE_LINKS_MAX = 10;
export const TREND_EXAMPLE_MAX_LENGTH = 500;
export const REVIEW_COMMENT_MAX_LENGTH = 2000;

/** Evidence links must be web addresses: anything else (javascript:, data:, file:) is refused. */
export const evidenceLinkSchema = z.url({
  protocol: /^https?$/,
  error: 'Only http and https web addresses are allowed',
});

export const commitmentAnswerSchema = z.object({
  /** Null while the member has written evidence but not chosen a rating yet. */
  rating: z.nullable(ratingValueSchema),
  /** Why the commitment is not applicable or not assessed; empty for the scored ratings. */
  reason: z.string().check(maxCharacters(REASON_MAX_LENGTH)),
  evidence: z.string().check(maxCharacters(EVIDENCE_TEXT_MAX_LENGTH)),
  links: z.array(evidenceLinkSchema).check(z.maxLength(EVIDENCE_LINKS_MAX)),
});
/** A city's answer for one commitment: its rating and the evidence behind it. */
export type CommitmentAnswer = z.infer<typeof commitmentAnswerSchema>;

export const trendAnswerSchema = z.object({
  /** Null while the member has written an example but not chosen a status yet. */
  status: z.nullable(trendStatusSchema),
  example: z.string().check(maxCharacters(TREND_EXAMPLE_MAX_LENGTH)),
});
/** Whether a key trend is visible in the city, with a short example of its practice. */
export type TrendAnswer = z.infer<typeof trendAnswerSchema>;

export const ratingsSchema = z.partialRecord(commitmentIdSchema, commitmentAnswerSchema);
/** Answers by commitment; a commitment without an entry has not been answered yet. */
export type Ratings = z.infer<typeof ratingsSchema>;

/** What a member edits: the body of a save request. */
export const assessmentContentSchema = z.object({
  ratings: ratingsSchema,
  trends: z.partialRecord(keyTrendIdSchema, trendAnswerSchema),
  targetGroups: z
    .array(targetGroupIdSchema)
    .check(
      z.refine((groups) => new Set(groups).size === groups.length, 'Each group may appear once'),
    ),
});
export type AssessmentContent = z.infer<typeof assessmentContentSchema>;

/**
 * The body of a save, strictly: the content and nothing else. An unknown field, or one the
 * server owns (status, version, cityId, updatedBy…), is refused rather than dropped.
 */
export const saveAssessmentRequestSchema = z.strictObject({
  ratings: z.partialRecord(commitmentIdSchema, z.strictObject(commitmentAnswerSchema.shape)),
  trends: z.partialRecord(keyTrendIdSchema, z.strictObject(trendAnswerSchema.shape)),
  targetGroups: assessmentContentSchema.shape.targetGroups,
});

export const assessmentStatusSchema = z.enum(['draft', 'submitted', 'returned', 'approved']);
/** Where an assessment is in its review cycle. */
export type AssessmentStatus = z.infer<typeof assessmentStatusSchema>;

export const actorSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
});
/** Who did something, as recorded on the assessment. */
export type Actor = z.infer<typeof actorSchema>;

export const assessmentSchema = z.extend(assessmentContentSchema, {
  id: z.string().check(z.minLength(1)),
  cityId: z.string().check(z.minLength(1)),
  roundId: z.string().check(z.minLength(1)),
  status: assessmentStatusSchema,
  /** Increases with every change; a save based on an older version is refused. */
  version: z.number().check(z.int(), z.positive()),
  /** The comment of a return; null otherwise, and for a visitor (it is for the city, not the public). */
  reviewComment: z.nullable(z.string()),
  updatedAt: z.iso.datetime(),
  /** Who made the last change; null when served to a visitor (who edited what is not public). */
  updatedBy: z.nullable(actorSchema),
  submittedAt: z.nullable(z.iso.datetime()),
  /** Null before a submission, and when served to a visitor. */
  submittedBy: z.nullable(actorSchema),
});
/** A city's self-assessment for one reporting round. */
export type Assessment = z.infer<typeof assessmentSchema>;

export const createAssessmentRequestSchema = z.strictObject({
  cityId: z.string().check(z.minLength(1)),
  roundId: z.string().check(z.minLength(1)),
  /** Start empty, or from the city's answers in its latest earlier round. */
  prefill: z._default(z.enum(['empty', 'previous']), 'empty'),
});
export type CreateAssessmentRequest = z.input<typeof createAssessmentRequestSchema>;

export const returnAssessmentRequestSchema = z.strictObject({
  comment: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Write a comment for the city'),
      maxCharacters(REVIEW_COMMENT_MAX_LENGTH),
    ),
});
export type ReturnAssessmentRequest = z.infer<typeof returnAssessmentRequestSchema>;

export const editableStatuses: readonly AssessmentStatus[] = ['draft', 'returned'];

export function isUnscoredRating(rating: RatingValue | null): boolean {
  return rating !== null && (unscoredRatingValues as readonly RatingValue[]).includes(rating);
}

/** Answered means rated, and for "not applicable" / "not assessed", with a reason. */
export function isCommitmentAnswered(
  answer: Pick<CommitmentAnswer, 'rating' | 'reason'> | undefined,
): boolean {
  if (!answer || answer.rating === null) return false;
  return !isUnscoredRating(answer.rating) || answer.reason.trim().length > 0;
}

/** What still stands between a draft and its submission, commitment by commitment. */
export interface SubmissionGap {
  commitmentId: CommitmentId;
  kind: 'missing_rating' | 'missing_reason';
}

export function findSubmissionGaps(content: AssessmentContent): SubmissionGap[] {
  return commitments.flatMap(({ id }): SubmissionGap[] => {
    const answer = content.ratings[id];
    if (!answer || answer.rating === null) return [{ commitmentId: id, kind: 'missing_rating' }];
    if (!isCommitmentAnswered(answer)) return [{ commitmentId: id, kind: 'missing_reason' }];
    return [];
  });
}

export function emptyAssessmentContent(): AssessmentContent {
  return { ratings: {}, trends: {}, targetGroups: [] };
}
