/** DOM ids for the editor's fields, so errors, the summary and "next unanswered" can point at them. */
import type { AssessmentFieldKey } from '../../domain/assessment-fields';

export function fieldId(key: AssessmentFieldKey): string {
  return `field-${key.replaceAll('.', '-')}`;
}

export function fieldErrorId(key: AssessmentFieldKey): string {
  return `${fieldId(key)}-error`;
}

/** Moves focus to a field and brings it into view. */
export function focusField(key: AssessmentFieldKey) {
  const element = document.getElementById(fieldId(key));
  element?.scrollIntoView({ block: 'center' });
  element?.focus();
}
