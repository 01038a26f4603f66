import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { RoundSelect } from '../../components/round-select';
import { SigningPeriodText } from '../../components/signing-period-text';
import { useCity } from '../../data/query-hooks';
import { formatCountry, formatYear } from '../../lib/format';
import { AssessmentAnswers } from '../../components/assessment-answers';
import { AssessmentStatusLine } from './assessment-status-line';
import { CityRoundComparison } from './city-round-comparison';
import { useCityRound } from './use-city-round';

/** `myAssessment`: the app's way into the member's own assessment, shown under the city's facts. */
export function CityProfilePage({
  cityId,
  myAssessment,
}: {
  cityId: string;
  myAssessment?: ReactNode;
}) {
  const { t } = useTranslation();
  const city = useCity(cityId);
  const { assessments, rounds, roundsWithAssessment, round, assessment, chooseRound } =
    useCityRound(cityId);

  return (
    <>
      <PageHeading title={city.name} />
      <dl className="facts">
        <div>
          <dt>{t('cities.columns.country')}</dt>
          <dd>{formatCountry(city.countryCode)}</dd>
        </div>
        <div>
          <dt>{t('cities.columns.signed')}</dt>
          <dd>
            <SigningPeriodText period={city.signed} />
          </dd>
        </div>
      </dl>
      {myAssessment}
      {!round || !assessment ? (
        <p>{t('cityProfile.noAssessments')}</p>
      ) : (
        <>
          <RoundSelect rounds={roundsWithAssessment} value={round.id} onChange={chooseRound} />
          <AssessmentStatusLine assessment={assessment} />
          <CityRoundComparison
            cityId={city.id}
            cityName={city.name}
            round={round}
            assessment={assessment}
            cityAssessments={assessments}
            rounds={rounds}
          />
          <AssessmentAnswers
            assessment={assessment}
            cityName={city.name}
            year={formatYear(round.year)}
          />
        </>
      )}
    </>
  );
}
