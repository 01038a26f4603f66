import { z } from './zod';

export const roundProgressSchema = z.object({
  roundId: z.string(),
  /** Cities that had signed before the round's year and so are expected to report. */
  expectedCities: z.number().check(z.int(), z.nonnegative()),
  notStarted: z.number().check(z.int(), z.nonnegative()),
  draft: z.number().check(z.int(), z.nonnegative()),
  submitted: z.number().check(z.int(), z.nonnegative()),
  returned: z.number().check(z.int(), z.nonnegative()),
  approved: z.number().check(z.int(), z.nonnegative()),
});
/** How many cities are at each step of a round: counts, no assessment content. */
export type RoundProgress = z.infer<typeof roundProgressSchema>;

export const publishedRoundProgressSchema = z.pick(roundProgressSchema, {
  roundId: true,
  expectedCities: true,
  approved: true,
});
/**
 * A round's progress as a visitor reads it: how many cities are expected and how many are
 * published (approved). The counts of unpublished work (drafts, submissions, returns) are not
 * public.
 */
export type PublishedRoundProgress = z.infer<typeof publishedRoundProgressSchema>;

/** What `GET /rounds/{id}/progress` answers: every count when signed in, else the published ones. */
export const servedRoundProgressSchema = z.union([
  roundProgressSchema,
  publishedRoundProgressSchema,
]);
export type ServedRoundProgress = RoundProgress | PublishedRoundProgress;

/** True when the progress carries the counts of unpublished work (a signed-in reader's). */
export function hasWorkInProgress(progress: ServedRoundProgress): progress is RoundProgress {
  return 'submitted' in progress;
}

/** The published counts of a round's progress, as served to a visitor. */
export function publishedProgressOf(progress: RoundProgress): PublishedRoundProgress {
  return {
    roundId: progress.roundId,
    expectedCities: progress.expectedCities,
    approved: progress.approved,
  };
}
