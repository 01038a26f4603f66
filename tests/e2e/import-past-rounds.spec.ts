/**
 * A coordinator imports a past round from a file in the demo (issue 14, point 3): downloads the
 * templates, checks a good file and imports it (the answers appear on the city's profile for
 * that round), checks it again (unchanged), and checks a file with exactly three bad rows (the
 * preview lists those three and nothing is written). Files are built in tests/e2e/import-journey.ts.
 */
import readXlsxFile from 'read-excel-file/node';
import { importColumns } from '../../src/domain/import-rows';
import { expectNoViolations } from './axe';
import { signInAs } from './demo-session';
import { bytesOf } from './download';
import { expect, test } from './fixtures';
import { checkThreeBadRows, importGoodFile } from './import-journey';
import { expectNoSidewaysScroll } from './layout-checks';

/** Ghent, by its French name; the sample data has no round in 2011 or 2012. */
const ghent = { cityName: 'Gand', cityId: 'ghent', englishName: 'Ghent' };

test('a coordinator downloads the templates, imports a past round, and again without change', async ({
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

  await importGoodFile(page, { ...ghent, year: 2011 });
});

test('a file with three bad rows: exactly those are listed, and nothing is written', async ({
  page,
}) => {
  await signInAs(page, 'Claire Dubois', '/admin/import');
  await checkThreeBadRows(page, { ...ghent, year: 2012 }, async () => {
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await expectNoViolations(page);
      await expectNoSidewaysScroll(page, `${String(width)} px`);
    }
  });
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
