import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ChartColumn, ChartData } from '../chart-data';
import { chartCsv } from './chart-csv';

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

  it.each([
    ['=', '=HYPERLINK("http://evil.example","Click")'],
    ['+', '+1+2'],
    ['-', '-2+3'],
    ['@', '@SUM(A1:A2)'],
    ['a tab', '\t=1+1'],
    ['a carriage return', '\r=1+1'],
    ['= before a line break', '=HYPERLINK("x")\nmore evidence'],
  ])('neutralises text that begins with %s so no spreadsheet runs it', (_, text) => {
    const [, row] = parse(chartCsv(textCell(text), unitOf)).data;
    expect(row).toEqual([`'${text}`]);
  });

  it('leaves harmless text and negative numbers as they are', () => {
    const data: ChartData = {
      columns: [
        { id: 'text', header: 'Text', kind: 'text' },
        { id: 'change', header: 'Change', kind: 'scoreChange' },
      ],
      rows: [{ id: 'a', values: ['Ghent = 74', -12.5] }],
    };
    const [, row] = parse(chartCsv(data, unitOf)).data;
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
