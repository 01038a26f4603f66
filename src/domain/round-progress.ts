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
/** How many cities are at each step of a round: public counts, no assessment content. */
export type RoundProgress = z.infer<typeof roundProgressSchema>;
