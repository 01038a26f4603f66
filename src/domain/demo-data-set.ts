/**
 * The demo API's data sets: the sample signatories (30 real cities, six rounds, kept in the
 * browser) and a synthetic scale test (2,000 cities, ten rounds, kept in memory only). Demo
 * only: a real deployment has one data set, its own.
 */
import { z } from './zod';

export const demoDataSetIds = ['sample', 'synthetic'] as const;
export const demoDataSetIdSchema = z.enum(demoDataSetIds);
/** Which demo data set the mock API serves. */
export type DemoDataSetId = z.infer<typeof demoDataSetIdSchema>;

export const DEFAULT_DEMO_DATA_SET: DemoDataSetId = 'sample';

/** `?dataset=synthetic` on any page opens the app on that data set (and remembers it). */
export const DEMO_DATA_SET_PARAM = 'dataset';

/** The data set named by a URL parameter's value, or null when it names none. */
export function parseDemoDataSetId(value: string | null): DemoDataSetId | null {
  const parsed = demoDataSetIdSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export const demoDataSetInfoSchema = z.object({
  dataSet: demoDataSetIdSchema,
  /** `stored`: changes are kept (in the browser, for the demo); `memory`: they last until reload. */
  persistence: z.enum(['stored', 'memory']),
  cityCount: z.number().check(z.int(), z.nonnegative()),
  roundCount: z.number().check(z.int(), z.nonnegative()),
  assessmentCount: z.number().check(z.int(), z.nonnegative()),
});
/** What the demo API serves now, as the settings page and the sample-data notice describe it. */
export type DemoDataSetInfo = z.infer<typeof demoDataSetInfoSchema>;

export const selectDemoDataSetRequestSchema = z.strictObject({ dataSet: demoDataSetIdSchema });
export type SelectDemoDataSetRequest = z.infer<typeof selectDemoDataSetRequestSchema>;
