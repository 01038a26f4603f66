/**
 * One assessment: the editor for its city's member while it is a draft or returned; otherwise
 * read-only, with the coordinator's review for submitted ones. Its history is always shown.
 */
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../components/loading-state';
import { PageHeading } from '../../components/page-heading';
import { canEditAssessment, canReviewAssessments } from '../../domain/permissions';
import { previousRoundAssessment } from '../../domain/round-comparison';
import {
  useAssessment,
  useAssessments,
  useCity,
  useRounds,
  useSession,
} from '../../data/query-hooks';
import { formatDateTime, formatYear } from '../../lib/format';
import { paths } from '../../lib/paths';
import { useCityName } from '../../lib/use-city-name';
import { AssessmentAnswers } from '../../components/assessment-answers';
import { RatingChanges } from './rating-changes';
import { ReviewPanel } from './review-panel';
import { AssessmentEditor } from './assessment-editor';
import { HistoryTimeline } from './history-timeline';

export function AssessmentPage({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const assessment = useAssessment(assessmentId);
  const { user } = useSession();
  const city = useCity(assessment.cityId);
  const cityName = useCityName()(city);
  const rounds = useRounds();
  const round = rounds.find((candidate) => candidate.id === assessment.roundId);
  const year = formatYear(round?.year ?? 0);
  const editable = canEditAssessment(user, assessment, round);
  const reviewing = canReviewAssessments(user) && assessment.status === 'submitted';
  const statusLine = useRef<HTMLParagraphElement>(null);
  const submittedNotice = useRef<HTMLParagraphElement>(null);
  const shownStatus = useRef(assessment.status);
  useEffect(() => {
    if (shownStatus.current === assessment.status) return;
    shownStatus.current = assessment.status;
    // Submitted, returned or approved here: the form or the decision that had focus is gone,
    // so focus (and the view) moves to what the page now says.
    const target = submittedNotice.current ?? statusLine.current;
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }, [assessment.status]);

  return (
    <>
      <PageHeading title={t('assessment.title', { city: cityName, year })} />
      <p className="assessment-status" ref={statusLine} tabIndex={-1}>
        <strong>{t(`assessmentStatus.${assessment.status}`)}</strong> ·{' '}
        <Link to={paths.city(city.id)}>{t('assessment.cityProfile', { city: cityName })}</Link>
      </p>
      {assessment.status === 'returned' && assessment.reviewComment && (
        <section className="return-comment" aria-labelledby="return-comment-title">
          <h2 id="return-comment-title">{t('assessment.returnedTitle')}</h2>
          <blockquote>{assessment.reviewComment}</blockquote>
        </section>
      )}
      {assessment.status === 'submitted' && assessment.submittedAt && (
        <p className="notice" ref={submittedNotice} tabIndex={-1}>
          {t('assessment.submittedNotice', {
            name: assessment.submittedBy?.name ?? '',
            time: formatDateTime(assessment.submittedAt),
          })}{' '}
          {editable || user.role !== 'member' ? null : t('assessment.readOnlyUntilReturned')}
        </p>
      )}
      {!editable &&
        user.role === 'member' &&
        user.cityId === assessment.cityId &&
        round?.status !== 'open' && <p className="notice">{t('adminRounds.closedReadOnly')}</p>}
      {editable ? (
        <AssessmentEditor key={assessment.id} assessment={assessment} user={user} />
      ) : (
        <>
          {reviewing && <ReviewSection assessmentId={assessment.id} />}
          <AssessmentAnswers assessment={assessment} cityName={cityName} year={year} />
        </>
      )}
      <Suspense fallback={<LoadingState label={t('app.loading')} />}>
        <HistoryTimeline assessmentId={assessment.id} />
      </Suspense>
    </>
  );
}

function ReviewSection({ assessmentId }: { assessmentId: string }) {
  const assessment = useAssessment(assessmentId);
  const rounds = useRounds();
  const cityAssessments = useAssessments({ cityId: assessment.cityId });
  const previous = previousRoundAssessment(assessment, cityAssessments, rounds);
  const yearOf = (roundId: string | undefined) =>
    rounds.find((round) => round.id === roundId)?.year;
  return (
    <>
      <RatingChanges
        current={assessment}
        previous={previous}
        currentYear={yearOf(assessment.roundId) ?? 0}
        previousYear={yearOf(previous?.roundId)}
      />
      <ReviewPanel assessment={assessment} />
    </>
  );
}
