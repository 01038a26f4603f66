/**
 * The bench's Lighthouse stage, its pure part (scripts/bench/lighthouse-summary.ts): the
 * numbers kept from a report, the run reported out of three, and the budgets of issue 17 as
 * bench/budgets.json sets them, read against made-up results.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  limitHolds,
  lighthouseValue,
  medianRun,
  summariseReport,
  type BudgetLimit,
  type LighthouseResults,
  type LighthouseRun,
} from '../../scripts/bench/lighthouse-summary.ts';

function run(performance: number, totalBlockingTime: number): LighthouseRun {
  return {
    performance,
    accessibility: 100,
    totalBlockingTime,
    largestContentfulPaint: 4000,
    cumulativeLayoutShift: 0,
    benchmarkIndex: null,
  };
}

describe("a Lighthouse report's numbers", () => {
  it('keeps the scores out of 100 and the metrics in whole ms, as Lighthouse shows them', () => {
    const report = {
      categories: { performance: { score: 0.735 }, accessibility: { score: 0.96 } },
      audits: {
        'total-blocking-time': { numericValue: 343.6 },
        'largest-contentful-paint': { numericValue: 4012.4 },
        'cumulative-layout-shift': { numericValue: 0.0012 },
      },
      environment: { benchmarkIndex: 1512.5 },
    };
    expect(summariseReport(report)).toEqual({
      performance: 74,
      accessibility: 96,
      totalBlockingTime: 344,
      largestContentfulPaint: 4012,
      cumulativeLayoutShift: 0.0012,
      benchmarkIndex: 1512.5,
    });
  });

  it('fails when Lighthouse could not score a category, rather than reporting 0', () => {
    const report = {
      categories: { performance: { score: null }, accessibility: { score: 1 } },
      audits: {},
    };
    expect(() => summariseReport(report)).toThrow('Lighthouse gave no performance score');
  });
});

describe('the run reported', () => {
  it('is the one with the median performance score, with its own other numbers', () => {
    // Scores 74, 50, 91: sorted 50, 74, 91, the middle one is 74 (its TBT 344 ms).
    expect(medianRun([run(74, 344), run(50, 2000), run(91, 120)])).toEqual(run(74, 344));
  });

  it('of an even number of runs, is the lower of the two middle ones', () => {
    // Sorted 60, 70, 80, 90: the middle two are 70 and 80.
    expect(medianRun([run(90, 1), run(60, 2), run(80, 3), run(70, 4)])).toEqual(run(70, 4));
  });

  it('among equal scores, is the first run measured', () => {
    // Sorted 50, 80 (first), 80 (second): the middle one is the first 80.
    expect(medianRun([run(80, 300), run(50, 900), run(80, 250)])).toEqual(run(80, 300));
  });
});

describe("issue 17's Lighthouse budgets (bench/budgets.json)", () => {
  interface Budget extends BudgetLimit {
    name: string;
    metric: string;
    kind: string;
  }
  const budgetsFile = join(import.meta.dirname, '..', '..', 'bench', 'budgets.json');
  const budgets = (JSON.parse(readFileSync(budgetsFile, 'utf8')) as { budgets: Budget[] }).budgets;
  const lighthouseBudgets = budgets.filter((budget) => budget.kind === 'lighthouse');

  /** Which budgets fail on these results: undefined when the page was not measured. */
  function verdicts(results: LighthouseResults) {
    return Object.fromEntries(
      lighthouseBudgets.map((budget) => {
        const value = lighthouseValue(results, budget.metric.replace(/^lighthouse:/, ''));
        return [budget.name, value === undefined ? undefined : limitHolds(budget, value)];
      }),
    );
  }

  it('hold at their limits exactly: performance 90, TBT 200 ms, CLS 0, accessibility 100', () => {
    const atLimits = { ...run(90, 200), cumulativeLayoutShift: 0, accessibility: 100 };
    const results = {
      pages: {
        'overview-sample': { median: atLimits },
        'overview-synthetic': { median: atLimits },
        'visitor-first-page': { median: atLimits },
      },
    };
    expect(Object.values(verdicts(results))).toEqual(Array(12).fill(true));
  });

  it('fail one step past them, and are not checked on a page that was not measured', () => {
    const results = {
      pages: {
        // The measurement of today: 74, TBT 344 ms.
        'overview-sample': { median: run(74, 344) },
        // Each one step past its limit.
        'overview-synthetic': {
          median: { ...run(89, 201), cumulativeLayoutShift: 0.001, accessibility: 99 },
        },
      },
    };
    expect(verdicts(results)).toEqual({
      'lighthouse-overview-sample-performance': false,
      'lighthouse-overview-sample-tbt': false,
      'lighthouse-overview-sample-cls': true,
      'lighthouse-overview-sample-accessibility': true,
      'lighthouse-overview-synthetic-performance': false,
      'lighthouse-overview-synthetic-tbt': false,
      'lighthouse-overview-synthetic-cls': false,
      'lighthouse-overview-synthetic-accessibility': false,
      'lighthouse-visitor-first-page-performance': undefined,
      'lighthouse-visitor-first-page-tbt': undefined,
      'lighthouse-visitor-first-page-cls': undefined,
      'lighthouse-visitor-first-page-accessibility': undefined,
    });
  });

  it('name metrics Lighthouse reports, so that a typo fails instead of never being checked', () => {
    expect(() => lighthouseValue({ pages: {} }, 'overview-sample.speedIndex')).toThrow(
      'No Lighthouse metric speedIndex',
    );
  });
});
