/** Where the shown assessment stands: status, how complete, last change; a notice if not approved. */
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment';
import { completeness } from '../../domain/scoring';
import { formatDate, formatPercent } from '../../lib/format';

export function AssessmentStatusLine({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="assessment-status">
        {t('cityProfile.statusLine', {
          status: t(`assessmentStatus.${assessment.status}`),
          completeness: t('cityProfile.completeness', {
            percent: formatPercent(completeness(assessment).ratio),
          }),
          // A visitor is not told who made the change (docs/api.md, "Public reading").
          updated: assessment.updatedBy
            ? t('cityProfile.updated', {
                date: formatDate(assessment.updatedAt),
                name: assessment.updatedBy.name,
              })
            : t('cityProfile.updatedOn', { date: formatDate(assessment.updatedAt) }),
        })}
      </p>
      {assessment.status !== 'approved' && (
        <p className="notice">{t('cityProfile.notApprovedNotice')}</p>
      )}
    </>
  );
}
