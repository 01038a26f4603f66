import { expect, test } from './fixtures';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { chartExportSchema } from '../../src/lib/export/chart-json';
import { expectNoViolations } from './axe';
import { bytesOf, download, withBlankPage } from './download';
import { signInAs } from './demo-session';

/** A PNG's size from its header: the IHDR chunk's width and height. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('a report author exports a comparison chart as PNG, SVG, CSV and JSON', async ({ page }) => {
  await signInAs(page, 'Sam Taylor', '/compare?round=2022&cities=ghent,oslo,berlin&view=bars');
  const frame = page.getByRole('region', { name: 'Scores per role, compared, 2022' });
  await expect(frame.getByRole('img').or(frame.getByRole('figure'))).toBeVisible();
  const onScreenWidth = await frame
    .locator('.recharts-surface')
    .evaluate((svg) => svg.getBoundingClientRect().width);

  // PNG at twice the screen size, named after what it shows.
  const png = await download(page, frame, 'PNG image (2× screen size)');
  expect(png.suggestedFilename()).toBe(
    'charter-monitor_compare_role-bars_2022_ghent-oslo-berlin.png',
  );
  const size = pngSize(await bytesOf(png));
  await png.saveAs(test.info().outputPath('figure.png'));
  expect(size.width).toBeGreaterThanOrEqual(Math.round(onScreenWidth * 2));
  await expect(frame.getByRole('status')).toHaveText(
    'Downloaded charter-monitor_compare_role-bars_2022_ghent-oslo-berlin.png',
  );

  const print = await download(page, frame, 'PNG image, print size (2,400 px wide)');
  expect(print.suggestedFilename()).toBe(
    'charter-monitor_compare_role-bars_2022_ghent-oslo-berlin_print.png',
  );
  expect(pngSize(await bytesOf(print)).width).toBe(2400);

  // SVG: valid XML with the title, the legend's words and the source line.
  const svgFile = await download(page, frame, 'SVG image (scalable)');
  const svg = (await bytesOf(svgFile)).toString('utf8');
  await svgFile.saveAs(test.info().outputPath('figure.svg'));
  const parsed = await withBlankPage(page, (blank) =>
    blank.evaluate((markup) => {
      const document = new DOMParser().parseFromString(markup, 'image/svg+xml');
      return {
        error: document.querySelector('parsererror')?.textContent ?? null,
        text: document.documentElement.textContent,
        root: document.documentElement.nodeName,
      };
    }, svg),
  );
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.text).toContain('Scores per role, compared, 2022');
  expect(parsed.text).toContain('Ghent, Oslo and Berlin');
  expect(parsed.text).toMatch(/Source: Charter Monitor, sample signatories demo data, exported /);
  expect(parsed.text).toContain('Sample data: the scores are invented');
  expect(svg).toContain('@font-face');

  // CSV: a byte-order mark, the header with units, and the table's numbers.
  await frame.getByRole('button', { name: 'Show as table' }).click();
  const table = frame.getByRole('table');
  const tableRows = await table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.children].map((cell) => cell.textContent.trim())),
    );
  const csvFile = await download(page, frame, 'Data as CSV');
  expect(csvFile.suggestedFilename()).toBe(
    'charter-monitor_compare_role-bars_2022_ghent-oslo-berlin.csv',
  );
  const csvBytes = await bytesOf(csvFile);
  expect(csvBytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const csv = Papa.parse<string[]>(csvBytes.toString('utf8').slice(1), { skipEmptyLines: true });
  expect(csv.errors).toEqual([]);
  expect(csv.data[0]).toEqual([
    'City',
    expect.stringMatching(/\(points, 0–100\)$/),
    expect.stringMatching(/\(points, 0–100\)$/),
    expect.stringMatching(/\(points, 0–100\)$/),
    expect.stringMatching(/\(points, 0–100\)$/),
    'Overall (points, 0–100)',
  ]);
  expect(csv.data.slice(1).map((row) => row[0])).toEqual(tableRows.map((row) => row[0]));
  csv.data.slice(1).forEach((row, index) => {
    row.slice(1).forEach((value, column) => {
      const shown = tableRows[index]?.[column + 1] ?? '';
      if (value === '') expect(shown).toMatch(/^no (score|assessment)$/);
      else expect(Math.round(Number(value)).toString()).toBe(shown);
    });
  });

  // JSON: valid against its schema, the same rows.
  const jsonFile = await download(page, frame, 'Data as JSON');
  const json = chartExportSchema.parse(JSON.parse((await bytesOf(jsonFile)).toString('utf8')));
  expect(json.title).toBe('Scores per role, compared, 2022');
  expect(json.sampleData).toBe(true);
  expect(json.rows.map((row) => row.city)).toEqual(tableRows.map((row) => row[0]));
});

test('a report author in Europe exports a chart for Excel: CSV with semicolons, and XLSX', async ({
  page,
}) => {
  await signInAs(page, 'Sam Taylor', '/compare?round=2022&cities=ghent,oslo,berlin&view=bars');
  const frame = page.getByRole('region', { name: 'Scores per role, compared, 2022' });
  await frame.getByRole('button', { name: 'Show as table' }).click();
  const shown = await frame
    .getByRole('table')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.children].map((cell) => cell.textContent.trim())),
    );
  expect(shown.map((row) => row[0])).toEqual(['Ghent', 'Oslo', 'Berlin']);
  /** A file's number against the table's (which shows whole points), or a missing one. */
  function expectShown(value: number | null, row: number, column: number) {
    const cell = shown[row]?.[column] ?? '';
    if (value === null) expect(cell).toMatch(/^no (score|assessment)$/);
    else expect(Math.round(value).toString()).toBe(cell);
  }

  // CSV for Excel in Europe: its own name, a byte-order mark, semicolons, decimal commas.
  const csvFile = await download(page, frame, 'Data as CSV for Excel in Europe');
  expect(csvFile.suggestedFilename()).toBe(
    'charter-monitor_compare_role-bars_2022_ghent-oslo-berlin_excel-eu.csv',
  );
  const csvBytes = await bytesOf(csvFile);
  expect(csvBytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const csvText = csvBytes.toString('utf8').slice(1);
  expect(csvText.split('\r\n')[0]).not.toContain(',"');
  const csv = Papa.parse<string[]>(csvText, { delimiter: ';', skipEmptyLines: true });
  expect(csv.errors).toEqual([]);
  expect(csv.data[0]).toHaveLength(6);
  expect(csv.data[0]?.[5]).toBe('Overall (points, 0–100)');
  expect(csv.data.slice(1).map((row) => row[0])).toEqual(['Ghent', 'Oslo', 'Berlin']);
  const fromCsv = csv.data.slice(1).map((row) =>
    row.slice(1).map((text) => {
      if (text === '') return null;
      // One decimal at most, with a comma; no thousands grouping.
      expect(text).toMatch(/^-?\d+(,\d)?$/);
      return Number(text.replace(',', '.'));
    }),
  );
  fromCsv.forEach((values, row) => {
    values.forEach((value, column) => {
      expectShown(value, row, column + 1);
    });
  });
  expect(fromCsv.flat().some((value) => value !== null && !Number.isInteger(value))).toBe(true);

  // XLSX: the same header and numbers, as numeric cells; then the "About" sheet.
  const xlsxFile = await download(page, frame, 'Data as XLSX (Excel)');
  expect(xlsxFile.suggestedFilename()).toBe(
    'charter-monitor_compare_role-bars_2022_ghent-oslo-berlin.xlsx',
  );
  const sheets = await readXlsxFile(await bytesOf(xlsxFile), { trim: false });
  expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Data', 'About']);
  const [table, about] = sheets;
  expect(table?.data[0]).toEqual(csv.data[0]);
  const fromXlsx = (table?.data.slice(1) ?? []).map((row) => row.slice(1));
  expect(table?.data.slice(1).map((row) => row[0])).toEqual(['Ghent', 'Oslo', 'Berlin']);
  fromXlsx.forEach((values, row) => {
    values.forEach((value, column) => {
      if (value !== null) expect(typeof value).toBe('number');
      expectShown(value as number | null, row, column + 1);
    });
  });
  expect(fromXlsx).toEqual(fromCsv);
  const aboutRows = new Map(about?.data.map((row) => [row[0], row[1]]));
  expect(aboutRows.get('Title')).toBe('Scores per role, compared, 2022');
  expect(aboutRows.get('Subtitle')).toContain('Ghent, Oslo and Berlin');
  expect(aboutRows.get('Source')).toMatch(
    /^Source: Charter Monitor, sample signatories demo data, exported /,
  );
  expect(aboutRows.get('Sample data')).toContain('Sample data: the scores are invented');
  expect(aboutRows.get('Exported on')).toBeInstanceOf(Date);
  await expect(frame.getByRole('status')).toHaveText(
    'Downloaded charter-monitor_compare_role-bars_2022_ghent-oslo-berlin.xlsx',
  );
});

