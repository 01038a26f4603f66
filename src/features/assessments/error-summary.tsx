/** "There is a problem": every field error, each a link that moves focus to its field. */
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../domain/api-error';
import { assessmentFieldKeys, isAssessmentFieldKey } from '../../domain/assessment-fields';
import { errorPathLabel } from './field-labels';
import { fieldId, focusField } from './field-ids';

export function ErrorSummary({ errors, ref }: { errors: FieldErrors; ref?: Ref<HTMLDivElement> }) {
  {
    const { t } = useTranslation();
    // In the order of the form, whatever order the errors came in.
    const keys = Object.keys(errors).sort((a, b) => order(a) - order(b));
    if (keys.length === 0) return null;
    return (
      <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
        <h2 id="error-summary-title">{t('editor.errorSummary.title')}</h2>
        <ul>
          {keys.flatMap((key) =>
            (errors[key] ?? []).map((message) => (
              <li key={`${key}:${message}`}>
                {isAssessmentFieldKey(key) ? (
                  <a
                    href={`#${fieldId(key)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(key);
                    }}
                  >
                    {t('editor.errorSummary.item', { field: errorPathLabel(t, key), message })}
                  </a>
                ) : (
                  t('editor.errorSummary.item', { field: errorPathLabel(t, key), message })
                )}
              </li>
            )),
          )}
        </ul>
      </div>
    );
  }
}

function order(key: string): number {
  const index = isAssessmentFieldKey(key) ? assessmentFieldKeys.indexOf(key) : -1;
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}
