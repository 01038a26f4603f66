import { describe, expect, it } from 'vitest';
import type { ChartData } from '../chart-data';
import { chartExport, chartExportSchema } from './chart-json';

const data: ChartData = {
  columns: [
    { id: 'city', header: 'City', kind: 'label' },
    { id: 'overall', header: 'Overall', kind: 'score' },
  ],
  rows: [
    { id: 'ghent', values: ['Ghent', 74.44] },
    { id: 'oslo', values: ['Oslo', null] },
  ],
};

describe('chartExport', () => {
  it('keeps the figure’s words and one object per row, valid against the schema', () => {
    const exported = chartExport(
      data,
      {
        title: 'Ranking, 2022',
        subtitle: '2022 round · Ghent and Oslo',
        source: 'Source: Charter Monitor, sample signatories demo data, exported Nov 23, 2026',
        exportedAt: new Date('2026-11-23T10:00:00Z'),
        sampleData: true,
      },
      (column) => (column.kind === 'score' ? 'points, 0–100' : ''),
    );
    expect(chartExportSchema.parse(exported)).toEqual(exported);
    expect(exported.columns).toEqual([
      { id: 'city', header: 'City', unit: null },
      { id: 'overall', header: 'Overall', unit: 'points, 0–100' },
    ]);
    expect(exported.rows).toEqual([
      { city: 'Ghent', overall: 74.4 },
      { city: 'Oslo', overall: null },
    ]);
    expect(exported.note).toBeNull();
    expect(exported.exportedAt).toBe('2026-11-23T10:00:00.000Z');
  });
});
