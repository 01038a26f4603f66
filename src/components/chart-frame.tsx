/**
 * Every chart sits in this frame: a title, a one-sentence summary, and a switch to a table
 * with the same numbers. The chart itself is lazy-loaded, so the frame renders at once.
 * A static chart is one image; a chart that answers the keyboard (its tooltips, through
 * recharts' accessibility layer) is a figure instead, since an image's content is
 * presentational and may hold nothing focusable (axe's "nested-interactive").
 */
import { Suspense, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataTableColumn, type DataTableRow } from './data-table';
import { LoadingState } from './loading-state';

export interface ChartTable {
  columns: readonly DataTableColumn[];
  rows: readonly DataTableRow[];
}

interface ChartFrameProps {
  title: string;
  /** One line saying what is shown: the round, the selection. */
  subtitle?: string;
  summary: string;
  table: ChartTable;
  /** The chart can be focused and read value by value with the arrow keys. */
  interactive?: boolean;
  children: ReactNode;
}

export function ChartFrame({
  title,
  subtitle,
  summary,
  table,
  interactive = false,
  children,
}: ChartFrameProps) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  const summaryId = useId();
  const hintId = useId();
  return (
    <section className="chart-frame" aria-labelledby={titleId}>
      <div className="chart-frame__header">
        <div>
          <h2 id={titleId}>{title}</h2>
          {subtitle && <p className="chart-frame__subtitle">{subtitle}</p>}
        </div>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setShowTable((shown) => !shown);
          }}
        >
          {showTable ? t('chart.showChart') : t('chart.showTable')}
        </button>
      </div>
      <p id={summaryId} className="chart-frame__summary">
        {summary}
      </p>
      {showTable ? (
        <DataTable caption={title} columns={table.columns} rows={table.rows} />
      ) : (
        <div
          className="chart-frame__chart"
          role={interactive ? 'figure' : 'img'}
          aria-labelledby={titleId}
          aria-describedby={interactive ? `${summaryId} ${hintId}` : summaryId}
        >
          {interactive && (
            <p id={hintId} className="chart-frame__hint">
              {t('chart.keyboardHint')}
            </p>
          )}
          <Suspense fallback={<LoadingState label={t('chart.loading')} />}>{children}</Suspense>
        </div>
      )}
    </section>
  );
}