test('the export menu works from the keyboard', async ({ page }) => {
  await signInAs(page, 'Sam Taylor', '/trends');
  const frame = page.getByRole('region', { name: /^Key-trend adoption/ }).first();
  const button = frame.getByRole('button', { name: /^Export/ });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'PNG image (2× screen size)' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: 'Embed in a web page' })).toBeFocused();
  await expectNoViolations(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(button).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toMatch(/^charter-monitor_key-trends_.*\.png$/);
});

test('a report author downloads a round pack of every overview and key-trends figure', async ({
  page,
}) => {
  await signInAs(page, 'Sam Taylor', '/?round=2022');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the 2022 round pack (ZIP)' }).click();
  await expect(
    page.getByRole('progressbar', { name: 'Building the 2022 round pack' }),
  ).toBeVisible();
  const pack = await downloading;
  expect(pack.suggestedFilename()).toBe('charter-monitor_round-pack_2022.zip');
  const bytes = await bytesOf(pack);
  await test.info().attach('round pack size', { body: `${String(bytes.length)} bytes` });
  const files = unzipSync(new Uint8Array(bytes));
  const charts = [
    'charter-monitor_overview_role-averages',
    'charter-monitor_overview_round-progress_2022',
    'charter-monitor_overview_key-trends_2022',
    'charter-monitor_overview_map_2022',
    'charter-monitor_key-trends_adoption_2022',
    'charter-monitor_key-trends_established-by-round',
  ];
  expect(Object.keys(files).sort()).toEqual(
    [...charts.flatMap((chart) => [`${chart}.png`, `${chart}.csv`]), 'contents.txt'].sort(),
  );
  for (const chart of charts) {
    const png = Buffer.from(files[`${chart}.png`] ?? []);
    expect(pngSize(png).width).toBeGreaterThan(800);
  }
  const contents = strFromU8(files['contents.txt'] ?? new Uint8Array());
  // A line chart's legend (recharts' own) is part of its figure.
  const roleAverages = page.getByRole('region', { name: 'Average score per role, by round' });
  const svgFile = await download(page, roleAverages, 'SVG image (scalable)');
  expect((await bytesOf(svgFile)).toString('utf8')).toContain('Buyer of goods and services');
  expect(contents).toContain('charter-monitor_overview_map_2022.png\tSignatory cities');
  await expect(
    page.getByRole('status').filter({ hasText: 'Downloaded charter-monitor_round-pack_2022.zip' }),
  ).toBeVisible();
});

