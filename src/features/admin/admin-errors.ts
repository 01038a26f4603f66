/** What a refused change tells a form: messages per field, or one message for the whole form. */
import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../domain/api-error';
import { isApiError } from '../../data/api-error';

export interface FormFailure {
  /** Messages by the field's dotted path in the request body (`coordinates.lat`). */
  fields: FieldErrors;
  /** A message for the form as a whole, when the failure is not about one field. */
  form: string | null;
}

export const noFailure: FormFailure = { fields: {}, form: null };

/**
 * The server's field errors when it named fields (400, or a 409 naming one); otherwise a
 * message for the form: changed meanwhile (409), or it did not work.
 */
export function formFailureOf(error: unknown, t: TFunction): FormFailure {
  if (isApiError(error) && Object.keys(error.fieldErrors).length > 0) {
    const { _: whole, ...fields } = error.fieldErrors;
    return { fields, form: whole ? whole.join(' ') : t('admin.fieldErrorsIntro') };
  }
  if (isApiError(error) && error.status === 409) {
    return { fields: {}, form: t('admin.changedMeanwhile') };
  }
  return { fields: {}, form: t('admin.failed') };
}
