import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import type { ChartData, ChartValue } from '../chart-data';
import { chartWorkbook, type WorkbookWords } from './chart-xlsx';
import { columnHeading } from './chart-csv';
import { exportedValues } from './exported-values';
import { WORKER_FREE_PART_BYTES, estimateWorkbookParts, fitsWithoutWorker } from './workbook-size';

/** The English words, as the app gives them. */
const words: WorkbookWords = en.export.workbook;

/** Like the overview's map: city, country, score (every seventh missing), band. */
function mapTable(cities: number): ChartData {
  return {
    columns: [
      { id: 'city', header: 'City', kind: 'label' },
      { id: 'country', header: 'Country', kind: 'text' },
      { id: 'score', header: 'Overall', kind: 'score' },
      { id: 'band', header: 'Band', kind: 'text' },
    ],
    rows: Array.from({ length: cities }, (_, index) => ({
      id: String(index),
      values: [
        `Ville d'Été & "Łódź" <${String(index).padStart(4, '0')}>`,
        index % 2 ? 'Deutschland' : 'Česko',
        index % 7 === 0 ? null : (index * 37.37) % 100,
        'medium (50–69 points)',
      ],
    })),
  };
}

/** Like a heatmap page: 25 cities × 30 commitments of ratings. */
const heatmapPage: ChartData = {
  columns: [
    { id: 'city', header: 'City', kind: 'label' },
    ...Array.from({ length: 30 }, (_, index) => ({
      id: `c${String(index)}`,
      header: `Commitment ${String(index + 1)}`,
      kind: 'score' as const,
    })),
  ],
  rows: Array.from({ length: 25 }, (_, row) => ({
    id: String(row),
    values: [
      `City ${String(row)}`,
      ...Array.from({ length: 30 }, (_, index) => ((index * row) % 3 === 0 ? null : index * 3.3)),
    ],
  })),
};

function tableRows(data: ChartData): ChartValue[][] {
  return [data.columns.map((column) => columnHeading(column, () => '')), ...exportedValues(data)];
}

async function partSizes(data: ChartData) {
  const blob = await chartWorkbook(
    data,
    { title: 'Map', source: 'Source: test', exportedAt: new Date(2026, 10, 23) },
    words,
    () => '',
  );
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const size = (name: string) => files[name]?.length ?? 0;
  return { sheet: size('xl/worksheets/sheet1.xml'), strings: size('xl/sharedStrings.xml') };
}

describe('estimateWorkbookParts', () => {
  it.each([
    ['a heatmap page', heatmapPage],
    ['a map of 600 cities (accents, quotes, & and <)', mapTable(600)],
  ])('never underestimates the parts write-excel-file writes: %s', async (_, data) => {
    const real = await partSizes(data);
    const estimate = estimateWorkbookParts(tableRows(data));
    expect(estimate.sheetBytes).toBeGreaterThanOrEqual(real.sheet);
    expect(estimate.sharedStringBytes).toBeGreaterThanOrEqual(real.strings);
    // Generous, not wild: within twice the real size.
    expect(estimate.sheetBytes).toBeLessThan(real.sheet * 2);
  });
});

describe('fitsWithoutWorker', () => {
  it('takes every table the sample data set has and a few hundred cities', () => {
    expect(fitsWithoutWorker(tableRows(heatmapPage))).toBe(true);
    expect(fitsWithoutWorker(tableRows(mapTable(600)))).toBe(true);
  });

  it('refuses a map of the 2,000-city data set, whose sheet would be deflated in a worker', () => {
    const rows = tableRows(mapTable(2000));
    expect(estimateWorkbookParts(rows).sheetBytes).toBeGreaterThanOrEqual(WORKER_FREE_PART_BYTES);
    expect(fitsWithoutWorker(rows)).toBe(false);
  });
});
