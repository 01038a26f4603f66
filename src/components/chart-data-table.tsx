/** A chart's numbers as an accessible table: the chart's text alternative. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { numericKinds, type ChartColumn, type ChartData, type ChartValue } from '../lib/chart-data';
import {
  formatCount,
  formatPercent,
  formatScore,
  formatScoreChange,
  formatYear,
} from '../lib/format';
import { DataTable } from './data-table';

function formatValue(column: ChartColumn, value: string | number): string {
  if (typeof value === 'string') return value;
  switch (column.kind) {
    case 'score':
      return formatScore(value);
    case 'scoreChange':
      return formatScoreChange(value);
    case 'percent':
      return formatPercent(value / 100);
    case 'year':
      return formatYear(value);
    default:
      return formatCount(value);
  }
}

export function ChartDataTable({ caption, data }: { caption: string; data: ChartData }) {
  const { t } = useTranslation();
  function cell(
    column: ChartColumn,
    value: ChartValue,
    display: ReactNode,
    missingLabel: string | undefined,
  ): ReactNode {
    if (display !== undefined) return display;
    if (value === null || value === '') {
      // Said in words at its place, so an empty cell is never mistaken for 0 or for a gap.
      return (
        <span className="missing-value">
          {missingLabel ?? column.missingLabel ?? t('scores.missing')}
        </span>
      );
    }
    return formatValue(column, value);
  }
  return (
    <DataTable
      caption={caption}
      columns={data.columns.map((column) => ({
        id: column.id,
        header: column.header,
        numeric: numericKinds.has(column.kind),
      }))}
      rows={data.rows.map((row) => ({
        id: row.id,
        className: row.className,
        cells: data.columns.map((column, index) =>
          cell(column, row.values[index] ?? null, row.display?.[index], row.missingLabels?.[index]),
        ),
      }))}
    />
  );
}
