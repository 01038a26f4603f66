import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoViolations } from './axe';
import { signInAs } from './demo-session';

function chosenCities(page: Page) {
  return page.getByRole('list', { name: 'Chosen cities' }).getByRole('listitem');
}

test('a coordinator compares three cities, switches views and shares the link', async ({
  page,
  context,
}) => {
  await signInAs(page, 'Claire Dubois', '/compare');
  await expect(page.getByRole('heading', { level: 1, name: 'Compare cities' })).toBeVisible();

  const combobox = page.getByRole('combobox', { name: 'Cities to compare' });
  for (const [typed, city] of [
    ['ghe', 'Ghent'],
    ['osl', 'Oslo'],
    ['berl', 'Berlin'],
  ] as const) {
    await combobox.fill(typed);
    await expect(page.getByRole('option', { name: new RegExp(`^${city}`) })).toBeVisible();
    await combobox.press('Enter');
    await expect(chosenCities(page).filter({ hasText: city })).toBeVisible();
  }
  await combobox.press('Escape');
  await expect(chosenCities(page)).toHaveText(['Ghent×', 'Oslo×', 'Berlin×']);
  await expect(page.getByRole('region', { name: 'Role profile, 2022' })).toBeVisible();

  await page.getByLabel('Reporting round').selectOption('2020');
  await page.getByRole('tab', { name: 'Ranking' }).click();
  await expect(page.getByRole('region', { name: 'Ranking: Overall score, 2020' })).toBeVisible();
  await page.getByRole('tab', { name: 'Heatmap' }).click();
  const heatmap = page.getByRole('region', { name: 'Ratings per commitment, 2020' });
  await expect(heatmap.getByRole('application')).toBeVisible();

  // The link reopens the same comparison in another tab.
  const link = page.url();
  expect(Object.fromEntries(new URL(link).searchParams)).toEqual({
    round: '2020',
    cities: 'ghent,oslo,berlin',
    view: 'heatmap',
  });
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('tab', { name: 'Heatmap', selected: true })).toBeVisible();
  await expect(other.getByLabel('Reporting round')).toHaveValue('2020');
  await expect(chosenCities(other)).toHaveText(['Ghent×', 'Oslo×', 'Berlin×']);
  await expect(
    other.getByRole('region', { name: 'Ratings per commitment, 2020' }).getByRole('application'),
  ).toBeVisible();
  await other.close();

  // Back and forward step through the views.
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Ranking', selected: true })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Role profile', selected: true })).toBeVisible();
  await expect(page.getByLabel('Reporting round')).toHaveValue('2020');
  await page.goForward();
  await expect(page.getByRole('tab', { name: 'Ranking', selected: true })).toBeVisible();
});

const views = [
  { view: 'profile', tab: 'Role profile', charts: 1 },
  { view: 'bars', tab: 'Bars per role', charts: 1 },
  { view: 'heatmap', tab: 'Heatmap', charts: 1 },
  { view: 'ranking', tab: 'Ranking', charts: 1 },
  { view: 'change', tab: 'Change', charts: 1 },
];

for (const { view, tab, charts } of views) {
  test(`the ${tab} view: keyboard tooltip, table alternative, no WCAG 2.1 AA violations`, async ({
    page,
  }) => {
    await signInAs(page, 'Claire Dubois', `/compare?cities=ghent,oslo,toronto,warsaw&view=${view}`);
    await expect(page.getByRole('tab', { name: tab, selected: true })).toBeVisible();
    const frames = page.locator('.chart-frame');
    await expect(frames).toHaveCount(charts);
    const chart = frames.first().getByRole('application');
    await expect(chart).toBeVisible();

    // The chart is a figure one can focus and read value by value.
    await expect(frames.first().getByRole('figure')).toBeVisible();
    await chart.focus();
    await page.keyboard.press('ArrowRight');
    await expect(
      frames.first().locator('.recharts-tooltip-wrapper, .rating-heatmap__tooltip').first(),
    ).toBeVisible();
    await expectNoViolations(page);

    await frames.first().getByRole('button', { name: 'Show as table' }).click();
    const table = frames.first().getByRole('table');
    await expect(table.getByRole('row', { name: /Warsaw/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Show as chart' })).toBeVisible();
    await expectNoViolations(page);
  });
}

test('on a phone, the heatmap scrolls sideways to the cell the keyboard moves to', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signInAs(
    page,
    'Claire Dubois',
    '/compare?cities=ghent,helsinki,barcelona,lisbon,oslo&view=heatmap',
  );
  const frame = page.locator('.rating-heatmap__frame');
  const chart = frame.getByRole('application');
  await chart.focus();
  for (let step = 0; step < 10; step += 1) await page.keyboard.press('ArrowRight');
  await expect(page.locator('.rating-heatmap__tooltip')).toContainText('BU3');
  // The outlined cell lies within the frame's visible part.
  const outline = chart.locator('rect[stroke-width="3"]');
  await expect(async () => {
    const frameBox = await frame.boundingBox();
    const cellBox = await outline.boundingBox();
    expect(frameBox && cellBox).toBeTruthy();
    if (!frameBox || !cellBox) return;
    expect(cellBox.x).toBeGreaterThanOrEqual(frameBox.x - 1);
    expect(cellBox.x + cellBox.width).toBeLessThanOrEqual(frameBox.x + frameBox.width + 1);
  }).toPass();
  expect(await frame.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});

test('the heatmap of all 2,000 synthetic signatories: the spread of the whole group, then pages of 25', async ({
  page,
}) => {
  await signInAs(page, 'Claire Dubois', '/compare?dataset=synthetic&group=all&view=heatmap');
  await expect(page.getByText(/2,000 cities are too many for one heatmap/)).toBeVisible();
  const spread = page.getByRole('region', { name: /^Ratings across the group, \d{4}$/ });
  await expect(spread.getByRole('application')).toBeVisible();
  const heatmap = page.getByRole('region', { name: /^Ratings per commitment, \d{4}$/ });
  await expect(heatmap.locator('.rating-heatmap__row-label')).toHaveCount(25);
  const pages = page.getByRole('navigation', { name: 'Pages of cities' });
  await expect(pages.getByRole('status')).toHaveText('Cities 1–25 of 2,000');
  await pages.getByLabel('Page').selectOption('80');
  await expect(pages.getByRole('status')).toHaveText('Cities 1,976–2,000 of 2,000');
  expect(new URL(page.url()).searchParams.get('page')).toBe('80');
  await heatmap.getByRole('button', { name: 'Show as table' }).click();
  await expect(heatmap.getByRole('row')).toHaveCount(26);
  await expectNoViolations(page);
});
