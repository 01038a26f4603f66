import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ChartColumn, ChartData } from '../chart-data';
import { chartCsv, chartCsvForExcelEurope } from './chart-csv';

const unitOf = (column: ChartColumn) => (column.kind === 'score' ? 'points, 0–100' : '');

const scores: ChartData = {
  columns: [
    { id: 'city', header: 'City', kind: 'label' },
    { id: 'overall', header: 'Overall', kind: 'score' },
    { id: 'change', header: 'Change', kind: 'scoreChange', unit: 'points' },
    { id: 'evidence', header: 'Evidence', kind: 'text' },
  ],
  rows: [
    { id: 'krakow', values: ['Kraków', 66.666666, -5, 'Plan, "Open City" 2024'] },
    { id: 'malmo', values: ['Malmö', null, null, 'Line one\nline two'] },
    { id: 'gdansk', values: ['Gdańsk', 0, 0, ''] },
  ],
};

function parse(csv: string) {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
}

function textCell(text: string): ChartData {
  return {
    columns: [{ id: 'evidence', header: 'Evidence', kind: 'text' }],
    rows: [{ id: 'a', values: [text] }],
  };
}

/** Text with an = inside (not at the start) and a negative number: neither is guarded. */
const harmlessTextAndNegative: ChartData = {
  columns: [
    { id: 'text', header: 'Text', kind: 'text' },
    { id: 'change', header: 'Change', kind: 'scoreChange' },
  ],
  rows: [{ id: 'a', values: ['Ghent = 74', -12.5] }],
};

/** Text that a spreadsheet would run as a formula, by what it begins with. */
const formulaTexts: [string, string][] = [
  ['=', '=HYPERLINK("http://evil.example","Click")'],
  ['+', '+1+2'],
  ['-', '-2+3'],
  ['@', '@SUM(A1:A2)'],
  ['a tab', '\t=1+1'],
  ['a carriage return', '\r=1+1'],
  ['= before a line break', '=HYPERLINK("x")\nmore evidence'],
];

describe('chartCsv', () => {
  it('starts with a UTF-8 byte-order mark and ends every line with CRLF', () => {
    const csv = chartCsv(scores, unitOf);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(new TextEncoder().encode(csv).subarray(0, 3)).toEqual(
      new Uint8Array([0xef, 0xbb, 0xbf]),
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFCity,"Overall (points, 0–100)",Change (points),Evidence',
    );
  });

  it('quotes as RFC 4180 says: commas, quotes doubled, line breaks inside quotes', () => {
    const csv = chartCsv(scores, unitOf);
    expect(csv).toContain('"Plan, ""Open City"" 2024"');
    expect(csv).toContain('"Line one\nline two"');
  });

  it('leaves missing values empty, never 0, and keeps real zeros', () => {
    const rows = parse(chartCsv(scores, unitOf)).data;
    expect(rows[2]).toEqual(['Malmö', '', '', 'Line one\nline two']);
    expect(rows[3]).toEqual(['Gdańsk', '0', '0', '']);
  });

  it.each(formulaTexts)(
    'neutralises text that begins with %s so no spreadsheet runs it',
    (_, text) => {
      const csv = chartCsv(textCell(text), unitOf);
      const [, row] = parse(csv).data;
      expect(row).toEqual([`'${text}`]);
      // Quoted too, as papaparse's own guard does, so the apostrophe is part of the cell's text.
      expect(csv).toContain(`"'${text.replace(/"/g, '""')}"`);
    },
  );

  it('leaves harmless text and negative numbers as they are', () => {
    const [, row] = parse(chartCsv(harmlessTextAndNegative, unitOf)).data;
    expect(row).toEqual(['Ghent = 74', '-12.5']);
  });

  it('round-trips through a CSV parser to the chart’s numbers (averages to one decimal)', () => {
    const parsed = Papa.parse<Record<string, string>>(
      chartCsv(scores, unitOf).replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    ).data;
    const number = (text: string | undefined) => (text ? Number(text) : null);
    expect(parsed.map((row) => row.City)).toEqual(['Kraków', 'Malmö', 'Gdańsk']);
    expect(parsed.map((row) => number(row['Overall (points, 0–100)']))).toEqual([66.7, null, 0]);
    expect(parsed.map((row) => number(row['Change (points)']))).toEqual([-5, null, 0]);
  });
});

