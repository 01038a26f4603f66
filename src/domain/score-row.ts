/**
 * What charts need of an assessment: who, which round, its status, each rating (with whether a
 * reason was given) and each key-trend status — no evidence. Lists of thousands of cities
 * travel as score rows, not as whole assessments.
 */
import { z } from './zod';
import { assessmentStatusSchema, type Assessment } from './assessment';
import {
  commitmentIdSchema,
  keyTrendIdSchema,
  ratingValueSchema,
  trendStatusSchema,
} from './charter';

export const scoreRowSchema = z.object({
  cityId: z.string().check(z.minLength(1)),
  roundId: z.string().check(z.minLength(1)),
  status: assessmentStatusSchema,
  ratings: z.partialRecord(
    commitmentIdSchema,
    z.object({ rating: z.nullable(ratingValueSchema), reason: z.string() }),
  ),
  trends: z.partialRecord(keyTrendIdSchema, z.object({ status: z.nullable(trendStatusSchema) })),
});
/** One city's assessment in one round, as the charts see it. */
export type ScoreRow = z.infer<typeof scoreRowSchema>;

export function scoreRowOf(assessment: Assessment): ScoreRow {
  return {
    cityId: assessment.cityId,
    roundId: assessment.roundId,
    status: assessment.status,
    ratings: Object.fromEntries(
      Object.entries(assessment.ratings).map(([id, answer]) => [
        id,
        { rating: answer.rating, reason: answer.reason },
      ]),
    ),
    trends: Object.fromEntries(
      Object.entries(assessment.trends).map(([id, answer]) => [id, { status: answer.status }]),
    ),
  };
}
