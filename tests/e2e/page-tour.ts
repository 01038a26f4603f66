/**
 * The pages a tour in another language visits: every public page and compare view, and the
 * pages only signed-in people see, with a wait for each to finish loading in that language.
 */
import type { Page } from '@playwright/test';
import type { TFunction } from 'i18next';
import { expect } from './fixtures';

/** What a visitor can open, with three cities compared in each view. */
export const visitorPaths = [
  '/',
  '/cities',
  '/cities/ghent',
  '/cities/ghent/report',
  '/compare?cities=ghent,oslo,berlin',
  '/compare?cities=ghent,oslo,berlin&view=heatmap',
  '/compare?cities=ghent,oslo,berlin&view=ranking',
  '/compare?cities=ghent,oslo,berlin&view=change',
  '/trends',
  '/sign-in',
  '/no-such-page',
];

/**
 * The page's heading (or an embed's chart title) is shown, nothing is loading, and each chart,
 * scrolled to, is drawn.
 */
export async function settle(page: Page, t: TFunction) {
  await expect(page.locator('h1:visible, main.embed h2:visible').first()).toBeVisible();
  await expect(page.getByText(t('app.loading'))).toHaveCount(0);
  await expect(page.getByText(t('chart.loading'))).toHaveCount(0);
  for (const chart of await page.locator('.chart-frame:visible').all()) {
    // A chart is drawn when it comes near the screen (ChartFrame).
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.chart-frame__chart svg, table').first()).toBeVisible();
  }
}
