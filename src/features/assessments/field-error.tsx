import type { AssessmentFieldKey } from '../../domain/assessment-fields';
import { fieldErrorId } from './field-ids';

/** The messages for one field, right next to it; inputs point at it with aria-describedby. */
export function FieldError({
  field,
  messages,
}: {
  field: AssessmentFieldKey;
  messages: readonly string[] | undefined;
}) {
  if (!messages || messages.length === 0) return null;
  return (
    <p className="field-error" id={fieldErrorId(field)}>
      {messages.join(' ')}
    </p>
  );
}

/** aria attributes that tie an input to its hint and its error, if there is one. */
export function describedBy(
  field: AssessmentFieldKey,
  messages: readonly string[] | undefined,
  ...hintIds: string[]
) {
  const hasError = messages !== undefined && messages.length > 0;
  const ids = [...hintIds, ...(hasError ? [fieldErrorId(field)] : [])];
  return {
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
    'aria-invalid': hasError || undefined,
  };
}
