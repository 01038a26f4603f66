import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { SigningPeriodText } from '../../components/signing-period-text';
import { latestApprovedByCity } from '../../domain/aggregation';
import { overallScore } from '../../domain/scoring';
import { useCities, useRounds, useScoreRows } from '../../data/query-hooks';
import { formatCountry, formatScore, formatYear } from '../../lib/format';
import { paths } from '../../lib/paths';

export function CitiesPage() {
  const { t, i18n } = useTranslation();
  const cities = useCities();
  const rounds = useRounds();
  const latest = latestApprovedByCity(rounds, useScoreRows());
  const roundYear = new Map(rounds.map((round) => [round.id, round.year]));
  const sorted = [...cities].sort((a, b) => a.name.localeCompare(b.name, i18n.language));

  return (
    <>
      <PageHeading title={t('cities.title')} />
      <p className="lead">{t('cities.intro', { count: cities.length })}</p>
      <DataTable
        caption={t('cities.tableCaption')}
        columns={[
          { id: 'city', header: t('cities.columns.city') },
          { id: 'country', header: t('cities.columns.country') },
          { id: 'signed', header: t('cities.columns.signed') },
          { id: 'round', header: t('cities.columns.latestRound') },
          { id: 'score', header: t('cities.columns.overall'), numeric: true },
        ]}
        rows={sorted.map((city) => {
          const assessment = latest.get(city.id);
          const score = assessment ? overallScore(assessment.ratings) : null;
          const year = assessment ? roundYear.get(assessment.roundId) : undefined;
          return {
            id: city.id,
            cells: [
              <Link key="link" to={paths.city(city.id)}>
                {city.name}
              </Link>,
              formatCountry(city.countryCode),
              <SigningPeriodText key="signed" period={city.signed} />,
              year === undefined ? t('cities.noApprovedRound') : formatYear(year),
              score === null ? '–' : formatScore(score),
            ],
          };
        })}
      />
    </>
  );
}
