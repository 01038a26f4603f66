import { lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ChartFrame } from '../../components/chart-frame';
import { PageHeading } from '../../components/page-heading';
import { averagesByRound } from '../../domain/aggregation';
import { roleIds } from '../../domain/charter';
import { canReviewAssessments } from '../../domain/permissions';
import { findOpenRound, sortRoundsByYear } from '../../domain/round';
import type { RoundProgress } from '../../domain/round-progress';
import {
  useCities,
  useRoundProgress,
  useRounds,
  useSession,
  useScoreRows,
} from '../../data/query-hooks';
import { formatCount, formatScore, formatYear } from '../../lib/format';

const RoleAverageChart = lazy(async () => ({
  default: (await import('../../components/role-score-line-chart')).RoleAverageChart,
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

function scoreOrDash(score: number | null): string {
  return score === null ? '–' : formatScore(score);
}

const INCLUDE_PARAM = 'include';
const INCLUDE_UNAPPROVED = 'unapproved';

/** `myAssessment`: the app's way into a member's own assessment, shown first. */
export function OverviewPage({ myAssessment }: { myAssessment?: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const rounds = useRounds();
  const cities = useCities();
  const assessments = useScoreRows();
  const [searchParams, setSearchParams] = useSearchParams();
  const mayIncludeUnapproved = canReviewAssessments(user);
  const includeUnapproved =
    mayIncludeUnapproved && searchParams.get(INCLUDE_PARAM) === INCLUDE_UNAPPROVED;
  const currentRound = findOpenRound(rounds) ?? sortRoundsByYear(rounds).at(-1);
  const progress = useRoundProgress(currentRound?.id ?? '');

  const roundAverages = averagesByRound(rounds, assessments, { includeUnapproved });
  const roles = roleIds.map((id) => ({ id, label: t(`roles.${id}.name`) }));
  const first = roundAverages.at(0);
  const last = roundAverages.at(-1);
  const roundYear = formatYear(currentRound?.year ?? 0);

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
      {mayIncludeUnapproved && (
        <div className="choice chart-option">
          <input
            type="checkbox"
            id="include-unapproved"
            checked={includeUnapproved}
            onChange={(event) => {
              setSearchParams(event.target.checked ? { [INCLUDE_PARAM]: INCLUDE_UNAPPROVED } : {}, {
                replace: true,
              });
            }}
          />
          <label htmlFor="include-unapproved">{t('overview.includeUnapproved')}</label>
        </div>
      )}
      <dl className="key-figures">
        <div>
          <dt>{t('overview.figures.signatories')}</dt>
          <dd>{formatCount(cities.length)}</dd>
        </div>
        <div>
          <dt>{t('overview.figures.expected', { year: roundYear })}</dt>
          <dd>{formatCount(progress.expectedCities)}</dd>
        </div>
        <div>
          <dt>{t('overview.figures.approved', { year: roundYear })}</dt>
          <dd>{formatCount(progress.approved)}</dd>
        </div>
      </dl>
      <div className="chart-grid">
        <ChartFrame
          title={
            includeUnapproved
              ? t('overview.roleAverages.titleWithUnapproved')
              : t('overview.roleAverages.title')
          }
          summary={roleSummary}
          table={{
            columns: [
              { id: 'round', header: t('rounds.column') },
              ...roles.map((role) => ({ id: role.id, header: role.label, numeric: true })),
              { id: 'overall', header: t('scores.overall'), numeric: true },
              { id: 'cities', header: t('scores.cityCount'), numeric: true },
            ],
            rows: roundAverages.map(({ round, average }) => ({
              id: round.id,
              cells: [
                formatYear(round.year),
                ...roleIds.map((role) => scoreOrDash(average.byRole[role])),
                scoreOrDash(average.overall),
                formatCount(average.cityCount),
              ],
            })),
          }}
        >
          <RoleAverageChart
            roles={roles}
            formatScore={formatScore}
            points={roundAverages.map(({ round, average }) => ({
              roundLabel: formatYear(round.year),
              scores: average.byRole,
            }))}
          />
        </ChartFrame>
        <ChartFrame
          title={t('overview.progress.title', { year: roundYear })}
          summary={t('overview.progress.summary', {
            year: roundYear,
            approved: formatCount(progress.approved),
            expected: formatCount(progress.expectedCities),
            submitted: formatCount(progress.submitted),
          })}
          table={{
            columns: [
              { id: 'step', header: t('overview.progress.stepColumn') },
              { id: 'count', header: t('scores.cityCount'), numeric: true },
            ],
            rows: progressSteps.map((step) => ({
              id: step,
              cells: [t(`overview.progress.steps.${step}`), formatCount(progress[step])],
            })),
          }}
        >
          <LabelledBarChart
            scale="count"
            aspectRatio={2.4}
            formatValue={formatCount}
            bars={progressSteps.map((step) => ({
              label: t(`overview.progress.steps.${step}`),
              value: progress[step],
            }))}
          />
        </ChartFrame>
      </div>
    </>
  );
}
