/**
 * German, usually the longest of the app's languages, on a phone (320 px) and a laptop
 * (1,280 px): on every page and in each role, nothing scrolls sideways and no control or
 * heading has its words cut off, charts drawn and as tables. The browser asks for German
 * (de-DE), as a German reader's would, so this also checks that the first visit follows it.
 */
import type { Page } from '@playwright/test';
import type { TFunction } from 'i18next';
import { expect, test } from './fixtures';
import { textIn } from './catalogue';
import { signInAs } from './demo-session';
import {
  expectNoClippedText,
  expectNoOverlappingAxisLabels,
  expectNoSidewaysScroll,
} from './layout-checks';
import { settle, visitorPaths } from './page-tour';

test.use({ locale: 'de-DE' });
test.describe.configure({ timeout: 240_000 });

const viewports = [
  { width: 320, height: 640 },
  { width: 1280, height: 900 },
] as const;

const signedIn = [
  {
    name: 'Claire Dubois',
    paths: ['/review', '/settings', '/assessments/ghent-2026', '/admin/import'],
  },
  { name: 'Lotte Peeters', paths: ['/assessments/ghent-2026'] },
];

/** Checks the page as charts, then as tables; on a phone, with the header's menu open too. */
async function checkPage(page: Page, t: TFunction, state: string) {
  await settle(page, t);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
  await expectNoSidewaysScroll(page, `${state}, as charts`);
  await expectNoClippedText(page, `${state}, as charts`);
  await expectNoOverlappingAxisLabels(page, state);
  const showTable = page.getByRole('button', { name: t('chart.showTable') });
  const count = await showTable.count();
  for (let shown = 0; shown < count; shown += 1) await showTable.first().click();
  const menu = page.getByRole('banner').getByRole('button', { name: t('nav.menu') });
  if (await menu.isVisible()) await menu.click();
  await expectNoSidewaysScroll(page, `${state}, as tables`);
  await expectNoClippedText(page, `${state}, as tables`);
}

for (const viewport of viewports) {
  test.describe(`in German at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('a visitor’s pages fit and show every word', async ({ page }) => {
      const t = await textIn('de');
      for (const path of visitorPaths) {
        await test.step(path, async () => {
          await page.goto(path);
          await checkPage(page, t, `visitor ${path}`);
        });
      }
    });

    for (const person of signedIn) {
      test(`${person.name}’s pages fit and show every word`, async ({ page }) => {
        const t = await textIn('de');
        await signInAs(page, person.name, person.paths[0], t);
        for (const path of person.paths) {
          await test.step(path, async () => {
            await page.goto(path);
            await checkPage(page, t, `${person.name} ${path}`);
          });
        }
      });
    }
  });
}
