/** Every recorded change to the assessment, newest first: who, when, which fields, before and after. */
import { useTranslation } from 'react-i18next';
import { useAssessmentHistory } from '../../data/query-hooks';
import { formatDateTime } from '../../lib/format';
import { fieldLabel, formatFieldValue } from './field-labels';

export function HistoryTimeline({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const history = useAssessmentHistory(assessmentId);
  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      {history.length === 0 ? (
        <p>{t('history.empty')}</p>
      ) : (
        <ol className="history__list">
          {history.map((entry) => (
            <li key={entry.version} className="history__entry">
              <p>
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>{' '}
                {t(`history.actions.${entry.action}`, {
                  name: entry.actor.name,
                  version: entry.version,
                })}
              </p>
              {entry.comment && (
                <blockquote className="history__comment">{entry.comment}</blockquote>
              )}
              {entry.changes.length > 0 && (
                <details>
                  <summary>{t('history.changedFields', { count: entry.changes.length })}</summary>
                  <ul>
                    {entry.changes.map((change) => (
                      <li key={change.field}>
                        {t('history.change', {
                          field: fieldLabel(t, change.field),
                          before: formatFieldValue(t, change.field, change.before),
                          after: formatFieldValue(t, change.field, change.after),
                        })}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
