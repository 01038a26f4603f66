import type { Download } from '@playwright/test';
import { expect, test } from './fixtures';
import Papa from 'papaparse';
import { signInAs } from './demo-session';
import { bytesOf, download, withBlankPage } from './download';

async function textOf(file: Download): Promise<string> {
  return (await bytesOf(file)).toString('utf8');
}

// The seeded 2015 round: Amsterdam rated its three Buyer commitments "not at all" (a score of
// 0); Utrecht's are not assessed (BU1) and not applicable (BU2, BU3), so it has no Buyer score;
// Warsaw signed in 2022 and has no assessment. Scores worked out by hand from the ratings:
// Amsterdam 50, 50, 50/3, 0, overall (50 + 50 + 50/3 + 0) / 4 = 29.17;
// Utrecht 50, 50, 50/3, none, overall (50 + 50 + 50/3) / 3 = 38.89.
test('bars per role tell a score of 0 from no score and no assessment, on screen and in the files', async ({
  page,
}) => {
  await signInAs(
    page,
    'Sam Taylor',
    '/compare?round=2015&cities=amsterdam,utrecht,warsaw&view=bars',
  );
  const frame = page.getByRole('region', { name: 'Scores per role, compared, 2015' });
  const chart = frame.locator('.recharts-surface');
  await expect(chart).toBeVisible();

  // Each mark is labelled at its place: one "0", Utrecht's Buyer, Warsaw's four roles.
  const zero = chart.locator('.bar-mark:not(.bar-mark--missing)').filter({ hasText: /^0$/ });
  await expect(zero).toHaveCount(1);
  await expect(zero.locator('text')).toBeVisible();
  const zeroStub = await zero.locator('rect').boundingBox();
  expect(zeroStub?.height).toBeGreaterThan(2);
  // Drawn series by series: Utrecht's Buyer, then Warsaw's four roles.
  await expect(chart.locator('.bar-mark--missing text')).toHaveText([
    'no score',
    'no assessment',
    'no assessment',
    'no assessment',
    'no assessment',
  ]);
  for (const label of await chart.locator('.bar-mark--missing text').all()) {
    await expect(label).toBeVisible();
  }

  // The tooltip over the Buyer group says the same as the marks.
  await chart.locator('.bar-mark--missing').first().hover();
  const tooltip = frame.locator('.recharts-tooltip-wrapper');
  await expect(tooltip).toContainText('Amsterdam : 0');
  await expect(tooltip).toContainText('Utrecht : no score');
  await expect(tooltip).toContainText('Warsaw : no assessment');

  await expect(frame.locator('.chart-frame__summary')).toHaveText(
    'Highest score per role in 2015: Policymaker, Amsterdam and Utrecht (50); ' +
      'Service provider, Amsterdam and Utrecht (50); Employer, Amsterdam and Utrecht (17); ' +
      'Buyer of goods and services, Amsterdam (0). ' +
      'No score for Buyer of goods and services: Utrecht (not assessed and not applicable). ' +
      'No approved assessment in 2015: Warsaw.',
  );

  // The SVG file (and the PNG drawn from it) carries the same marks and words; it keeps no
  // class names, so the words are counted: "0" is also the value axis's first tick.
  const countOf = (texts: readonly string[]) => ({
    zero: texts.filter((text) => text === '0').length,
    noScore: texts.filter((text) => text === 'no score').length,
    noAssessment: texts.filter((text) => text === 'no assessment').length,
  });
  expect(countOf(await chart.locator('text').allTextContents())).toEqual({
    zero: 2,
    noScore: 1,
    noAssessment: 4,
  });
  const svg = await textOf(await download(page, frame, 'SVG image (scalable)'));
  const figureTexts = await withBlankPage(page, (blank) =>
    blank.evaluate((markup) => {
      const document = new DOMParser().parseFromString(markup, 'image/svg+xml');
      return [...document.querySelectorAll('text')].map((text) => text.textContent);
    }, svg),
  );
  expect(countOf(figureTexts)).toEqual({ zero: 2, noScore: 1, noAssessment: 4 });

  await frame.getByRole('button', { name: 'Show as table' }).click();
  const rows = await frame
    .getByRole('table')
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
  expect(rows).toEqual([
    ['Amsterdam', '50', '50', '17', '0', '29'],
    ['Utrecht', '50', '50', '17', 'no score', '39'],
    ['Warsaw', 'no assessment', 'no assessment', 'no assessment', 'no assessment', 'no assessment'],
  ]);

  // The CSV holds 0 for the zero and nothing for what is missing.
  const csv = Papa.parse<string[]>(
    (await textOf(await download(page, frame, 'Data as CSV'))).slice(1),
    { skipEmptyLines: true },
  );
  expect(csv.data.slice(1)).toEqual([
    ['Amsterdam', '50', '50', '16.7', '0', '29.2'],
    ['Utrecht', '50', '50', '16.7', '', '38.9'],
    ['Warsaw', '', '', '', '', ''],
  ]);
});

test('the role profile says on each axis whose score is missing and why', async ({ page }) => {
  await signInAs(page, 'Sam Taylor', '/compare?round=2015&cities=amsterdam,utrecht,warsaw');
  const frame = page.getByRole('region', { name: 'Role profile, 2015' });
  const chart = frame.locator('.recharts-surface');
  await expect(chart).toBeVisible();
  await expect(chart.getByText('Utrecht: no score', { exact: true })).toBeVisible();
  await expect(chart.getByText('Warsaw: no assessment', { exact: true })).toHaveCount(4);
  await expect(frame.locator('.chart-frame__summary')).toContainText(
    'No score for Buyer of goods and services: Utrecht (not assessed and not applicable). ' +
      'No approved assessment in 2015: Warsaw.',
  );
});
