import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { canReviewAssessments } from '../../domain/permissions';
import type { Assessment } from '../../domain/assessment';
import type { ScoreRow } from '../../domain/score-row';
import { previousRoundFinder, ratingChangesSince } from '../../domain/round-comparison';
import { completeness } from '../../domain/scoring';
import { useReviewQueueData, useSession } from '../../data/query-hooks';
import { formatDateTime, formatList, formatPercent, formatYear } from '../../lib/format';
import { paths } from '../../lib/paths';
import { useCityName } from '../../lib/use-city-name';

export function ReviewQueuePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <>
      <PageHeading title={t('review.title')} />
      {canReviewAssessments(user) ? (
        <SubmittedAssessments />
      ) : (
        <>
          <p>{t('review.coordinatorsOnly')}</p>
          <p>
            <Link to={paths.overview}>{t('review.backToOverview')}</Link>
          </p>
        </>
      )}
    </>
  );
}

function SubmittedAssessments() {
  const { t } = useTranslation();
  const { submitted, scoreRows: all, cities, rounds } = useReviewQueueData();
  const nameOf = useCityName();
  const cityName = new Map(cities.map((city) => [city.id, nameOf(city)]));
  const yearOf = new Map(rounds.map((round) => [round.id, round.year]));
  // Every row of every round, indexed once rather than searched once per submitted assessment.
  const previousRound = useMemo(() => previousRoundFinder(all, rounds), [all, rounds]);
  const queue = [...submitted].sort((a, b) =>
    (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''),
  );
  if (queue.length === 0) return <p>{t('review.empty')}</p>;
  return (
    <>
      <p className="lead">{t('review.intro', { count: queue.length })}</p>
      <DataTable
        caption={t('review.tableCaption')}
        columns={[
          { id: 'city', header: t('cities.columns.city') },
          { id: 'round', header: t('rounds.column') },
          { id: 'by', header: t('review.columns.submittedBy') },
          { id: 'at', header: t('review.columns.submittedAt') },
          { id: 'answered', header: t('review.columns.answered'), numeric: true },
          { id: 'changes', header: t('review.columns.changes') },
          { id: 'action', header: t('review.columns.action') },
        ]}
        rows={queue.map((assessment) => ({
          id: assessment.id,
          cells: [
            <Link key="city" to={`${paths.city(assessment.cityId)}?round=${assessment.roundId}`}>
              {cityName.get(assessment.cityId) ?? assessment.cityId}
            </Link>,
            formatYear(yearOf.get(assessment.roundId) ?? 0),
            assessment.submittedBy?.name ?? '–',
            assessment.submittedAt ? formatDateTime(assessment.submittedAt) : '–',
            formatPercent(completeness(assessment).ratio),
            <ChangesSincePrevious
              key="changes"
              assessment={assessment}
              previous={previousRound(assessment)}
              previousYear={(roundId) => yearOf.get(roundId)}
            />,
            <Link key="review" to={paths.assessment(assessment.id)}>
              {t('review.reviewLink', {
                city: cityName.get(assessment.cityId) ?? assessment.cityId,
              })}
            </Link>,
          ],
        }))}
      />
    </>
  );
}

/** "Since 2022: PM1 improved, SP2 declined" — the commitments whose rating changed. */
function ChangesSincePrevious({
  assessment,
  previous,
  previousYear,
}: {
  assessment: Assessment;
  previous: ScoreRow | undefined;
  previousYear: (roundId: string) => number | undefined;
}) {
  const { t } = useTranslation();
  if (!previous) return <>{t('review.noPrevious')}</>;
  const changed = ratingChangesSince(previous.ratings, assessment.ratings).filter(
    (change) => change.kind !== 'unchanged',
  );
  const year = formatYear(previousYear(previous.roundId) ?? 0);
  if (changed.length === 0) return <>{t('review.noChangesSince', { year })}</>;
  return (
    <span className="changes-summary">
      {t('review.changesSince', {
        year,
        changes: formatList(
          changed.map((change) =>
            t('review.commitmentChange', {
              id: change.commitmentId,
              kind: t(`review.changes.kinds.${change.kind}`),
            }),
          ),
        ),
      })}
    </span>
  );
}
