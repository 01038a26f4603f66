import { expect, test } from './fixtures';
import { signInAs } from './demo-session';

test('a viewer signs in, reads the overview, opens a city and its chart as a table', async ({
  page,
}) => {
  const citiesResponse = page.waitForResponse((response) => response.url().endsWith('/api/cities'));
  await signInAs(page, 'Sam Taylor');

  // The demo answers from the mock service worker, not from the preview server's HTML fallback.
  const response = await citiesResponse;
  expect(response.fromServiceWorker()).toBe(true);
  expect(response.headers()['content-type']).toContain('application/json');

  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const roleChart = page.getByRole('region', { name: 'Average score per role, by round' });
  await expect(roleChart.locator('.recharts-line')).toHaveCount(4);
  // The keyboard's tooltip lists the roles in the legend's order (the charter's), not by name.
  await roleChart.locator('svg.recharts-surface[tabindex="0"]').focus();
  await page.keyboard.press('ArrowRight');
  const legend = await roleChart.locator('.series-legend li').allTextContents();
  expect(legend).toHaveLength(4);
  await expect(roleChart.locator('.recharts-tooltip-item-name')).toHaveText(legend);
  await expect(page.getByText(/illustrative sample data/)).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Cities' })
    .click();
  await page.getByRole('link', { name: 'Ghent' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ghent' })).toBeVisible();

  const cityChart = page.getByRole('region', { name: /Scores per role, Ghent, \d{4}/ });
  // Four roles, each with this round, the previous round and the average of all cities.
  await expect(cityChart.locator('.recharts-bar-rectangle')).toHaveCount(12);
  const summary = await cityChart.locator('.chart-frame__summary').textContent();
  const overall = /scored (\d+) of 100 overall/.exec(summary ?? '')?.[1];
  expect(overall).toBeDefined();

  await cityChart.getByRole('button', { name: 'Show as table' }).click();
  const table = cityChart.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(6);
  await expect(
    table
      .getByRole('row', { name: /Overall/ })
      .getByRole('cell')
      .first(),
  ).toHaveText(overall ?? '');
  await expect(page.getByRole('region', { name: 'Commitments and evidence' })).toContainText('PM1');
});

test('the session and the demo data survive a reload; reset restores the sample data', async ({
  page,
}) => {
  await signInAs(page, 'Claire Dubois', '/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Signed in as Claire Dubois');

  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await page.getByRole('button', { name: 'Yes, reset demo data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'restored' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Signed in as Claire Dubois');
});

test('the skip link and navigation work from the keyboard', async ({ page }) => {
  await signInAs(page, 'Sam Taylor');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Compare' })
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Compare cities' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Cities to compare' }).focus();
  await page.keyboard.type('Oslo');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/cities=oslo/);
});
