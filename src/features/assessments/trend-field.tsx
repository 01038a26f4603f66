/** One key trend: established, emerging or not observed in the city, with a short example. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { TREND_EXAMPLE_MAX_LENGTH, type TrendAnswer } from '../../domain/assessment';
import type { AssessmentFieldKey, FieldValue } from '../../domain/assessment-fields';
import { trendStatuses, type KeyTrend } from '../../domain/charter';
import type { FieldErrors } from '../../domain/api-error';
import { CountedTextField } from './counted-text-field';
import { describedBy, FieldError } from './field-error';
import { fieldId } from './field-ids';

interface TrendFieldProps {
  trend: KeyTrend;
  answer: TrendAnswer;
  errors: FieldErrors;
  onChange: (field: AssessmentFieldKey, value: FieldValue) => void;
}

export const TrendField = memo(function TrendField({
  trend,
  answer,
  errors,
  onChange,
}: TrendFieldProps) {
  const { t } = useTranslation();
  const statusField: AssessmentFieldKey = `trends.${trend.id}.status`;
  const statusErrors = errors[statusField];
  const optionId = (index: number) =>
    index === 0 ? fieldId(statusField) : `${fieldId(statusField)}-${String(index)}`;
  return (
    <fieldset className="trend-field" id={`trend-${trend.id}`}>
      <legend>
        {t('editor.trendLegend', {
          number: trend.number,
          title: t(`keyTrends.${trend.id}.title`),
        })}
      </legend>
      <div className="choice-row">
        {trendStatuses.map((status, index) => (
          <div key={status} className="choice">
            <input
              type="radio"
              id={optionId(index)}
              name={fieldId(statusField)}
              value={status}
              checked={answer.status === status}
              onChange={() => {
                onChange(statusField, status);
              }}
              {...describedBy(statusField, statusErrors)}
            />
            <label htmlFor={optionId(index)}>{t(`trendStatus.${status}`)}</label>
          </div>
        ))}
      </div>
      <FieldError field={statusField} messages={statusErrors} />
      <CountedTextField
        field={`trends.${trend.id}.example`}
        label={t('editor.trendExampleLabel', { number: trend.number })}
        value={answer.example}
        maxLength={TREND_EXAMPLE_MAX_LENGTH}
        rows={2}
        errors={errors[`trends.${trend.id}.example`]}
        onChange={onChange}
      />
    </fieldset>
  );
});
