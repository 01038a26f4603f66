/** The role profile: a radar of each city's score per role (or the group's average). */
import { lazyWithPreload } from 'react-lazy-with-preload';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/chart-frame';
import { roleIds } from '../../domain/charter';
import { rankByScore } from '../../domain/ranking';
import { formatCount, formatList, formatScore, formatYear } from '../../lib/format';
import type { CompareViewProps } from './compare-view-props';
import { missingSentence, unscoredRolesSentence } from './missing-sentence';
import { missingScoreLabel, roleSeriesOf, type RoleSeries } from './role-series';
import { roleTable } from './role-table';

const SeriesRadarChart = lazyWithPreload(async () => ({
  default: (await import('../../components/series-radar-chart')).SeriesRadarChart,
}));

/** Fetches the view's chart code ahead of its data (see src/data/page-prefetch.ts). */
export function preloadProfileCharts(): Promise<unknown> {
  return SeriesRadarChart.preload();
}

export function ProfileView({ members, round, selectionLabel, selectionName }: CompareViewProps) {
  const { t } = useTranslation();
  const year = formatYear(round.year);
  const { series, averaged } = roleSeriesOf(members, t('compare.averageSeries'));
  const title = t('compare.profile.title', { year });

  function leadSentence(): string {
    if (averaged) {
      const [average] = series;
      const roles = rankByScore(roleIds, (role) => average?.byRole[role] ?? null).filter(
        (entry) => entry.score !== null,
      );
      const strong = roles.at(0);
      const weak = roles.at(-1);
      if (!average || average.overall === null || !strong || !weak) {
        return t('compare.profile.summaryEmpty', { year });
      }
      return t('compare.profile.summaryAverage', {
        year,
        score: formatScore(average.overall),
        strong: t(`roles.${strong.item}.name`),
        strongScore: formatScore(strong.score ?? 0),
        weak: t(`roles.${weak.item}.name`),
        weakScore: formatScore(weak.score ?? 0),
      });
    }
    const leaders = rankByScore(series, (entry: RoleSeries) => entry.overall).filter(
      (entry) => entry.rank === 1,
    );
    const score = leaders[0]?.score;
    if (score === undefined || score === null) return t('compare.profile.summaryEmpty', { year });
    const cities = formatList(series.map((entry) => entry.name));
    return leaders.length > 1
      ? t('compare.profile.summaryTied', {
          cities,
          year,
          leaders: formatList(leaders.map((entry) => entry.item.name)),
          score: formatScore(score),
        })
      : t('compare.profile.summary', {
          cities,
          year,
          leader: leaders[0]?.item.name ?? '',
          score: formatScore(score),
        });
  }

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
        summary={[
          leadSentence(),
          unscoredRolesSentence(t, series),
          missingSentence(t, members, year),
        ]
          .filter(Boolean)
          .join(' ')}
        note={
          averaged ? t('compare.averageNote', { number: formatCount(members.length) }) : undefined
        }
        data={roleTable(t, series)}
        figure={{
          page: 'compare',
          chart: 'role-profile',
          round: round.year,
          selection: selectionName,
        }}
      >
        <SeriesRadarChart
          title={title}
          axes={roleIds.map((role) => ({ id: role, label: t(`roles.${role}.short`) }))}
          series={series.map((entry) => ({
            id: entry.id,
            name: entry.name,
            values: entry.byRole,
            missingLabel: t('chart.missingPoint', {
              series: entry.name,
              missing: missingScoreLabel(t, entry),
            }),
          }))}
          formatValue={formatScore}
          missingLabel={t('scores.missing')}
          valueAxisLabel={t('compare.radiusAxis')}
        />
      </ChartFrame>
    </>
  );
}
