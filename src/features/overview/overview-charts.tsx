/**
 * The overview's charts for one round: averages per role across rounds, where the round stands,
 * key-trend adoption and the map. The page shows them; the round pack draws them off screen.
 * Each is drawn, and its code fetched, when it comes near the screen (ChartFrame's
 * `drawWhenNear`), not with the page's data: on a phone none is on the first screen, and the
 * page's figures must not wait for a chart library over a slow network (issue 17).
 */
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/chart-frame';
import { roleLineSeries } from '../../components/role-line-series';
import { TrendAdoptionFrame } from '../../components/trend-adoption-frame';
import { keyTrends, roleIds } from '../../domain/charter';
import { hasWorkInProgress, type RoundProgress } from '../../domain/round-progress';
import { formatCount, formatScore, formatYear } from '../../lib/format';
import { CityMapFrame } from './city-map-frame';
import type { OverviewFigures } from './use-overview-figures';

const RoundLineChart = lazy(async () => ({
  default: (await import('../../components/round-line-chart')).RoundLineChart,
}));
const LabelledBarChart = lazy(async () => ({
  default: (await import('../../components/labelled-bar-chart')).LabelledBarChart,
}));

const progressSteps = [
  'notStarted',
  'draft',
  'returned',
  'submitted',
  'approved',
] as const satisfies readonly (keyof RoundProgress)[];

interface OverviewChartsProps {
  figures: OverviewFigures;
  includeUnapproved: boolean;
}

export function OverviewCharts({ figures, includeUnapproved }: OverviewChartsProps) {
  const { t } = useTranslation();
  const { round, cities, progress, roundAverages, assessmentCount, adoption, mapScores } = figures;
  const workInProgress = hasWorkInProgress(progress) ? progress : null;
  const roles = roleLineSeries(t);
  const first = roundAverages.at(0);
  const last = roundAverages.at(-1);
  const year = formatYear(round?.year ?? 0);
  const basis = includeUnapproved ? t('overview.basis.allStatuses') : t('overview.basis.approved');
  const roleSummary =
    first && last && first.average.overall !== null && last.average.overall !== null
      ? t(
          includeUnapproved
            ? 'overview.roleAverages.summaryWithUnapproved'
            : 'overview.roleAverages.summary',
          {
            firstYear: formatYear(first.round.year),
            lastYear: formatYear(last.round.year),
            from: formatScore(first.average.overall),
            to: formatScore(last.average.overall),
          },
        )
      : t('overview.roleAverages.empty');

  return (
    <div className="chart-grid">
      <ChartFrame
        interactive
        drawWhenNear
        title={
          includeUnapproved
            ? t('overview.roleAverages.titleWithUnapproved')
            : t('overview.roleAverages.title')
        }
        subtitle={basis}
        summary={roleSummary}
        data={{
          columns: [
            { id: 'round', header: t('rounds.column'), kind: 'year' },
            ...roles.map((role) => ({ id: role.id, header: role.label, kind: 'score' as const })),
            { id: 'overall', header: t('scores.overall'), kind: 'score' },
            { id: 'cities', header: t('scores.cityCount'), kind: 'count' },
          ],
          rows: roundAverages.map(({ round: averaged, average }) => ({
            id: averaged.id,
            values: [
              averaged.year,
              ...roleIds.map((role) => average.byRole[role]),
              average.overall,
              average.cityCount,
            ],
          })),
        }}
        figure={{
          page: 'overview',
          chart: includeUnapproved ? 'role-averages-incl-unapproved' : 'role-averages',
        }}
        embeddable={!includeUnapproved}
      >
        <RoundLineChart
          series={roles}
          scale="score"
          valueAxisLabel={t('scores.score')}
          formatValue={formatScore}
          points={roundAverages.map(({ round: averaged, average }) => ({
            roundLabel: formatYear(averaged.year),
            values: average.byRole,
          }))}
        />
      </ChartFrame>
      {/* The steps before publication are counted for signed-in readers only. */}
      {workInProgress && (
        <ChartFrame
          interactive
          drawWhenNear
          title={t('overview.progress.title', { year })}
          subtitle={t('overview.progress.subtitle', { year })}
          summary={t('overview.progress.summary', {
            year,
            approved: formatCount(workInProgress.approved),
            expected: formatCount(workInProgress.expectedCities),
            submitted: formatCount(workInProgress.submitted),
          })}
          data={{
            columns: [
              { id: 'step', header: t('overview.progress.stepColumn'), kind: 'label' },
              { id: 'count', header: t('scores.cityCount'), kind: 'count' },
            ],
            rows: progressSteps.map((step) => ({
              id: step,
              values: [t(`overview.progress.steps.${step}`), workInProgress[step]],
            })),
          }}
          figure={{ page: 'overview', chart: 'round-progress', round: round?.year }}
          embeddable={false}
        >
          <LabelledBarChart
            valueAxisLabel={t('scores.cityCount')}
            scale="count"
            aspectRatio={2.4}
            formatValue={formatCount}
            missingLabel={t('scores.missing')}
            bars={progressSteps.map((step) => ({
              label: t(`overview.progress.steps.${step}`),
              value: workInProgress[step],
            }))}
          />
        </ChartFrame>
      )}
      <TrendAdoptionFrame
        title={t('overview.trends.title', { year })}
        subtitle={t('overview.trends.subtitle', {
          basis,
          count: assessmentCount,
          number: formatCount(assessmentCount),
        })}
        summary={t('overview.trends.summary', {
          year,
          count: assessmentCount,
          number: formatCount(assessmentCount),
          established: formatCount(
            keyTrends.filter((trend) => adoption[trend.id].established > 0).length,
          ),
          total: formatCount(keyTrends.length),
        })}
        adoption={adoption}
        figure={{
          page: 'overview',
          chart: includeUnapproved ? 'key-trends-incl-unapproved' : 'key-trends',
          round: round?.year,
        }}
        embeddable={!includeUnapproved}
        drawWhenNear
      />
      <CityMapFrame
        cities={cities}
        scores={mapScores}
        year={year}
        subtitle={t('overview.map.subtitle', { basis })}
        figure={{
          page: 'overview',
          chart: includeUnapproved ? 'map-incl-unapproved' : 'map',
          round: round?.year,
        }}
        embeddable={!includeUnapproved}
      />
    </div>
  );
}
