/** One commitment: its description, the rating scale with what each answer means, reason, evidence, links. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EVIDENCE_TEXT_MAX_LENGTH,
  isUnscoredRating,
  REASON_MAX_LENGTH,
  type CommitmentAnswer,
} from '../../domain/assessment';
import type { AssessmentFieldKey, FieldValue } from '../../domain/assessment-fields';
import { ratingValues, type CommitmentId } from '../../domain/charter';
import type { FieldErrors } from '../../domain/api-error';
import { CountedTextField } from './counted-text-field';
import { EvidenceLinksField } from './evidence-links-field';
import { describedBy, FieldError } from './field-error';
import { fieldId } from './field-ids';

interface CommitmentFieldProps {
  commitmentId: CommitmentId;
  answer: CommitmentAnswer;
  /** A link typed but not added yet. */
  unsentLink: string;
  errors: FieldErrors;
  onChange: (field: AssessmentFieldKey, value: FieldValue) => void;
  onUnsentChange: (field: AssessmentFieldKey, text: string) => void;
}

export const CommitmentField = memo(function CommitmentField({
  commitmentId,
  answer,
  unsentLink,
  errors,
  onChange,
  onUnsentChange,
}: CommitmentFieldProps) {
  const { t } = useTranslation();
  const ratingField: AssessmentFieldKey = `ratings.${commitmentId}.rating`;
  const reasonField: AssessmentFieldKey = `ratings.${commitmentId}.reason`;
  const evidenceField: AssessmentFieldKey = `ratings.${commitmentId}.evidence`;
  const descriptionId = `commitment-${commitmentId}-description`;
  const ratingErrors = errors[ratingField];
  const needsReason = isUnscoredRating(answer.rating) || answer.reason !== '';
  return (
    <fieldset className="commitment-field" id={`commitment-${commitmentId}`}>
      <legend>
        <span className="commitment__id">{commitmentId}</span>{' '}
        {t(`commitments.${commitmentId}.title`)}
      </legend>
      <p id={descriptionId} className="commitment-field__description">
        {t(`commitments.${commitmentId}.description`)}
      </p>
      <fieldset className="rating-scale">
        <legend>{t('editor.ratingLegend', { id: commitmentId })}</legend>
        {ratingValues.map((rating, index) => {
          const hintId = `${fieldId(ratingField)}-${rating}-hint`;
          return (
            <div key={rating} className="choice">
              <input
                type="radio"
                id={index === 0 ? fieldId(ratingField) : `${fieldId(ratingField)}-${rating}`}
                name={fieldId(ratingField)}
                value={rating}
                checked={answer.rating === rating}
                onChange={() => {
                  onChange(ratingField, rating);
                }}
                {...describedBy(ratingField, ratingErrors, hintId)}
              />
              <label
                htmlFor={index === 0 ? fieldId(ratingField) : `${fieldId(ratingField)}-${rating}`}
              >
                {t(`ratings.${rating}.label`)}
              </label>
              <span id={hintId} className="choice__hint">
                {t(`ratings.${rating}.explanation`)}
              </span>
            </div>
          );
        })}
        <FieldError field={ratingField} messages={ratingErrors} />
      </fieldset>
      {needsReason && (
        <CountedTextField
          field={reasonField}
          label={t('editor.reasonLabel', { id: commitmentId })}
          value={answer.reason}
          maxLength={REASON_MAX_LENGTH}
          rows={2}
          errors={errors[reasonField]}
          onChange={onChange}
        />
      )}
      <CountedTextField
        field={evidenceField}
        label={t('editor.evidenceLabel', { id: commitmentId })}
        value={answer.evidence}
        maxLength={EVIDENCE_TEXT_MAX_LENGTH}
        errors={errors[evidenceField]}
        onChange={onChange}
      />
      <EvidenceLinksField
        commitmentId={commitmentId}
        links={answer.links}
        address={unsentLink}
        errors={errors[`ratings.${commitmentId}.links`]}
        onChange={onChange}
        onAddressChange={onUnsentChange}
      />
    </fieldset>
  );
});
