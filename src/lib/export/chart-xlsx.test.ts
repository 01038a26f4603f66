import { unzipSync, strFromU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import type { ChartColumn, ChartData } from '../chart-data';
import { chartWorkbook, type WorkbookAbout, type WorkbookWords } from './chart-xlsx';
import { WorkbookTooLargeError } from './workbook-size';

const unitOf = (column: ChartColumn) => (column.kind === 'score' ? 'points, 0–100' : '');

/** The English words, as the app gives them. */
const words: WorkbookWords = en.export.workbook;

const scores: ChartData = {
  columns: [
    { id: 'city', header: 'City', kind: 'label' },
    { id: 'overall', header: 'Overall', kind: 'score' },
    { id: 'change', header: 'Change', kind: 'scoreChange', unit: 'points' },
    { id: 'cities', header: 'Cities', kind: 'count' },
    { id: 'evidence', header: 'Evidence', kind: 'text' },
  ],
  rows: [
    { id: 'krakow', values: ['Kraków', 66.666666, -5, 12, '=1+1'] },
    { id: 'malmo', values: ['Malmö', null, null, null, 'Line one\nline two'] },
    { id: 'gdansk', values: ['Gdańsk', 0, -12.46, 1234, '+SUM(A1:A2)'] },
  ],
};

const about: WorkbookAbout = {
  title: 'Scores per role, compared, 2022',
  subtitle: '2022 round · Ghent, Oslo and Berlin',
  summary: 'Ghent scores highest overall.',
  source: 'Source: Charter Monitor, sample signatories demo data, exported 23 Nov 2026',
  sampleNote: 'Sample data: the scores are invented.',
  // Late in the evening, local time: the sheet gives this day, wherever the test runs.
  exportedAt: new Date(2026, 10, 23, 23, 30),
};

async function bytesOf(blob: Blob): Promise<Buffer> {
  return Buffer.from(await blob.arrayBuffer());
}

async function read(blob: Blob) {
  return readXlsxFile(await bytesOf(blob), { trim: false });
}

describe('chartWorkbook', () => {
  it('is an .xlsx file: a ZIP of SpreadsheetML, with the right MIME type', async () => {
    const blob = await chartWorkbook(scores, about, words, unitOf);
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml']),
    );
  });

  it('holds the data, then "About", as the two sheets', async () => {
    const sheets = await read(await chartWorkbook(scores, about, words, unitOf));
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Data', 'About']);
  });

  it('gives the header row with units, numbers as numbers, missing values as empty cells', async () => {
    const [table] = await read(await chartWorkbook(scores, about, words, unitOf));
    expect(table?.data).toEqual([
      ['City', 'Overall (points, 0–100)', 'Change (points)', 'Cities', 'Evidence'],
      // 66.666666 → 66.7: averages to one decimal place, as in every file.
      ['Kraków', 66.7, -5, 12, '=1+1'],
      // Missing is empty, never 0.
      ['Malmö', null, null, null, 'Line one\nline two'],
      // A real 0 stays 0; -12.46 → -12.5; a count of 1234 stays whole.
      ['Gdańsk', 0, -12.5, 1234, '+SUM(A1:A2)'],
    ]);
    for (const row of table?.data.slice(1) ?? []) {
      expect(typeof row[0]).toBe('string');
      for (const value of row.slice(1, 4)) {
        if (value !== null) expect(typeof value).toBe('number');
      }
    }
  });

  it('writes no formula: text such as "=1+1" is a text cell', async () => {
    const blob = await chartWorkbook(scores, about, words, unitOf);
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const sheets = Object.keys(files).filter((name) => name.startsWith('xl/worksheets/sheet'));
    expect(sheets).toHaveLength(2);
    for (const name of sheets) {
      expect(strFromU8(files[name] ?? new Uint8Array())).not.toMatch(/<f[\s>]/);
    }
    // The =1+1 cell (E2) is a shared string (t="s"), not a number or an inline formula.
    const table = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(table).toMatch(/<c r="E2"[^>]* t="s"/);
    // The number cells carry no type: a number ("n") is Excel's default.
    expect(table).toMatch(/<c r="B2"(?![^>]* t=)[^>]*><v>66\.7<\/v>/);
  });

  it('says on "About" what the chart is, where its numbers come from and when', async () => {
    const [, aboutSheet] = await read(await chartWorkbook(scores, about, words, unitOf));
    expect(aboutSheet?.data).toEqual([
      ['Title', 'Scores per role, compared, 2022'],
      ['Subtitle', '2022 round · Ghent, Oslo and Berlin'],
      ['Summary', 'Ghent scores highest overall.'],
      ['Source', 'Source: Charter Monitor, sample signatories demo data, exported 23 Nov 2026'],
      ['Sample data', 'Sample data: the scores are invented.'],
      ['Exported on', new Date(Date.UTC(2026, 10, 23))],
    ]);
  });

  it('leaves out what a chart does not have', async () => {
    const [, aboutSheet] = await read(
      await chartWorkbook(
        scores,
        { title: 'Key-trend adoption', source: 'Source: x', exportedAt: about.exportedAt },
        words,
        unitOf,
      ),
    );
    expect(aboutSheet?.data.map((row) => row[0])).toEqual(['Title', 'Source', 'Exported on']);
  });

  it('names the sheets in the UI language, as Excel allows sheet names', async () => {
    const sheets = await read(
      await chartWorkbook(
        scores,
        about,
        {
          ...words,
          dataSheet: 'Données / tableau [graphique] du rapport annuel',
          aboutSheet: 'À propos',
        },
        unitOf,
      ),
    );
    expect(sheets.map((sheet) => sheet.sheet)).toEqual([
      // "/", "[" and "]" are not allowed; cut to Excel's 31 characters.
      'Données tableau graphique du ra',
      'À propos',
    ]);
  });

  it('refuses at once a table too large to be zipped under the page’s policy', async () => {
    const cities: ChartData = {
      columns: scores.columns,
      rows: Array.from({ length: 2000 }, (_, index) => ({
        id: String(index),
        values: [`City ${String(index)}`, 50, -1, 3, 'Evidence of the city’s work, in a sentence'],
      })),
    };
    await expect(chartWorkbook(cities, about, words, unitOf)).rejects.toBeInstanceOf(
      WorkbookTooLargeError,
    );
  });
});
