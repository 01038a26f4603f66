import { expect, test } from './fixtures';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
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
  const csvFile = await download(page, frame, 'Data as CSV (spreadsheet)');
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

  const csvFile = await download(page, frame, 'Data as CSV (spreadsheet)');
  const csv = Papa.parse<string[]>((await bytesOf(csvFile)).toString('utf8').slice(1), {
    skipEmptyLines: true,
  });
  expect(csv.data).toHaveLength(1 + 25);
  expect(csv.data[0]?.slice(0, 3)).toEqual(['City', 'PM1', 'PM2']);
});
