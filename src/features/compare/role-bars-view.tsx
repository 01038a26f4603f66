/** Bars per role: each city's score per role side by side (or the group's average). */
import { lazyWithPreload } from 'react-lazy-with-preload';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/chart-frame';
import { roleIds } from '../../domain/charter';
import { rankByScore } from '../../domain/ranking';
import { formatCount, formatList, formatScore, formatYear } from '../../lib/format';
import type { CompareViewProps } from './compare-view-props';
import { missingSentence, unscoredRolesSentence } from './missing-sentence';
import { missingScoreLabel, roleSeriesOf } from './role-series';
import { roleTable } from './role-table';

const GroupedBarChart = lazyWithPreload(async () => ({
  default: (await import('../../components/grouped-bar-chart')).GroupedBarChart,
}));

/** Fetches the view's chart code ahead of its data (see src/data/page-prefetch.ts). */
export function preloadRoleBarsCharts(): Promise<unknown> {
  return GroupedBarChart.preload();
}

export function RoleBarsView({ members, round, selectionLabel, selectionName }: CompareViewProps) {
  const { t } = useTranslation();
  const year = formatYear(round.year);
  const { series, averaged } = roleSeriesOf(members, t('compare.averageSeries'));
  const title = t('compare.bars.title', { year });

  const items = roleIds.flatMap((role) => {
    const leaders = rankByScore(series, (entry) => entry.byRole[role]).filter(
      (entry) => entry.rank === 1,
    );
    const score = leaders[0]?.score;
    if (score === undefined || score === null) return [];
    return averaged
      ? [
          t('compare.bars.summaryAverageItem', {
            role: t(`roles.${role}.name`),
            score: formatScore(score),
          }),
        ]
      : [
          t('compare.bars.summaryItem', {
            role: t(`roles.${role}.name`),
            cities: formatList(leaders.map((entry) => entry.item.name)),
            score: formatScore(score),
          }),
        ];
  });
  const lead =
    items.length === 0
      ? t('compare.profile.summaryEmpty', { year })
      : t(averaged ? 'compare.bars.summaryAverage' : 'compare.bars.summary', {
          year,
          // The items hold commas of their own, so they are set apart as the language does.
          list: items.join(t('compare.bars.summaryItemSeparator')),
        });

  return (
    <>
      {averaged && (
        <p className="notice">
          {t('compare.averageNote', { number: formatCount(members.length) })}
        </p>
      )}
      <ChartFrame
        interactive
        title={title}
        subtitle={t('compare.subtitle', { round: year, selection: selectionLabel })}
        summary={[lead, unscoredRolesSentence(t, series), missingSentence(t, members, year)]
          .filter(Boolean)
          .join(' ')}
        note={
          averaged ? t('compare.averageNote', { number: formatCount(members.length) }) : undefined
        }
        data={roleTable(t, series)}
        figure={{
          page: 'compare',
          chart: 'role-bars',
          round: round.year,
          selection: selectionName,
        }}
      >
        <GroupedBarChart
          title={title}
          formatScore={formatScore}
          missingLabel={t('scores.missing')}
          valueAxisLabel={t('scores.score')}
          categoryAxisLabel={t('scores.role')}
          series={series}
          groups={roleIds.map((role) => ({
            label: t(`roles.${role}.short`),
            scores: Object.fromEntries(series.map((entry) => [entry.id, entry.byRole[role]])),
            missingLabels: Object.fromEntries(
              series.map((entry) => [entry.id, missingScoreLabel(t, entry)]),
            ),
          }))}
        />
      </ChartFrame>
    </>
  );
}
