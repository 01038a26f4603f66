/**
 * The import journey's steps (issue 14, point 3), shared by the demo's spec and the server's:
 * a coordinator on /admin/import checks a file and imports it. Files are built here as CSV.
 */
import { expect, type Page } from '@playwright/test';
import { commitmentIds } from '../../src/domain/charter';
import { importCsv, importRow } from '../../server/import/test-files';

/** Where a journey imports: a city by one of its names, and its id, and a year with no round. */
export interface ImportPlace {
  cityName: string;
  cityId: string;
  /** Shown as the city's name in English. */
  englishName: string;
  year: number;
}

export const preview = (page: Page) =>
  page.getByRole('region', { name: 'What the import would do' });

export async function chooseFile(page: Page, name: string, text: string) {
  await page.getByLabel('File to import (CSV or XLSX)').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
}

/**
 * Imports the city's answers for the year (every commitment fully, with evidence), sees them on
 * the city's profile for that round, then checks the same file again: nothing to import.
 */
export async function importGoodFile(page: Page, place: ImportPlace) {
  const file = importCsv(
    commitmentIds.map((commitment) =>
      importRow({
        city: place.cityName,
        round: place.year,
        commitment,
        rating: 'fully',
        evidence: `Imported evidence for ${commitment}`,
      }),
    ),
  );
  await chooseFile(page, `${place.cityId}-${String(place.year)}.csv`, file);
  await expect(preview(page)).toContainText('11 rows read.');
  await expect(preview(page)).toContainText('1 new assessment');
  await expect(preview(page)).toContainText(`Round ${String(place.year)} will be created, closed`);
  await expect(
    preview(page).getByRole('table', { name: 'Assessments in the file' }).getByRole('row'),
  ).toHaveText([/City/, new RegExp(`${place.englishName}\\s*${String(place.year)}\\s*New`)]);
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

  await page.goto(`/cities/${place.cityId}?round=${String(place.year)}`);
  await expect(page.getByText('Imported evidence for BU3')).toBeVisible();
}

/**
 * Checks a file with exactly three bad rows among good ones for the year: the preview lists
 * those three, nothing can be imported, and nothing was written (its good rows alone would
 * still create the round). `whileListed` runs while the problems are on the page.
 */
export async function checkThreeBadRows(
  page: Page,
  place: ImportPlace,
  whileListed: () => Promise<void> = () => Promise.resolve(),
) {
  const rows = [
    importRow({ city: place.cityName, round: place.year, commitment: 'PM1', rating: 'fully' }),
    importRow({ city: 'Atlantis', round: place.year, commitment: 'PM2', rating: 'fully' }),
    importRow({ city: place.cityName, round: place.year, commitment: 'PM3', rating: 'mostly' }),
    importRow({ city: place.cityName, round: place.year, commitment: 'SP1', rating: 'partly' }),
    importRow({
      city: place.cityName,
      round: place.year,
      commitment: 'SP2',
      rating: 'fully',
      links: 'javascript:alert(1)',
    }),
  ];
  await chooseFile(page, 'three-bad-rows.csv', importCsv(rows));
  await expect(preview(page)).toContainText('3 problems');
  const problems = preview(page).getByRole('table', { name: 'Problems, by row of the file' });
  await expect(problems.getByRole('row')).toHaveText([
    /Row/,
    /3\s*city\s*No city is called “Atlantis”\./,
    /4\s*rating\s*“mostly” is not a rating/,
    /6\s*links\s*“javascript:alert\(1\)” is not a web address/,
  ]);
  await expect(preview(page).getByRole('button', { name: /^Import/ })).toBeDisabled();
  await whileListed();

  await chooseFile(page, 'good-rows.csv', importCsv([rows[0] ?? [], rows[3] ?? []]));
  await expect(preview(page)).toContainText(`Round ${String(place.year)} will be created, closed`);
  await expect(preview(page)).toContainText('1 new assessment');
}
