/** A city's scores per role in a round, against its previous round and the average of all cities. */
import { lazyWithPreload } from 'react-lazy-with-preload';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/chart-frame';
import { roleIds, type RoleId } from '../../domain/charter';
import type { ScoreSummary } from '../../domain/scoring';
import { formatCount, formatScore } from '../../lib/format';

const GroupedBarChart = lazyWithPreload(async () => ({
  default: (await import('../../components/grouped-bar-chart')).GroupedBarChart,
}));

interface RoleScoreComparisonProps {
  cityName: string;
  year: string;
  current: ScoreSummary;
  previous: { year: string; summary: ScoreSummary } | null;
  group: { summary: ScoreSummary; cityCount: number };
}

export function RoleScoreComparison({
  cityName,
  year,
  current,
  previous,
  group,
}: RoleScoreComparisonProps) {
  const { t } = useTranslation();
  const series = [
    { id: 'current', name: t('cityProfile.series.current', { city: cityName, year }) },
    ...(previous
      ? [{ id: 'previous', name: t('cityProfile.series.previous', { year: previous.year }) }]
      : []),
    { id: 'group', name: t('cityProfile.series.group', { year }) },
  ];
  const valueOf = (summary: ScoreSummary, role: RoleId | 'overall') =>
    role === 'overall' ? summary.overall : summary.byRole[role];
  const rowsFor = (role: RoleId | 'overall') => ({
    current: valueOf(current, role),
    ...(previous ? { previous: valueOf(previous.summary, role) } : {}),
    group: valueOf(group.summary, role),
  });
  const best = [...roleIds]
    .filter((role) => current.byRole[role] !== null)
    .sort((a, b) => (current.byRole[b] ?? 0) - (current.byRole[a] ?? 0))[0];

  return (
    <ChartFrame
      interactive
      title={t('cityProfile.chartTitle', { city: cityName, year })}
      subtitle={t('cityProfile.chartSubtitle', {
        count: group.cityCount,
        cities: formatCount(group.cityCount),
      })}
      summary={
        current.overall === null || best === undefined
          ? t('cityProfile.chartSummaryEmpty', { city: cityName, year })
          : group.summary.overall === null
            ? t('cityProfile.chartSummary', {
                city: cityName,
                year,
                overall: formatScore(current.overall),
                role: t(`roles.${best}.name`),
              })
            : t('cityProfile.chartSummaryWithGroup', {
                city: cityName,
                year,
                overall: formatScore(current.overall),
                role: t(`roles.${best}.name`),
                average: formatScore(group.summary.overall),
              })
      }
      data={{
        columns: [
          { id: 'role', header: t('scores.role'), kind: 'label' },
          ...series.map((entry) => ({ id: entry.id, header: entry.name, kind: 'score' as const })),
        ],
        rows: [...roleIds, 'overall' as const].map((role) => {
          const values = rowsFor(role);
          return {
            id: role,
            values: [
              role === 'overall' ? t('scores.overall') : t(`roles.${role}.name`),
              ...series.map((entry) => values[entry.id as keyof typeof values] ?? null),
            ],
          };
        }),
      }}
      figure={{ page: 'city', chart: 'role-scores', round: year, selection: cityName }}
    >
      <GroupedBarChart
        title={t('cityProfile.chartTitle', { city: cityName, year })}
        formatScore={formatScore}
        missingLabel={t('scores.missing')}
        valueAxisLabel={t('scores.score')}
        categoryAxisLabel={t('scores.role')}
        series={series}
        groups={roleIds.map((role) => ({ label: t(`roles.${role}.short`), scores: rowsFor(role) }))}
      />
    </ChartFrame>
  );
}
