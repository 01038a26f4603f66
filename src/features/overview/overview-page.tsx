/**
 * The overview for one reporting round (chosen in the URL): key figures, averages per role
 * across rounds, where the round stands, key-trend adoption and a map of the cities.
 */
import { lazy, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ChartFrame } from '../../components/chart-frame';
import { TrendAdoptionFrame } from '../../components/trend-adoption-frame';
import { PageHeading } from '../../components/page-heading';
import { RoundSelect } from '../../components/round-select';
import { ScoreText } from '../../components/score-text';
import { approvedAssessments, averagesByRound, trendAdoption } from '../../domain/aggregation';
import { keyTrends, roleIds } from '../../domain/charter';
import { canReviewAssessments } from '../../domain/permissions';
import { findOpenRound, sortRoundsByYear } from '../../domain/round';
import type { RoundProgress } from '../../domain/round-progress';
import { overallScore, wholePoints } from '../../domain/scoring';
import {
  useCities,
  useRoundProgress,
  useRounds,
  useScoreRows,
  useSession,
} from '../../data/query-hooks';
import { formatCount, formatScore, formatScoreChange, formatYear } from '../../lib/format';
import { CityMapFrame } from './city-map-frame';
import { parseOverviewParams, serializeOverviewParams } from './overview-params';

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

/** `myAssessment`: the app's way into a member's own assessment, shown first. */
export function OverviewPage({ myAssessment }: { myAssessment?: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const rounds = sortRoundsByYear(useRounds());
  const cities = useCities();
  const rows = useScoreRows();
  const [searchParams, setSearchParams] = useSearchParams();
  const includeUnapprovedId = useId();
  const selection = parseOverviewParams(searchParams);
  const mayIncludeUnapproved = canReviewAssessments(user);
  const includeUnapproved = mayIncludeUnapproved && selection.includeUnapproved;
  const round =
    rounds.find((candidate) => candidate.id === selection.roundId) ??
    findOpenRound(rounds) ??
    rounds.at(-1);
  const progress = useRoundProgress(round?.id ?? '');

  const chartRows = includeUnapproved ? rows : approvedAssessments(rows);
  const inRound = chartRows.filter((row) => row.roundId === round?.id);
  const roundAverages = averagesByRound(rounds, rows, { includeUnapproved });
  const selectedIndex = roundAverages.findIndex((entry) => entry.round.id === round?.id);
  const selectedAverage = roundAverages[selectedIndex]?.average.overall ?? null;
  const previous = selectedIndex > 0 ? roundAverages[selectedIndex - 1] : undefined;
  const change =
    selectedAverage !== null && previous?.average.overall != null
      ? selectedAverage - previous.average.overall
      : null;
  const roles = roleIds.map((id) => ({ id, label: t(`roles.${id}.name`) }));
  const first = roundAverages.at(0);
  const last = roundAverages.at(-1);
  const year = formatYear(round?.year ?? 0);
  const basis = includeUnapproved ? t('overview.basis.allStatuses') : t('overview.basis.approved');
  const adoption = trendAdoption(inRound);
  const mapScores = new Map(inRound.map((row) => [row.cityId, overallScore(row.ratings)]));

  function update(next: Partial<typeof selection>) {
    // A new round or basis is a new view: back returns to the previous one.
    setSearchParams(serializeOverviewParams({ ...selection, ...next }));
  }

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
    <>
      <PageHeading title={t('overview.title')} />
      <p className="lead">{t('overview.intro')}</p>
      {myAssessment}
      <div className="view-controls">
        {round && (
          <RoundSelect
            rounds={rounds}
            value={round.id}
            onChange={(roundId) => {
              update({ roundId });
            }}
          />
        )}
        {mayIncludeUnapproved && (
          <div className="choice chart-option">
            <input
              type="checkbox"
              id={includeUnapprovedId}
              checked={includeUnapproved}
              onChange={(event) => {
                update({ includeUnapproved: event.target.checked });
              }}
            />
            <label htmlFor={includeUnapprovedId}>{t('overview.includeUnapproved')}</label>
          </div>
        )}
      </div>
      <dl className="key-figures">
        <div>
          <dt>{t('overview.figures.signatories')}</dt>
          <dd>{formatCount(cities.length)}</dd>
        </div>
        <div>
          <dt>{t('overview.figures.expected', { year })}</dt>
          <dd>{formatCount(progress.expectedCities)}</dd>
        </div>
        <div>
          <dt>{t('overview.figures.submitted', { year })}</dt>
          <dd>{formatCount(progress.submitted)}</dd>
        </div>
        <div>
          <dt>{t('overview.figures.approved', { year })}</dt>
          <dd>{formatCount(progress.approved)}</dd>
        </div>
        <div>
          <dt>{t('overview.figures.average', { year })}</dt>
          <dd>
            <ScoreText score={selectedAverage} />
            {change !== null && previous && (
              <span className="key-figures__change">
                {' '}
                <span aria-hidden="true">
                  {wholePoints(change) > 0 ? '▲' : wholePoints(change) < 0 ? '▼' : '='}
                </span>{' '}
                {t('overview.figures.change', {
                  change: formatScoreChange(change),
                  year: formatYear(previous.round.year),
                })}
              </span>
            )}
          </dd>
        </div>
      </dl>
      <div className="chart-grid">
        <ChartFrame
          interactive
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
        <ChartFrame
          interactive
          title={t('overview.progress.title', { year })}
          subtitle={t('overview.progress.subtitle', { year })}
          summary={t('overview.progress.summary', {
            year,
            approved: formatCount(progress.approved),
            expected: formatCount(progress.expectedCities),
            submitted: formatCount(progress.submitted),
          })}
          data={{
            columns: [
              { id: 'step', header: t('overview.progress.stepColumn'), kind: 'label' },
              { id: 'count', header: t('scores.cityCount'), kind: 'count' },
            ],
            rows: progressSteps.map((step) => ({
              id: step,
              values: [t(`overview.progress.steps.${step}`), progress[step]],
            })),
          }}
          figure={{ page: 'overview', chart: 'round-progress', round: round?.year }}
        >
          <LabelledBarChart
            valueAxisLabel={t('scores.cityCount')}
            scale="count"
            aspectRatio={2.4}
            formatValue={formatCount}
            bars={progressSteps.map((step) => ({
              label: t(`overview.progress.steps.${step}`),
              value: progress[step],
            }))}
          />
        </ChartFrame>
        <TrendAdoptionFrame
          title={t('overview.trends.title', { year })}
          subtitle={t('overview.trends.subtitle', {
            basis,
            count: inRound.length,
            number: formatCount(inRound.length),
          })}
          summary={t('overview.trends.summary', {
            year,
            count: inRound.length,
            number: formatCount(inRound.length),
            established: formatCount(
              keyTrends.filter((trend) => adoption[trend.id].established > 0).length,
            ),
          })}
          adoption={adoption}
          figure={{
            page: 'overview',
            chart: includeUnapproved ? 'key-trends-incl-unapproved' : 'key-trends',
            round: round?.year,
          }}
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
        />
      </div>
    </>
  );
}
