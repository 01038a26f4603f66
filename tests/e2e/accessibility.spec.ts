import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signInAs } from './demo-session';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

test('sign-in has no WCAG 2.1 AA violations', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('radio').first()).toBeVisible();
  await expectNoViolations(page);
});

const signedInRoutes = [
  { path: '/', heading: 'Overview', charts: 2 },
  { path: '/cities', heading: 'Signatory cities', charts: 0 },
  { path: '/cities/ghent', heading: 'Ghent', charts: 1 },
  { path: '/compare?cities=ghent,oslo,berlin', heading: 'Compare cities', charts: 1 },
  { path: '/trends', heading: 'Key trends', charts: 1 },
  { path: '/review', heading: 'Review queue', charts: 0 },
  { path: '/settings', heading: 'Settings', charts: 0 },
  { path: '/no-such-page', heading: 'Page not found', charts: 0 },
];

for (const route of signedInRoutes) {
  test(`${route.path} has no WCAG 2.1 AA violations, as chart and as table`, async ({ page }) => {
    await signInAs(page, 'Claire Dubois', route.path);
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
    const charts = page.locator('.chart-frame');
    await expect(charts).toHaveCount(route.charts);
    for (const chart of await charts.all()) {
      await expect(chart.locator('.recharts-wrapper svg').first()).toBeVisible();
    }
    await expectNoViolations(page);

    if (route.charts > 0) {
      const showTable = page.getByRole('button', { name: 'Show as table' });
      for (let shown = 0; shown < route.charts; shown += 1) {
        // Each click relabels its button "Show as chart", so the next is always the first.
        await showTable.first().click();
      }
      await expect(showTable).toHaveCount(0);
      await expect(charts.getByRole('table')).toHaveCount(route.charts);
      await expectNoViolations(page);
    }
  });
}
