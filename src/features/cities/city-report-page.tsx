/**
 * A city's assessment for one round as a document to print or save as PDF: the profile's
 * charts and standings, every commitment with its evidence, the key trends and groups reached,
 * under a heading that names the city, the round, the data source and, for the demo, that the
 * data is invented. The print stylesheet (styles.css, "Printable city report") lays it out
 * on A4 and leaves out the app's header, navigation and every button.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AssessmentAnswers } from '../../components/assessment-answers';
import { PageHeading } from '../../components/page-heading';
import { RoundSelect } from '../../components/round-select';
import { useCity } from '../../data/query-hooks';
import { env } from '../../lib/env';
import { formatYear } from '../../lib/format';
import { paths } from '../../lib/paths';
import { useCityName } from '../../lib/use-city-name';
import { useRoundName } from '../../lib/use-round-name';
import { AssessmentStatusLine } from './assessment-status-line';
import { CityFacts } from './city-facts';
import { CityRoundComparison } from './city-round-comparison';
import { ReportSourceLine } from './report-source-line';
import { useCityRound } from './use-city-round';

export function CityReportPage({ cityId }: { cityId: string }) {
  const { t } = useTranslation();
  const city = useCity(cityId);
  const name = useCityName()(city);
  const roundName = useRoundName();
  const { assessments, rounds, roundsWithAssessment, round, assessment, chooseRound } =
    useCityRound(cityId);

  if (!round || !assessment) {
    return (
      <div className="city-report">
        <PageHeading title={name} />
        <p>{t('cityProfile.noAssessments')}</p>
        <p>
          <Link to={paths.city(city.id)}>{t('cityReport.backToProfile', { city: name })}</Link>
        </p>
      </div>
    );
  }

  const year = formatYear(round.year);
  return (
    <div className="city-report">
      <div className="city-report__toolbar" role="group" aria-label={t('cityReport.toolbarLabel')}>
        <Link to={paths.city(city.id, round.id)}>
          {t('cityReport.backToProfile', { city: name })}
        </Link>
        <RoundSelect rounds={roundsWithAssessment} value={round.id} onChange={chooseRound} />
        <button
          type="button"
          className="button"
          onClick={() => {
            window.print();
          }}
        >
          {t('cityReport.print')}
        </button>
        <p className="city-report__hint">{t('cityReport.printHint')}</p>
      </div>
      <header className="city-report__header">
        <PageHeading title={t('cityReport.title', { city: name, year })} />
        <CityFacts city={city}>
          <div>
            <dt>{t('rounds.column')}</dt>
            <dd>{roundName(round)}</dd>
          </div>
        </CityFacts>
        <AssessmentStatusLine assessment={assessment} />
        <ReportSourceLine />
        {env.mockApi && (
          <p className="sample-data-notice">{t('cityReport.sampleData', { city: name })}</p>
        )}
      </header>
      <CityRoundComparison
        cityId={city.id}
        cityName={name}
        round={round}
        assessment={assessment}
        cityAssessments={assessments}
        rounds={rounds}
      />
      <AssessmentAnswers assessment={assessment} cityName={name} year={year} />
    </div>
  );
}
