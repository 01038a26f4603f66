/**
 * The overview on a phone (issue 17): its charts are below the key figures, so each is drawn
 * only when the reader scrolls to it; printed before that, a chart prints its numbers.
 */
import { expect, test } from './fixtures';

test.use({ viewport: { width: 412, height: 823 } });

test('on a phone the overview draws a chart when the reader scrolls to it, and prints the numbers of one not drawn', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByText('Signatory cities in Charter Monitor')).toBeVisible();
  const map = page.getByRole('region', { name: /^Signatory cities by overall score, / });
  const roleAverages = page.getByRole('region', { name: 'Average score per role, by round' });
  await expect(map.getByRole('heading', { level: 2 })).toHaveCount(1);
  await expect(roleAverages.locator('.chart-frame__not-drawn')).toHaveCount(1);
  await expect(map.locator('.chart-frame__not-drawn')).toHaveCount(1);
  await expect(map.locator('svg')).toHaveCount(0);

  // Printed now, the map prints its table: the printout can't wait for it to be drawn.
  await page.emulateMedia({ media: 'print' });
  const printedTable = map.getByRole('table', { name: /^Signatory cities by overall score, / });
  await expect(printedTable).toBeVisible();
  await expect(printedTable.getByRole('row', { name: /Ghent/ })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(printedTable).toBeHidden();

  await map.scrollIntoViewIfNeeded();
  await expect(map.locator('.chart-frame__chart svg').first()).toBeVisible();
  await expect(map.locator('.chart-frame__not-drawn')).toHaveCount(0);
  // Every city is a point that names itself and its score, or says it has none.
  const points = map.locator('.chart-frame__chart svg title');
  await expect(points).toHaveCount(30);
  await expect(points.filter({ hasText: /^Ghent: (\d+|No score)$/ })).toHaveCount(1);
  await expect(points.filter({ hasText: /^[^:]+: \d+$/ })).toHaveCount(12);
  await expect(points.filter({ hasText: /: No score$/ })).toHaveCount(18);
  // A chart scrolled past on the way is drawn too; none is drawn twice.
  await expect(roleAverages.locator('.chart-frame__not-drawn')).toHaveCount(0);
});
