/**
 * A coordinator imports a past round from a file in the demo (issue 14, point 3): downloads the
 * templates, checks a good file and imports it (the answers appear on the city's profile for
 * that round), checks it again (unchanged), and checks a file with exactly three bad rows (the
 * preview lists those three and nothing is written). Files are built here.
 */
import readXlsxFile from 'read-excel-file/node';
import type { Page } from '@playwright/test';
import { importColumns } from '../../src/domain/import-rows';
import { commitmentIds } from '../../src/domain/charter';
import { importCsv, importRow } from '../../server/import/test-files';
import { expectNoViolations } from './axe';
import { signInAs } from './demo-session';
import { bytesOf } from './download';
import { expect, test } from './fixtures';

/** Ghent's answers for 2011, a round the sample data does not have: every commitment fully. */
const ghent2011 = commitmentIds.map((commitment) =>
  importRow({
    city: 'Gand',
    round: 2011,
    commitment,
    rating: 'fully',
    evidence: `Imported evidence for ${commitment}`,
  }),
);

/** Good rows for a round the sample data does not have (2012), and three bad rows. */
const threeBadRows = [
  importRow({ city: 'Ghent', round: 2012, commitment: 'PM1', rating: 'fully' }),
  importRow({ city: 'Atlantis', round: 2012, commitment: 'PM2', rating: 'fully' }),
  importRow({ city: 'Ghent', round: 2012, commitment: 'PM3', rating: 'mostly' }),
  importRow({ city: 'Ghent', round: 2012, commitment: 'SP1', rating: 'partly' }),
  importRow({
    city: 'Ghent',
    round: 2012,
    commitment: 'SP2',
    rating: 'fully',
    links: 'javascript:alert(1)',
  }),
];

async function chooseFile(page: Page, name: string, text: string) {
  await page.getByLabel('File to import (CSV or XLSX)').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
}

const preview = (page: Page) => page.getByRole('region', { name: 'What the import would do' });

test('a coordinator imports a past round from a file, and again without change', async ({
  page,
}) => {
  await signInAs(page, 'Claire Dubois', '/admin/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import past rounds' })).toBeVisible();

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the CSV template' }).click();
  const csv = (await bytesOf(await csvDownload)).toString('utf8');
  expect(csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe(importColumns.join(','));
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the XLSX template' }).click();
  const [sheet] = await readXlsxFile(await bytesOf(await xlsxDownload));
  expect(sheet?.data[0]).toEqual([...importColumns]);
  expect(sheet?.data.length).toBe(3);

  const file = importCsv(ghent2011);
  await chooseFile(page, 'ghent-2011.csv', file);
  await expect(preview(page)).toContainText('11 rows read.');
  await expect(preview(page)).toContainText('1 new assessment');
  await expect(preview(page)).toContainText('Round 2011 will be created, closed');
  await expect(
    preview(page).getByRole('table', { name: 'Assessments in the file' }).getByRole('row'),
  ).toHaveText([/City/, /Ghent\s*2011\s*New/]);
  await preview(page).getByRole('button', { name: 'Import 1 assessment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import 1 assessment?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Import 1 assessment' }).click();
  await expect(page.getByRole('status')).toHaveText('Imported: 1 new, 0 changed, 0 unchanged.');
  // The file stays chosen: checking it again finds everything in place.
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(preview(page)).toContainText('1 assessment unchanged');
  await expect(preview(page)).toContainText('there is nothing to import');
  await expect(preview(page).getByRole('button', { name: 'Import 0 assessments' })).toBeDisabled();

  await page.goto('/cities/ghent?round=2011');
  await expect(page.getByText('Imported evidence for BU3')).toBeVisible();
});

test('a file with three bad rows: exactly those are listed, and nothing is written', async ({
  page,
}) => {
  await signInAs(page, 'Claire Dubois', '/admin/import');
  await chooseFile(page, 'three-bad-rows.csv', importCsv(threeBadRows));
  await expect(preview(page)).toContainText('3 problems');
  const problems = preview(page).getByRole('table', { name: 'Problems, by row of the file' });
  await expect(problems.getByRole('row')).toHaveText([
    /Row/,
    /3\s*city\s*No city is called “Atlantis”\./,
    /4\s*rating\s*“mostly” is not a rating/,
    /6\s*links\s*“javascript:alert\(1\)” is not a web address/,
  ]);
  await expect(preview(page).getByRole('button', { name: /^Import/ })).toBeDisabled();

  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await expectNoViolations(page);
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(sideways).toBe(false);
  }

  // Nothing of it was written: its good rows alone would still create round 2012.
  await chooseFile(
    page,
    'good-rows.csv',
    importCsv(threeBadRows.filter((_, index) => [0, 3].includes(index))),
  );
  await expect(preview(page)).toContainText('Round 2012 will be created, closed');
  await expect(preview(page)).toContainText('1 new assessment');
});

test('a file too large or of another kind is refused in the page, and the file stays chosen', async ({
  page,
}) => {
  await signInAs(page, 'Claire Dubois', '/admin/import');
  const field = page.getByLabel('File to import (CSV or XLSX)');
  await field.setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('city,round\n'),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose a CSV (.csv) or XLSX (.xlsx) file.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.setInputFiles({
    name: 'huge.csv',
    mimeType: 'text/csv',
    buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 'a'),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'The file is larger than 5 MB. Split it into smaller files.',
  );
  await field.setInputFiles({
    name: 'latin1.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('city,round\nGen\xe8ve,2015\n', 'latin1'),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('alert')).toContainText('it looks like Windows-1252 (Latin-1)');
  expect(await field.evaluate((input: HTMLInputElement) => input.files?.[0]?.name)).toBe(
    'latin1.csv',
  );
});
