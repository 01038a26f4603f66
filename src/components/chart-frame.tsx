/**
 * Every chart sits in this frame: a title, a one-sentence summary, a switch to a table with
 * the same numbers, and an export menu (image and data files). The chart itself is
 * lazy-loaded, so the frame renders at once. A frame may wait to draw its chart until its area
 * comes near the screen (`drawWhenNear`, use-near-viewport); one drawn off screen for an export
 * (under a figure collector), in an embed, or whose chart is being exported draws at once; one
 * printed before it was drawn prints its table.
 * A static chart is one image; a chart that answers the keyboard (its tooltips, through
 * recharts' accessibility layer) is a figure instead, since an image's content is
 * presentational and may hold nothing focusable (axe's "nested-interactive").
 * In an embed (embed-context), the frame of the embedded chart draws itself, with a caption and
 * a link to the full view, into the embed's visible area; every other frame draws nothing.
 */
import {
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ChartData } from '../lib/chart-data';
import type { FigureName } from '../lib/export/figure-file-name';
import { waitUntil } from '../lib/wait-until';
import { ChartDataTable } from './chart-data-table';
import { ChartWidthContext, useElementWidth } from './chart-width';
import { EmbedContext } from './embed-context';
import { EmbeddedChartCaption } from './embedded-chart-caption';
import { ExportMenu } from './export-menu';
import { FigureCollectorContext, useCollectedFigure } from './figure-collector';
import { LoadingState } from './loading-state';
import { useNearViewport } from './use-near-viewport';
import { usePrinting } from './use-printing';

interface ChartFrameProps {
  title: string;
  /** One line saying what is shown: the round, the selection. */
  subtitle?: string | undefined;
  /** Said in exported figures under the subtitle, e.g. that one page of many is shown. */
  note?: string | undefined;
  summary: string;
  /** The numbers drawn: the table on screen and the exported data files. */
  data: ChartData;
  /** What exported files are named after, and how an embed (embed-context) names its chart. */
  figure: FigureName;
  /** The chart can be focused and read value by value with the arrow keys. */
  interactive?: boolean;
  /**
   * Whether the chart's menu offers "Embed": false for what only signed-in readers see (the
   * counts of work in progress, figures that include unapproved assessments), since an embed is
   * read by visitors.
   */
  embeddable?: boolean | undefined;
  /**
   * Draw the chart only when its area comes near the screen: for charts that are not what a
   * page is for, below its first screen on a phone (the overview's, under its key figures).
   */
  drawWhenNear?: boolean | undefined;
  children: ReactNode;
}

export function ChartFrame({
  title,
  subtitle,
  note,
  summary,
  data,
  figure,
  interactive = false,
  embeddable = true,
  drawWhenNear = false,
  children,
}: ChartFrameProps) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const chartRef = useRef<HTMLDivElement>(null);
  // The chart area again, as state, so its width is measured whenever it is shown.
  const [chartArea, setChartArea] = useState<HTMLDivElement | null>(null);
  const chartWidth = useElementWidth(chartArea);
  // Stable, so React does not detach and re-attach it (and reset the state) on every render.
  const attachChartArea = useCallback((element: HTMLDivElement | null) => {
    chartRef.current = element;
    setChartArea(element);
  }, []);
  const exportContent = { title, subtitle, note, summary, data, name: figure };
  // Set when the chart is exported before it was scrolled to: the image needs it drawn.
  const [exporting, setExporting] = useState(false);
  const drawnChartArea = () => {
    // An image is made from the drawn chart: bring it back if the table is shown.
    setShowTable(false);
    setExporting(true);
    return waitUntil(() => chartRef.current);
  };
  useCollectedFigure(exportContent, drawnChartArea);
  const titleId = useId();
  const summaryId = useId();
  const hintId = useId();
  const embed = useContext(EmbedContext);
  const collected = useContext(FigureCollectorContext) !== null;
  const drawn = useNearViewport(
    chartArea,
    !drawWhenNear || exporting || collected || embed !== null,
  );
  const printing = usePrinting(!drawn);
  const embedded = embed?.page === figure.page && embed.chart === figure.chart;
  const claimEmbed = embedded ? embed.claim : undefined;
  useLayoutEffect(() => claimEmbed?.(), [claimEmbed]);
  // The embed's tab (and a screen reader's page title) names its chart, not the hidden page.
  useEffect(() => {
    if (embedded) document.title = t('app.documentTitle', { page: title });
  }, [embedded, t, title]);
  if (embed && !embedded) return null;
  // The embed's only heading, so its page has a level-1 heading like every other page.
  const Title = embed ? 'h1' : 'h2';
  const frame = (
    <section className="chart-frame" aria-labelledby={titleId}>
      <div className="chart-frame__header">
        <div>
          <Title id={titleId}>{title}</Title>
          {subtitle && <p className="chart-frame__subtitle">{subtitle}</p>}
        </div>
        <div className="chart-frame__actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setShowTable((shown) => !shown);
            }}
          >
            {showTable ? t('chart.showChart') : t('chart.showTable')}
          </button>
          <ExportMenu {...exportContent} chartArea={drawnChartArea} embeddable={embeddable} />
        </div>
      </div>
      <p id={summaryId} className="chart-frame__summary">
        {summary}
      </p>
      {showTable ? (
        <ChartDataTable caption={title} data={data} />
      ) : (
        <div
          ref={attachChartArea}
          className="chart-frame__chart"
          role={interactive ? 'figure' : 'img'}
          aria-labelledby={titleId}
          aria-describedby={interactive && drawn ? `${summaryId} ${hintId}` : summaryId}
        >
          {interactive && drawn && (
            <p id={hintId} className="chart-frame__hint">
              {t('chart.keyboardHint')}
            </p>
          )}
          {drawn ? (
            <ChartWidthContext value={chartWidth}>
              <Suspense fallback={<LoadingState label={t('chart.loading')} />}>{children}</Suspense>
            </ChartWidthContext>
          ) : (
            // Holds about a chart's height, so the page below moves little when it is drawn. A
            // printout can't wait for a chart to be fetched and drawn: it shows the numbers.
            <div className="chart-frame__not-drawn">
              {printing && (
                <div className="chart-frame__print-table">
                  <ChartDataTable caption={title} data={data} />
                </div>
              )}
            </div>
          )}
        </div>
      )}
      {embed && <EmbeddedChartCaption note={note} fullViewPath={embed.fullViewPath} />}
    </section>
  );
  if (!embed) return frame;
  return embed.area && createPortal(frame, embed.area);
}
