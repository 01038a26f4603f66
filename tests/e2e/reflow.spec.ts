/**
 * WCAG 1.4.10 reflow: at 320 CSS pixels wide (and on a laptop), no page scrolls sideways and
 * axe finds nothing, with charts drawn and as tables, in every compare view, and with a
 * 2,000-character unbroken string saved as evidence and shown wherever the assessment is read.
 * Only a table or chart frame that is itself keyboard-focusable may scroll inside itself.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  allSaved,
  evidenceField,
  openConflict,
  openGhentEditor,
  ratingGroup,
  saveStatus,
} from './assessment-editor';
import { expectNoViolations } from './axe';
import { expectChartsDrawn } from './charts-drawn';
import { signInAs, signOut } from './demo-session';
import { expectNoSidewaysScroll } from './layout-checks';

const viewports = [
  { name: 'narrow', width: 320, height: 640 },
  { name: 'wide', width: 1280, height: 900 },
] as const;

/** What a paste of a tracking link looks like: no space anywhere to break at. */
const longUrl = `https://example.org/ghent/2026/${'welcome-desk-evidence-'.repeat(90)}`.slice(
  0,
  2000,
);
const longComment = `Please-check-${'x'.repeat(1980)}`;

/** The page does not scroll sideways, and axe finds nothing. */
async function expectReflows(page: Page, state: string) {
  await expectNoSidewaysScroll(page, state);
  await test.step(`${state}: axe`, async () => {
    await expectNoViolations(page);
  });
}

/** Waits for every chart on the page to be drawn. */
async function expectPageChartsDrawn(page: Page, count: number) {
  const charts = page.locator('.chart-frame');
  await expect(charts).toHaveCount(count);
  await expectChartsDrawn(charts);
}

/** Presses every "Show as table"; each press relabels its button, so the next is the first. */
async function showEveryTable(page: Page) {
  const showTable = page.getByRole('button', { name: 'Show as table' });
  const count = await showTable.count();
  for (let shown = 0; shown < count; shown += 1) await showTable.first().click();
  await expect(showTable).toHaveCount(0);
  await expect(page.locator('.chart-frame').getByRole('table')).toHaveCount(count);
}

/** The page as charts, checked, then as tables, checked. */
async function expectReflowsAsChartsAndTables(page: Page, state: string, charts: number) {
  await expectPageChartsDrawn(page, charts);
  await expectReflows(page, `${state}, as charts`);
  if (charts === 0) return;
  await showEveryTable(page);
  await expectReflows(page, `${state}, as tables`);
}

/**
 * In Lotte's open editor: the long string as EM2's evidence and link and as a key trend's
 * example, and every item rated, so the assessment can be submitted; waits for the save.
 */
async function saveLongAnswers(page: Page) {
  await ratingGroup(page, 'EM2').getByRole('radio', { name: 'Fully', exact: true }).check();
  await evidenceField(page, 'EM2').fill(longUrl);
  const addLink = page.getByRole('textbox', { name: 'Add an evidence link for EM2' });
  await addLink.fill(longUrl);
  await addLink.press('Enter');
  await expect(page.getByRole('list', { name: 'Evidence links for EM2' })).toContainText(longUrl);
  await page.getByRole('textbox', { name: 'Example for key trend 1' }).fill(longUrl.slice(0, 500));
  for (const id of ['EM3', 'BU1', 'BU2', 'BU3']) {
    await ratingGroup(page, id).getByRole('radio', { name: 'Fully', exact: true }).check();
  }
  await expect(saveStatus(page)).toHaveText(allSaved);
}

