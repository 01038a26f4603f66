/** An assessment read-only: commitments with evidence, key trends, groups reached. */
import { useTranslation } from 'react-i18next';
import { DataTable } from './data-table';
import type { Assessment } from '../domain/assessment';
import { keyTrendIds, targetGroupIds } from '../domain/charter';
import { formatList } from '../lib/format';
import { CommitmentAnswers } from './commitment-answers';

export function AssessmentAnswers({
  assessment,
  cityName,
  year,
}: {
  assessment: Assessment;
  cityName: string;
  year: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <CommitmentAnswers ratings={assessment.ratings} />
      <section aria-labelledby="trends-heading">
        <h2 id="trends-heading">{t('cityProfile.trendsTitle')}</h2>
        <DataTable
          caption={t('cityProfile.trendsCaption', { city: cityName, year })}
          columns={[
            { id: 'trend', header: t('trends.columns.trend') },
            { id: 'status', header: t('trends.columns.status') },
            { id: 'example', header: t('trends.columns.example'), userText: true },
          ]}
          rows={keyTrendIds.map((trendId) => {
            const answer = assessment.trends[trendId];
            return {
              id: trendId,
              cells: [
                t(`keyTrends.${trendId}.title`),
                answer?.status ? t(`trendStatus.${answer.status}`) : t('cityProfile.notAnswered'),
                answer?.example ?? '',
              ],
            };
          })}
        />
      </section>
      <section aria-labelledby="groups-heading">
        <h2 id="groups-heading">{t('cityProfile.targetGroupsTitle')}</h2>
        <p>
          {assessment.targetGroups.length === 0
            ? t('cityProfile.noTargetGroups')
            : formatList(
                targetGroupIds
                  .filter((group) => assessment.targetGroups.includes(group))
                  .map((group) => t(`targetGroups.${group}`)),
              )}
        </p>
      </section>
    </>
  );
}