test('building a round pack can be cancelled, and nothing is downloaded', async ({ page }) => {
  await signInAs(page, 'Sam Taylor', '/trends?round=2022');
  let downloaded = false;
  page.on('download', () => {
    downloaded = true;
  });
  await page.getByRole('button', { name: 'Download the 2022 round pack (ZIP)' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Cancelled: nothing was downloaded.' }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Download the 2022 round pack (ZIP)' }),
  ).toBeVisible();
  expect(downloaded).toBe(false);
});

test('on the 2,000-city data set, a paged heatmap exports the page on screen and says so', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signInAs(page, 'Sam Taylor', '/compare?group=all&view=heatmap&dataset=synthetic');
  const frame = page.getByRole('region', { name: /^Ratings per commitment/ });
  await expect(frame.getByRole('application')).toBeVisible({ timeout: 30_000 });

  const svgFile = await download(page, frame, 'SVG image (scalable)');
  const svg = (await bytesOf(svgFile)).toString('utf8');
  expect(svg).toContain('Shows cities 1–25 of 2,000, page 1 of 80 as on screen.');
  expect(svg).toContain('synthetic scale-test demo data');
  const png = await download(page, frame, 'PNG image (2× screen size)');
  await png.saveAs(test.info().outputPath('heatmap.png'));

  const csvFile = await download(page, frame, 'Data as CSV');
  const csv = Papa.parse<string[]>((await bytesOf(csvFile)).toString('utf8').slice(1), {
    skipEmptyLines: true,
  });
  expect(csv.data).toHaveLength(1 + 25);
  expect(csv.data[0]?.slice(0, 3)).toEqual(['City', 'PM1', 'PM2']);
});

test('on the 2,000-city data set, the map is too large for a workbook: it says so at once', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signInAs(page, 'Sam Taylor', '/?round=2022&dataset=synthetic');
  const frame = page.getByRole('region', { name: 'Signatory cities by overall score, 2022' });
  await frame.getByRole('button', { name: /^Export/ }).click();
  await page.getByRole('menuitem', { name: 'Data as XLSX (Excel)', exact: true }).click();
  // Refused before any zipping: a workbook this large would be deflated in a blob: worker,
  // which the page's policy blocks (the fixture fails on the violation) and which never ends.
  await expect(frame.getByRole('alert')).toHaveText(
    'This table has too many rows for an XLSX workbook made in the browser. Download it as CSV, which holds every row.',
    { timeout: 5_000 },
  );
  const csvFile = await download(page, frame, 'Data as CSV for Excel in Europe');
  const csv = Papa.parse<string[]>((await bytesOf(csvFile)).toString('utf8').slice(1), {
    delimiter: ';',
    skipEmptyLines: true,
  });
  expect(csv.data.length).toBeGreaterThan(1000);
  await expect(frame.getByRole('alert')).toBeHidden();
});
