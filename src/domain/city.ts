import { z } from './zod';
import { maxCharacters } from './text-length';

/** When a city signed the charter: a single year, or a span when the exact year is unknown. */
export const signingPeriodSchema = z
  .object({
    earliestYear: z.number().check(z.int(), z.gte(2010), z.lte(2100)),
    latestYear: z.number().check(z.int(), z.gte(2010), z.lte(2100)),
  })
  .check(
    z.refine((period) => period.earliestYear <= period.latestYear, {
      message: 'The earliest year must not come after the latest year',
      path: ['latestYear'],
    }),
  );
export type SigningPeriod = z.infer<typeof signingPeriodSchema>;

export const citySchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: z.string().check(z.minLength(1), maxCharacters(120)),
  /** ISO 3166-1 alpha-2 code, e.g. "BE". */
  countryCode: z.string().check(z.regex(/^[A-Z]{2}$/)),
  /** Null when the signing year is not known at all. */
  signed: z.nullable(signingPeriodSchema),
  coordinates: z.object({
    lat: z.number().check(z.gte(-90), z.lte(90)),
    lon: z.number().check(z.gte(-180), z.lte(180)),
  }),
});
/** A signatory city of the Integrating Cities Charter. */
export type City = z.infer<typeof citySchema>;