for (const viewport of viewports) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });
    // Each test scans several states with axe, a few seconds each on a shared machine.
    test.describe.configure({ timeout: 240_000 });

    test('sign-in, settings and not-found reflow', async ({ page }) => {
      await page.goto('/sign-in');
      await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
      await expectReflows(page, 'sign-in');

      await page.getByRole('radio', { name: /Claire Dubois/ }).check();
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('banner')).toContainText('Signed in as Claire Dubois');

      await page.goto('/settings');
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      await expectReflows(page, 'settings');

      await page.goto('/no-such-page');
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await expectReflows(page, 'not found');
    });

    test('overview and cities reflow', async ({ page }) => {
      await signInAs(page, 'Claire Dubois', '/');
      await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
      await expectReflowsAsChartsAndTables(page, 'overview', 4);

      await page.goto('/cities');
      await expect(page.getByRole('heading', { level: 1, name: 'Signatory cities' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Ghent' })).toBeVisible();
      await expectReflows(page, 'cities');
    });

    test('a city profile and its report reflow', async ({ page }) => {
      await signInAs(page, 'Claire Dubois', '/cities/ghent');
      await expect(page.getByRole('heading', { level: 1, name: 'Ghent' })).toBeVisible();
      await expectReflowsAsChartsAndTables(page, 'city profile', 2);

      await page.goto('/cities/ghent/report?round=2022');
      await expect(
        page.getByRole('heading', {
          level: 1,
          name: 'Ghent: Integrating Cities Charter self-assessment, 2022',
        }),
      ).toBeVisible();
      await expectReflowsAsChartsAndTables(page, 'city report', 2);
    });

    test('trends reflow, and the adoption chart draws its bars', async ({ page }) => {
      await signInAs(page, 'Claire Dubois', '/trends');
      await expect(page.getByRole('heading', { level: 1, name: 'Key trends' })).toBeVisible();
      await expectPageChartsDrawn(page, 2);
      const bars = page.locator('.chart-frame__chart .recharts-bar-rectangle path');
      await expect(bars.first()).toBeVisible();
      for (const bar of (await bars.all()).slice(0, 5)) {
        const box = await bar.boundingBox();
        expect(box?.width ?? 0).toBeGreaterThan(2);
      }
      await expectReflowsAsChartsAndTables(page, 'trends', 2);
    });

    // The five views in two tests, so they run side by side.
    for (const views of [
      ['Role profile', 'Bars per role', 'Heatmap'],
      ['Ranking', 'Change'],
    ]) {
      test(`compare reflows in ${views.join(', ')}, as chart and as table`, async ({ page }) => {
        const cities = 'ghent,oslo,berlin,barcelona,amsterdam,munich,helsinki,lisbon';
        await signInAs(page, 'Claire Dubois', `/compare?cities=${cities}`);
        await expect(page.getByRole('heading', { level: 1, name: 'Compare cities' })).toBeVisible();
        for (const name of views) {
          const tab = page.getByRole('tab', { name, exact: true });
          await tab.click();
          await expect(tab).toHaveAttribute('aria-selected', 'true');
          await expectReflowsAsChartsAndTables(page, `compare, ${name}`, 1);
        }
      });
    }

    test('review queue and a review page reflow', async ({ page }) => {
      await signInAs(page, 'Claire Dubois', '/review');
      await expect(
        page.getByRole('table', { name: 'Assessments submitted for review' }),
      ).toBeVisible();
      await expectReflows(page, 'review queue');

      await page.getByRole('link', { name: 'Review Barcelona' }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Barcelona self-assessment, 2026' }),
      ).toBeVisible();
      await expect(page.getByRole('region', { name: 'Your decision' })).toBeVisible();
      await expectReflows(page, 'review of Barcelona');
    });

    test('the conflict view and the sign-out question reflow, with long text on both sides', async ({
      context,
    }) => {
      const { second, conflict } = await openConflict(context, {
        first: `${longUrl.slice(0, 1500)}-saved-first`,
        second: `${longUrl.slice(0, 1500)}-typed-second`,
      });
      await expect(conflict.getByRole('group', { name: 'PM2 evidence' })).toBeVisible();
      await expectReflows(second, 'conflict view');
      await conflict.getByRole('button', { name: 'Save the chosen version' }).click();
      await expect(conflict.getByRole('alert')).toBeVisible();
      await expectReflows(second, 'conflict view asking for a choice');

      // Unsaved (the question is open): signing out asks before deleting it.
      const menu = second.getByRole('button', { name: 'Menu' });
      if (await menu.isVisible()) await menu.click();
      await second.getByRole('button', { name: 'Sign out' }).click();
      await expect(
        second.getByRole('alertdialog', { name: 'Some of your changes are not saved' }),
      ).toBeVisible();
      await expectReflows(second, 'sign-out question');
    });

    test('2,000 unbroken characters wrap in the editor, the profile and the report', async ({
      page,
    }) => {
      await openGhentEditor(page);
      await expectReflows(page, 'editor');
      await saveLongAnswers(page);
      await expectReflows(page, 'editor with long evidence');

      await page.goto('/cities/ghent?round=2026');
      await expect(page.getByRole('heading', { level: 1, name: 'Ghent' })).toBeVisible();
      await expect(page.getByText(longUrl).first()).toBeVisible();
      await expectReflowsAsChartsAndTables(page, 'city profile with long evidence', 2);

      await page.goto('/cities/ghent/report?round=2026');
      await expect(page.getByText(longUrl).first()).toBeVisible();
      await expectReflowsAsChartsAndTables(page, 'city report with long evidence', 2);
    });

    test('2,000 unbroken characters wrap in review, and in a long review comment', async ({
      page,
    }) => {
      await openGhentEditor(page);
      await saveLongAnswers(page);
      await page.getByRole('button', { name: 'Submit for review' }).click();
      await expect(page.getByText(/^Submitted for review by Lotte Peeters on .+\./)).toBeVisible();
      await expectReflows(page, 'submitted assessment with long evidence');

      await signOut(page);
      await signInAs(page, 'Claire Dubois', '/assessments/ghent-2026');
      const decision = page.getByRole('region', { name: 'Your decision' });
      await expect(decision).toBeVisible();
      await expect(page.getByText(longUrl).first()).toBeVisible();
      await expectReflows(page, 'review with long evidence');

      await decision.getByRole('textbox', { name: 'Comment for the city' }).fill(longComment);
      await decision.getByRole('button', { name: 'Return to the city' }).click();
      await expect(page.getByText('Returned to the city', { exact: true })).toBeVisible();
      await expect(page.getByRole('region', { name: 'History' })).toContainText(longComment);
      await expectReflows(page, 'returned with a long comment, in the history');
    });
  });
}
