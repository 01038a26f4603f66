/**
 * Nothing is shown without going through the catalogue: every page, as each role sees it, in
 * the pseudo-locale (a browser set to en-XA), charts drawn and as tables, with the export menu
 * open. Text left without the pseudo-locale's brackets and accents must be data the API sent.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { textIn } from './catalogue';
import { signInAs } from './demo-session';
import { settle, visitorPaths as tourPaths } from './page-tour';
import { collectDataWords, findUntranslatedText } from './untranslated-text';

test.use({ locale: 'en-XA' });
test.describe.configure({ timeout: 180_000 });

const visitorPaths = [...tourPaths, '/embed/compare/heatmap?cities=ghent,oslo,berlin&view=heatmap'];

const signedIn = [
  {
    name: 'Claire Dubois',
    paths: ['/', '/cities', '/cities/ghent', '/review', '/settings', '/assessments/ghent-2026'],
  },
  { name: 'Lotte Peeters', paths: ['/assessments/ghent-2026', '/cities/ghent', '/settings'] },
  { name: 'Sam Taylor', paths: ['/', '/trends', '/compare?cities=ghent,oslo'] },
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function expectAllTranslated(page: Page, allowed: () => Set<string>, state: string) {
  const untranslated = await findUntranslatedText(page, allowed());
  expect.soft(untranslated, `${state}: text not from the catalogue`).toEqual([]);
}

/** Scans the page as charts, then as tables with the first chart's export menu open. */
async function scanPage(page: Page, allowed: () => Set<string>, state: string) {
  const t = await textIn('en-XA');
  await settle(page, t);
  await expectAllTranslated(page, allowed, `${state}, as charts`);
  const showTable = page.getByRole('button', { name: t('chart.showTable') });
  const count = await showTable.count();
  for (let shown = 0; shown < count; shown += 1) await showTable.first().click();
  // "Export: <chart title>", the closing bracket after the title.
  const exportName = t('export.buttonName', { title: '' }).slice(0, -1);
  const exportMenu = page
    .getByRole('button', { name: new RegExp(`^${escapeRegExp(exportName)}`) })
    .first();
  if (await exportMenu.isVisible()) await exportMenu.click();
  await expectAllTranslated(page, allowed, `${state}, as tables`);
}

test('a visitor sees only catalogue text and data on every public page', async ({ page }) => {
  const data = collectDataWords(page);
  for (const path of visitorPaths) {
    await test.step(path, async () => {
      await page.goto(path);
      await scanPage(page, data.allowed, `visitor ${path}`);
    });
  }
});

for (const person of signedIn) {
  test(`${person.name} sees only catalogue text and data`, async ({ page }) => {
    const data = collectDataWords(page);
    const t = await textIn('en-XA');
    await signInAs(page, person.name, person.paths[0], t);
    for (const path of person.paths) {
      await test.step(path, async () => {
        await page.goto(path);
        await scanPage(page, data.allowed, `${person.name} ${path}`);
      });
    }
  });
}
