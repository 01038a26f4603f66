/** Key-trend adoption in one round, as stacked bars and as a table of the same counts. */
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendAdoption } from '../domain/aggregation';
import { keyTrends, trendStatuses } from '../domain/charter';
import { formatCount } from '../lib/format';
import { ChartFrame } from './chart-frame';

const TrendAdoptionChart = lazy(async () => ({
  default: (await import('./trend-adoption-chart')).TrendAdoptionChart,
}));

interface TrendAdoptionFrameProps {
  title: string;
  subtitle?: string;
  summary: string;
  adoption: TrendAdoption;
}

export function TrendAdoptionFrame({
  title,
  subtitle,
  summary,
  adoption,
}: TrendAdoptionFrameProps) {
  const { t } = useTranslation();
  const statuses = trendStatuses.map((id) => ({ id, label: t(`trendStatus.${id}`) }));
  return (
    <ChartFrame
      interactive
      title={title}
      subtitle={subtitle}
      summary={summary}
      table={{
        columns: [
          { id: 'trend', header: t('trends.columns.trend') },
          ...statuses.map((status) => ({ id: status.id, header: status.label, numeric: true })),
        ],
        rows: keyTrends.map((trend) => ({
          id: trend.id,
          cells: [
            t('trends.numberedTrend', {
              number: formatCount(trend.number),
              title: t(`keyTrends.${trend.id}.title`),
            }),
            ...trendStatuses.map((status) => formatCount(adoption[trend.id][status])),
          ],
        })),
      }}
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
