/** Key-trend adoption in one round, as stacked bars and as a table of the same counts. */
import { lazyWithPreload } from 'react-lazy-with-preload';
import { useTranslation } from 'react-i18next';
import type { TrendAdoption } from '../domain/aggregation';
import { keyTrends, trendStatuses } from '../domain/charter';
import type { FigureName } from '../lib/export/figure-file-name';
import { formatCount } from '../lib/format';
import { ChartFrame } from './chart-frame';

const TrendAdoptionChart = lazyWithPreload(async () => ({
  default: (await import('./trend-adoption-chart')).TrendAdoptionChart,
}));

/** Fetches the chart's code ahead of its data (see src/data/page-prefetch.ts). */
export function preloadTrendAdoptionChart(): Promise<unknown> {
  return TrendAdoptionChart.preload();
}

interface TrendAdoptionFrameProps {
  title: string;
  subtitle?: string;
  summary: string;
  adoption: TrendAdoption;
  figure: FigureName;
  /** Whether the chart's menu offers "Embed" (ChartFrame). */
  embeddable?: boolean | undefined;
  /** Draw the chart only when it comes near the screen (ChartFrame). */
  drawWhenNear?: boolean | undefined;
}

export function TrendAdoptionFrame({
  title,
  subtitle,
  summary,
  adoption,
  figure,
  embeddable,
  drawWhenNear,
}: TrendAdoptionFrameProps) {
  const { t } = useTranslation();
  const statuses = trendStatuses.map((id) => ({ id, label: t(`trendStatus.${id}`) }));
  return (
    <ChartFrame
      interactive
      title={title}
      subtitle={subtitle}
      summary={summary}
      data={{
        columns: [
          { id: 'trend', header: t('trends.columns.trend'), kind: 'label' },
          ...statuses.map((status) => ({
            id: status.id,
            header: status.label,
            kind: 'count' as const,
            unit: t('export.units.cities'),
          })),
        ],
        rows: keyTrends.map((trend) => ({
          id: trend.id,
          values: [
            t('trends.numberedTrend', {
              number: formatCount(trend.number),
              title: t(`keyTrends.${trend.id}.title`),
            }),
            ...trendStatuses.map((status) => adoption[trend.id][status]),
          ],
        })),
      }}
      figure={figure}
      embeddable={embeddable}
      drawWhenNear={drawWhenNear}
    >
      <TrendAdoptionChart
        valueAxisLabel={t('scores.cityCount')}
        statuses={statuses}
        rows={keyTrends.map((trend) => ({
          trendLabel: t('trends.numberedTrend', {
            number: formatCount(trend.number),
            title: t(`keyTrends.${trend.id}.short`),
          }),
          counts: adoption[trend.id],
        }))}
      />
    </ChartFrame>
  );
}
