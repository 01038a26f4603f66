import type { ChartColumn, ChartData, ChartValue } from '../chart-data';

/** Kinds that are averages, so they carry long fractions: one decimal place is ample. */
const averagedKinds: ReadonlySet<ChartColumn['kind']> = new Set([
  'score',
  'scoreChange',
  'percent',
]);

/** A row's values as files hold them: averages to one decimal place, missing as null. */
export function exportedValues(data: ChartData): ChartValue[][] {
  return data.rows.map((row) =>
    data.columns.map((column, index) => {
      const value = row.values[index] ?? null;
      return typeof value === 'number' && averagedKinds.has(column.kind)
        ? Math.round(value * 10) / 10
        : value;
    }),
  );
}
