/**
 * Reading without signing in (issue 16): a visitor sees the published results, a shared link
 * opens the same view for them as for a coordinator, and work in progress stays invisible.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoViolations } from './axe';
import { signInAs } from './demo-session';
import { bytesOf, download } from './download';
import { expectNoSidewaysScroll } from './layout-checks';

/** Each chart's title and summary sentence, in page order: what a reader is told. */
async function chartsOf(page: Page) {
  const frames = page.locator('.chart-frame');
  await expect(frames.first()).toBeVisible();
  return frames.evaluateAll((elements) =>
    elements.map((element) => ({
      title: element.querySelector('h2')?.textContent,
      summary: element.querySelector('.chart-frame__summary')?.textContent,
    })),
  );
}

test('a visitor opens a shared compare link and sees the same charts as a coordinator', async ({
  browser,
}) => {
  const link = '/compare?round=2022&cities=ghent,oslo,berlin&view=heatmap';
  const coordinatorDevice = await browser.newContext();
  const visitorDevice = await browser.newContext();
  try {
    const coordinator = await coordinatorDevice.newPage();
    await signInAs(coordinator, 'Claire Dubois', link);
    await expect(coordinator.getByRole('tab', { name: 'Heatmap', selected: true })).toBeVisible();
    const coordinatorCharts = await chartsOf(coordinator);

    const visitor = await visitorDevice.newPage();
    await visitor.goto(link);
    await expect(visitor.getByRole('tab', { name: 'Heatmap', selected: true })).toBeVisible();
    await expect(visitor.getByLabel('Reporting round')).toHaveValue('2022');
    await expect(
      visitor.getByRole('list', { name: 'Chosen cities' }).getByRole('listitem'),
    ).toHaveText(['Ghent×', 'Oslo×', 'Berlin×']);
    expect(await chartsOf(visitor)).toEqual(coordinatorCharts);
    expect(coordinatorCharts.map(({ title }) => title)).toEqual(['Ratings per commitment, 2022']);
    await expect(visitor).toHaveTitle('Compare cities · 2022 round · Charter Monitor');
    await expect(visitor.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expectNoViolations(visitor);
  } finally {
    await coordinatorDevice.close();
    await visitorDevice.close();
  }
});

test('a visitor never sees work in progress, and signs in to do more', async ({ page }) => {
  // Ghent's 2026 assessment is a draft in the sample set; its 2022 one is approved.
  await page.goto('/cities/ghent');
  await expect(page.getByRole('heading', { level: 1, name: 'Ghent' })).toBeVisible();
  const round = page.getByLabel('Reporting round');
  await expect(round).toHaveValue('2022');
  await expect(round.locator('option')).not.toContainText(['2026']);
  const statusLine = page.getByText(/^Approved ·/);
  await expect(statusLine).toContainText('last changed');
  await expect(statusLine).not.toContainText(' by ');

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByText('Waiting for review in 2026')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Where the 2026 round stands' })).toHaveCount(0);
  const navigation = page.getByRole('navigation', { name: 'Main' });
  await expect(navigation.getByRole('link', { name: 'Review queue' })).toHaveCount(0);
  await expect(navigation.getByRole('link', { name: 'Settings' })).toHaveCount(0);

  // The editor is for signed-in people: sign in, then back to it.
  await page.goto('/assessments/ghent-2026');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByRole('radio', { name: /Lotte Peeters/ }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ghent self-assessment, 2026' }),
  ).toBeVisible();
});

for (const width of [320, 1280]) {
  test(`a visitor's pages have no WCAG 2.1 AA violations and no sideways scroll at ${String(width)} px`, async ({
    page,
  }) => {
    test.slow();
    await page.setViewportSize({ width, height: 800 });
    for (const [path, heading] of [
      ['/', 'Overview'],
      ['/cities', 'Signatory cities'],
      ['/cities/oslo', 'Oslo'],
      ['/cities/oslo/report', /^Oslo: Integrating Cities Charter self-assessment/],
      ['/trends', 'Key trends'],
      ['/sign-in', 'Sign in'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.locator('.loading-state')).toHaveCount(0);
      await expectNoSidewaysScroll(page, `${path} at ${String(width)} px`);
      await expectNoViolations(page);
    }
  });
}

test('a tab reading as a visitor follows a sign-in and a sign-out in another tab', async ({
  context,
  page,
}) => {
  await page.goto('/cities');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();

  const other = await context.newPage();
  await signInAs(other, 'Claire Dubois', '/review');
  await expect(page.getByRole('banner')).toContainText('Signed in as Claire Dubois');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review queue' }),
  ).toBeVisible();

  // Signed out there: this public page stays, read again as a visitor's.
  await other.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('banner')).not.toContainText('Claire');
  await expect(page).toHaveURL(/\/cities$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Signatory cities' })).toBeVisible();
});

test('a visitor exports a figure and its numbers', async ({ page }) => {
  await page.goto('/compare?round=2022&cities=ghent,oslo,berlin&view=bars');
  const frame = page.getByRole('region', { name: 'Scores per role, compared, 2022' });
  await expect(frame.getByRole('img').or(frame.getByRole('figure'))).toBeVisible();
  const png = await download(page, frame, 'PNG image (2× screen size)');
  expect(png.suggestedFilename()).toBe(
    'charter-monitor_compare_role-bars_2022_ghent-oslo-berlin.png',
  );
  expect((await bytesOf(png)).subarray(1, 4).toString('latin1')).toBe('PNG');
  const csv = await download(page, frame, 'Data as CSV');
  const text = (await bytesOf(csv)).toString('utf8');
  expect(text).toContain('Ghent');
  expect(text).toContain('Berlin');
});
