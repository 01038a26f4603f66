/** A labelled text area with its character limit always visible, and its errors next to it. */
import { useTranslation } from 'react-i18next';
import type { AssessmentFieldKey } from '../../domain/assessment-fields';
import { graphemeLength } from '../../domain/text-length';
import { formatCount } from '../../lib/format';
import { describedBy, FieldError } from './field-error';
import { fieldId } from './field-ids';

interface CountedTextFieldProps {
  field: AssessmentFieldKey;
  label: string;
  value: string;
  maxLength: number;
  rows?: number;
  errors: readonly string[] | undefined;
  onChange: (field: AssessmentFieldKey, value: string) => void;
}

export function CountedTextField({
  field,
  label,
  value,
  maxLength,
  rows = 4,
  errors,
  onChange,
}: CountedTextFieldProps) {
  const { t } = useTranslation();
  const id = fieldId(field);
  const counterId = `${id}-counter`;
  // Counted as the API counts: an emoji or an accented letter is one character. The text area
  // has no maxLength attribute, which counts UTF-16 units and would stop typing too early.
  const used = graphemeLength(value);
  const over = used > maxLength;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        value={value}
        onChange={(event) => {
          onChange(field, event.target.value);
        }}
        {...describedBy(field, errors, counterId)}
      />
      <p id={counterId} className={over ? 'char-count char-count--over' : 'char-count'}>
        {t('editor.characterCount', {
          used: formatCount(used),
          max: formatCount(maxLength),
        })}
      </p>
      <FieldError field={field} messages={errors} />
    </div>
  );
}
