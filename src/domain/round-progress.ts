import { z } from 'zod';

export const roundProgressSchema = z.object({
  roundId: z.string(),
  /** Cities that had signed before the round's year and so are expected to report. */
  expectedCities: z.number().int().nonnegative(),
  notStarted: z.number().int().nonnegative(),
  draft: z.number().int().nonnegative(),
  submitted: z.number().int().nonnegative(),
  returned: z.number().int().nonnegative(),
  approved: z.number().int().nonnegative(),
});
/** How many cities are at each step of a round: public counts, no assessment content. */
export type RoundProgress = z.infer<typeof roundProgressSchema>;
