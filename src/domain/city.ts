import { z } from 'zod';
import { maxCharacters } from './text-length';

/** When a city signed the charter: a single year, or a span when the exact year is unknown. */
export const signingPeriodSchema = z
  .object({
    earliestYear: z.number().int().min(2010).max(2100),
    latestYear: z.number().int().min(2010).max(2100),
  })
  .refine((period) => period.earliestYear <= period.latestYear, {
    message: 'The earliest year must not come after the latest year',
    path: ['latestYear'],
  });
export type SigningPeriod = z.infer<typeof signingPeriodSchema>;

export const citySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1).check(maxCharacters(120)),
  /** ISO 3166-1 alpha-2 code, e.g. "BE". */
  countryCode: z.string().regex(/^[A-Z]{2}$/),
  /** Null when the signing year is not known at all. */
  signed: signingPeriodSchema.nullable(),
  coordinates: z.object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
  }),
});
/** A signatory city of the Integrating Cities Charter. */
export type City = z.infer<typeof citySchema>;
