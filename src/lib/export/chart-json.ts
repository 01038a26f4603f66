/**
 * A chart's numbers as JSON: what the figure says about them (title, subtitle, source, when),
 * the columns with their units, and one object per row keyed by column id. The schema is the
 * file's contract; docs/chart-export.md describes it for report authors.
 */
import { z } from '../../domain/zod';
import type { ChartColumn, ChartData } from '../chart-data';
import { exportedValues } from './exported-values';

export const chartExportSchema = z.object({
  title: z.string().check(z.minLength(1)),
  subtitle: z.nullable(z.string()),
  note: z.nullable(z.string()),
  source: z.string().check(z.minLength(1)),
  exportedAt: z.iso.datetime(),
  sampleData: z.boolean(),
  columns: z
    .array(
      z.object({
        id: z.string().check(z.minLength(1)),
        header: z.string().check(z.minLength(1)),
        unit: z.nullable(z.string()),
      }),
    )
    .check(z.minLength(1)),
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
});

export type ChartExport = z.infer<typeof chartExportSchema>;

export interface ChartExportContext {
  title: string;
  subtitle?: string | undefined;
  note?: string | undefined;
  source: string;
  exportedAt: Date;
  sampleData: boolean;
}

export function chartExport(
  data: ChartData,
  context: ChartExportContext,
  unitOf: (column: ChartColumn) => string,
): ChartExport {
  return {
    title: context.title,
    subtitle: context.subtitle ?? null,
    note: context.note ?? null,
    source: context.source,
    exportedAt: context.exportedAt.toISOString(),
    sampleData: context.sampleData,
    columns: data.columns.map((column) => ({
      id: column.id,
      header: column.header,
      unit: (column.unit ?? unitOf(column)) || null,
    })),
    rows: exportedValues(data).map((values) =>
      Object.fromEntries(data.columns.map((column, index) => [column.id, values[index] ?? null])),
    ),
  };
}
