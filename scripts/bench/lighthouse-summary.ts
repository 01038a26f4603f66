/**
 * The pure part of the bench's Lighthouse stage (scripts/bench/lighthouse.mjs): the pages it
 * loads, what it keeps of a Lighthouse report, which of a page's runs it reports, and how a
 * budget reads it and its limit (scripts/bench/report.mjs). Written in TypeScript so that its
 * unit test can import it; Node 24 runs it as it is.
 */

/**
 * The pages Lighthouse loads, each at `/` of the site (a server of scripts/bench.mjs) that
 * serves the app it loads: `appServer` has the synthetic set, `appServerSample` the sample set,
 * `stackFloor` is the stack's floor (bench/stack-floor), reported beside the app and budgeted
 * nowhere: what a page of this stack scores with no app in it.
 */
export const lighthousePages: readonly {
  name: string;
  label: string;
  site: 'appServer' | 'appServerSample' | 'stackFloor';
  signedIn: boolean;
}[] = [
  {
    name: 'overview-sample',
    label: 'overview, sample set, signed in',
    site: 'appServerSample',
    signedIn: true,
  },
  {
    name: 'overview-synthetic',
    label: 'overview, 2,000 cities, signed in',
    site: 'appServer',
    signedIn: true,
  },
  {
    name: 'visitor-first-page',
    label: "a visitor's first page (overview at /, sample set)",
    site: 'appServerSample',
    signedIn: false,
  },
  {
    name: 'stack-floor',
    label: "the stack's floor (bench/stack-floor; reported, not budgeted)",
    site: 'stackFloor',
    signedIn: false,
  },
];

/** What the bench keeps of one Lighthouse run: the five numbers and the run's context. */
export interface LighthouseRun {
  /** Performance score, 0-100, as Lighthouse shows it (rounded). */
  performance: number;
  /** Accessibility score, 0-100, as Lighthouse shows it (rounded). */
  accessibility: number;
  /** Total Blocking Time, ms (simulated on the preset's phone). */
  totalBlockingTime: number;
  /** Largest Contentful Paint, ms (simulated on the preset's phone). */
  largestContentfulPaint: number;
  cumulativeLayoutShift: number;
  /** Lighthouse's measure of this machine's speed at the time of the run (higher is faster). */
  benchmarkIndex: number | null;
}

/** The metrics of a run, by name, as budgets name them (`lighthouse:<page>.<metric>`). */
export const lighthouseMetrics = {
  performance: { label: 'performance', unit: 'score' },
  totalBlockingTime: { label: 'Total Blocking Time', unit: 'ms' },
  largestContentfulPaint: { label: 'Largest Contentful Paint', unit: 'ms' },
  cumulativeLayoutShift: { label: 'Cumulative Layout Shift', unit: 'shift' },
  accessibility: { label: 'accessibility', unit: 'score' },
} as const;

/** The parts of Lighthouse's result (LHR) read here. */
export interface LighthouseReport {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
  environment?: { benchmarkIndex?: number };
}

function score(report: LighthouseReport, category: string): number {
  const value = report.categories[category]?.score;
  if (value === null || value === undefined) {
    throw new Error(`Lighthouse gave no ${category} score`);
  }
  return Math.round(value * 100);
}

function numeric(report: LighthouseReport, audit: string): number {
  const value = report.audits[audit]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse's report has no value for ${audit}`);
  return value;
}

/** The bench's numbers from one Lighthouse report. */
export function summariseReport(report: LighthouseReport): LighthouseRun {
  return {
    performance: score(report, 'performance'),
    accessibility: score(report, 'accessibility'),
    totalBlockingTime: Math.round(numeric(report, 'total-blocking-time')),
    largestContentfulPaint: Math.round(numeric(report, 'largest-contentful-paint')),
    cumulativeLayoutShift: numeric(report, 'cumulative-layout-shift'),
    benchmarkIndex: report.environment?.benchmarkIndex ?? null,
  };
}

/**
 * The run with the median performance score, reported whole (its TBT, LCP, CLS and
 * accessibility with it, so the numbers shown come from one page load). With an even number
 * of runs, the lower of the two middle ones. Runs with equal scores keep their order.
 */
export function medianRun<Run extends { performance: number }>(runs: readonly Run[]): Run {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (median === undefined) throw new Error('No Lighthouse run to take the median of');
  return median;
}

/** The Lighthouse stage's results, as far as budgets read them. */
export interface LighthouseResults {
  pages: Record<string, { median: LighthouseRun } | undefined>;
}

/**
 * The value a budget's metric `lighthouse:<page>.<metric>` names (`path` is what follows the
 * colon): the page's median run's metric, or undefined when the page was not measured.
 */
export function lighthouseValue(
  lighthouse: LighthouseResults | undefined,
  path: string,
): number | undefined {
  const [page = '', metric = ''] = path.split('.');
  if (!(metric in lighthouseMetrics)) {
    throw new Error(`No Lighthouse metric ${metric} (lighthouse:${path}, bench/budgets.json)`);
  }
  return lighthouse?.pages[page]?.median[metric as keyof typeof lighthouseMetrics];
}

/** A budget's limit: `min` (at least), `max` (at most) or `below` (strictly less than). */
export interface BudgetLimit {
  min?: number;
  max?: number;
  below?: number;
}

/** Whether `value` keeps within the budget's limit. */
export function limitHolds(budget: BudgetLimit, value: number): boolean {
  if (budget.min !== undefined) return value >= budget.min;
  if (budget.max !== undefined) return value <= budget.max;
  if (budget.below !== undefined) return value < budget.below;
  throw new Error('A budget needs a limit: min, max or below');
}

/** The limit as a sign and a number: `≥ 90`, `≤ 200`, `< 50`. */
export function describeLimit(budget: BudgetLimit): { sign: string; limit: number } {
  if (budget.min !== undefined) return { sign: '≥', limit: budget.min };
  if (budget.max !== undefined) return { sign: '≤', limit: budget.max };
  if (budget.below !== undefined) return { sign: '<', limit: budget.below };
  throw new Error('A budget needs a limit: min, max or below');
}