describe('chartCsvForExcelEurope', () => {
  function parseEurope(csv: string) {
    return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
      delimiter: ';',
      skipEmptyLines: true,
    });
  }

  it('separates with semicolons, starts with a byte-order mark, ends every line with CRLF', () => {
    const csv = chartCsvForExcelEurope(scores, unitOf);
    expect(new TextEncoder().encode(csv).subarray(0, 3)).toEqual(
      new Uint8Array([0xef, 0xbb, 0xbf]),
    );
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFCity;Overall (points, 0–100);Change (points);Evidence',
      'Kraków;66,7;-5;"Plan, ""Open City"" 2024"',
      'Malmö;;;"Line one\nline two"',
      'Gdańsk;0;0;',
      '',
    ]);
  });

  it('has the same header row as the comma-separated file', () => {
    const [europeanHeader] = parseEurope(chartCsvForExcelEurope(scores, unitOf)).data;
    const [header] = parse(chartCsv(scores, unitOf)).data;
    expect(europeanHeader).toEqual(header);
  });

  it('parses back (semicolons, decimal commas) to the hand-computed values', () => {
    const data: ChartData = {
      columns: [
        { id: 'city', header: 'City', kind: 'label' },
        { id: 'overall', header: 'Overall', kind: 'score' },
        { id: 'change', header: 'Change', kind: 'scoreChange' },
        { id: 'share', header: 'Share', kind: 'percent' },
        { id: 'cities', header: 'Cities', kind: 'count' },
        { id: 'rank', header: 'Rank', kind: 'rank' },
      ],
      rows: [
        { id: 'a', values: ['Ghent', 54.25, -12.46, 33.333, 1234, 1] },
        { id: 'b', values: ['Oslo; Norway', 100, 0.05, 66.666, 0, 2] },
        { id: 'c', values: ['Berlin', null, null, null, null, null] },
      ],
    };
    const { data: rows, errors } = parseEurope(chartCsvForExcelEurope(data, unitOf));
    expect(errors).toEqual([]);
    expect(rows.slice(1)).toEqual([
      // 54.25 → 54.3 (one decimal, as today), -12.46 → -12.5, 33.333 → 33.3; counts and ranks whole.
      ['Ghent', '54,3', '-12,5', '33,3', '1234', '1'],
      // The separator inside text is quoted, not split; 0.05 → 0.1; 66.666 → 66.7; a real 0 stays.
      ['Oslo; Norway', '100', '0,1', '66,7', '0', '2'],
      // Missing values are empty, never 0.
      ['Berlin', '', '', '', '', ''],
    ]);
    const number = (text: string) => (text === '' ? null : Number(text.replace(',', '.')));
    expect(rows.slice(1).map((row) => row.slice(1).map(number))).toEqual([
      [54.3, -12.5, 33.3, 1234, 1],
      [100, 0.1, 66.7, 0, 2],
      [null, null, null, null, null],
    ]);
  });

  it.each(formulaTexts)(
    'neutralises text that begins with %s, as the comma-separated file does',
    (_, text) => {
      const [, row] = parseEurope(chartCsvForExcelEurope(textCell(text), unitOf)).data;
      expect(row).toEqual([`'${text}`]);
    },
  );

  it('leaves negative numbers as numbers, not guarded text, and harmless text as it is', () => {
    const csv = chartCsvForExcelEurope(harmlessTextAndNegative, unitOf);
    expect(csv.split('\r\n')[1]).toBe('Ghent = 74;-12,5');
  });
});
