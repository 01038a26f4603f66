/**
 * A member's way into their city's assessment for the open round: continue it, or start it
 * (empty, or from the city's previous round).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { findMemberAssessment } from '../../domain/member-assessment';
import { previousRoundAssessment } from '../../domain/round-comparison';
import { completeness } from '../../domain/scoring';
import { useCreateAssessment } from '../../data/assessment-mutations';
import type { User } from '../../domain/user';
import { useAssessments, useCity, useRounds, useViewer } from '../../data/query-hooks';
import { formatCalendarDate, formatCount, formatYear } from '../../lib/format';
import { paths } from '../../lib/paths';
import { useCityName } from '../../lib/use-city-name';

/** The card of the city's assessment in its open round, for that city's member only. */
export function MyCityAssessment({ cityId }: { cityId: string }) {
  const viewer = useViewer();
  if (viewer?.role !== 'member' || viewer.cityId !== cityId) return null;
  return <MemberAssessmentCard user={viewer} cityId={cityId} />;
}

function MemberAssessmentCard({ user, cityId }: { user: User; cityId: string }) {
  const { t } = useTranslation();
  const city = useCity(cityId);
  const cityName = useCityName()(city);
  const rounds = useRounds();
  const assessments = useAssessments({ cityId });
  const mine = findMemberAssessment(user, rounds, assessments);
  if (!mine || mine.cityId !== cityId) return null;
  const { round: openRound, assessment: current } = mine;
  // An archived city starts no new assessment (the API refuses); its page says it is archived.
  if (!current && city.archived) return null;
  const year = formatYear(openRound.year);

  return (
    <section className="my-assessment" aria-labelledby="my-assessment-title">
      <h2 id="my-assessment-title">{t('myAssessment.title', { city: cityName, year })}</h2>
      {openRound.deadline !== null && (
        <p>{t('myAssessment.due', { date: formatCalendarDate(openRound.deadline) })}</p>
      )}
      {current ? (
        <>
          <p>
            {t(`assessmentStatus.${current.status}`)} ·{' '}
            {t('myAssessment.answered', {
              answered: formatCount(completeness(current).answered),
              total: formatCount(completeness(current).total),
            })}
          </p>
          <Link className="button" to={paths.assessment(current.id)}>
            {current.status === 'draft' || current.status === 'returned'
              ? t('myAssessment.continue', { year })
              : t('myAssessment.open', { year })}
          </Link>
        </>
      ) : (
        <StartAssessmentForm
          cityId={cityId}
          roundId={openRound.id}
          year={year}
          previousYear={(() => {
            const previous = previousRoundAssessment(
              { cityId, roundId: openRound.id },
              assessments,
              rounds,
            );
            const round = rounds.find((candidate) => candidate.id === previous?.roundId);
            return round ? formatYear(round.year) : null;
          })()}
        />
      )}
    </section>
  );
}

function StartAssessmentForm({
  cityId,
  roundId,
  year,
  previousYear,
}: {
  cityId: string;
  roundId: string;
  year: string;
  previousYear: string | null;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAssessment();
  const [prefill, setPrefill] = useState<'empty' | 'previous'>(
    previousYear === null ? 'empty' : 'previous',
  );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate(
          { cityId, roundId, prefill },
          {
            onSuccess: (created) => {
              void navigate(paths.assessment(created.id));
            },
          },
        );
      }}
    >
      <p>{t('myAssessment.notStarted', { year })}</p>
      {previousYear !== null && (
        <fieldset>
          <legend>{t('myAssessment.startFrom')}</legend>
          <div className="choice">
            <input
              type="radio"
              id="prefill-previous"
              name="prefill"
              checked={prefill === 'previous'}
              onChange={() => {
                setPrefill('previous');
              }}
            />
            <label htmlFor="prefill-previous">
              {t('myAssessment.prefillPrevious', { year: previousYear })}
            </label>
          </div>
          <div className="choice">
            <input
              type="radio"
              id="prefill-empty"
              name="prefill"
              checked={prefill === 'empty'}
              onChange={() => {
                setPrefill('empty');
              }}
            />
            <label htmlFor="prefill-empty">{t('myAssessment.prefillEmpty')}</label>
          </div>
        </fieldset>
      )}
      {create.isError && (
        <p className="field-error" role="alert">
          {t('myAssessment.startFailed')}
        </p>
      )}
      <button type="submit" className="button" disabled={create.isPending}>
        {t('myAssessment.start', { year })}
      </button>
    </form>
  );
}

/** The signed-in member's own city, wherever they are; nothing for other roles and visitors. */
export function MyOwnCityAssessment() {
  const viewer = useViewer();
  return viewer?.role === 'member' && viewer.cityId ? (
    <MemberAssessmentCard user={viewer} cityId={viewer.cityId} />
  ) : null;
}
