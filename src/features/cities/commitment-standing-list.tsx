/** The city's strongest and weakest commitments against the average of all cities in the round. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitmentStanding } from '../../domain/city-standing';
import { formatScore, formatScoreChange } from '../../lib/format';

function StandingItems({ standings }: { standings: readonly CommitmentStanding[] }) {
  const { t } = useTranslation();
  return (
    <ul className="standing-list">
      {standings.map((standing) => (
        <li key={standing.commitmentId}>
          <strong>
            {standing.commitmentId} {t(`commitments.${standing.commitmentId}.title`)}
          </strong>
          <br />
          {t('cityProfile.standing.detail', {
            points: formatScore(standing.points),
            average: formatScore(standing.groupAverage),
            difference: formatScoreChange(standing.difference),
          })}
        </li>
      ))}
    </ul>
  );
}

export function CommitmentStandingList({
  cityName,
  year,
  strongest,
  weakest,
}: {
  cityName: string;
  year: string;
  strongest: readonly CommitmentStanding[];
  weakest: readonly CommitmentStanding[];
}) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="standing">
      <h2 id={titleId}>{t('cityProfile.standing.title', { city: cityName, year })}</h2>
      <div className="standing__columns">
        <div>
          <h3>{t('cityProfile.standing.strongest')}</h3>
          {strongest.length === 0 ? (
            <p>{t('cityProfile.standing.noneAbove')}</p>
          ) : (
            <StandingItems standings={strongest} />
          )}
        </div>
        <div>
          <h3>{t('cityProfile.standing.weakest')}</h3>
          {weakest.length === 0 ? (
            <p>{t('cityProfile.standing.noneBelow')}</p>
          ) : (
            <StandingItems standings={weakest} />
          )}
        </div>
      </div>
    </section>
  );
}
