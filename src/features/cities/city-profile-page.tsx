import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { RoundSelect } from '../../components/round-select';
import { useCity } from '../../data/query-hooks';
import { formatYear } from '../../lib/format';
import { paths } from '../../lib/paths';
import { useCityName } from '../../lib/use-city-name';
import { AssessmentAnswers } from '../../components/assessment-answers';
import { AssessmentStatusLine } from './assessment-status-line';
import { CityFacts } from './city-facts';
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
  const name = useCityName()(city);
  const { assessments, rounds, roundsWithAssessment, round, assessment, chooseRound } =
    useCityRound(cityId);

  return (
    <>
      <PageHeading title={name} roundYear={round?.year} />
      <CityFacts city={city} />
      {city.archived && <p className="notice">{t('cityProfile.archivedNote')}</p>}
      {myAssessment}
      {!round || !assessment ? (
        <p>{t('cityProfile.noAssessments')}</p>
      ) : (
        <>
          <RoundSelect rounds={roundsWithAssessment} value={round.id} onChange={chooseRound} />
          <p>
            <Link to={paths.cityReport(city.id, round.id)}>
              {t('cityReport.link', { year: formatYear(round.year) })}
            </Link>
          </p>
          <AssessmentStatusLine assessment={assessment} />
          <CityRoundComparison
            cityId={city.id}
            cityName={name}
            round={round}
            assessment={assessment}
            cityAssessments={assessments}
            rounds={rounds}
          />
          <AssessmentAnswers
            assessment={assessment}
            cityName={name}
            year={formatYear(round.year)}
          />
        </>
      )}
    </>
  );
}
