/**
 * A chart is drawn when its area comes near the screen (ChartFrame, use-near-viewport), so a
 * check of every chart on a page scrolls to each first, as a reader would.
 */
import type { Locator } from '@playwright/test';
import { expect } from './fixtures';

/** Scrolls to each of `charts` (chart frames) in turn and waits until its chart is drawn. */
export async function expectChartsDrawn(charts: Locator) {
  for (const chart of await charts.all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.chart-frame__chart svg').first()).toBeVisible();
  }
}
