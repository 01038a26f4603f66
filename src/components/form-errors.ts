/**
 * What a refused change tells a form: a message per field, or one message for the whole form.
 * Field messages come from the catalogue, in the reader's language, chosen by the field's path:
 * the server's own text (English, for API users) never reaches the form.
 */
import type { TFunction } from 'i18next';
import type { ApiErrorCode, FieldErrors } from '../domain/api-error';
import { fieldErrorsFromZod } from '../domain/api-error';
import { z } from '../domain/zod';
import { isApiError } from '../data/api-error';

export interface FormFailure {
  /** Messages by the field's dotted path in the request body (`coordinates.lat`). */
  fields: FieldErrors;
  /** A message for the form as a whole, when the failure is not about one field. */
  form: string | null;
}

export const noFailure: FormFailure = { fields: {}, form: null };

/**
 * A form's message for its field at `path`, saying what to enter: `validation_failed` for a
 * value that breaks a rule, or the conflict the server named the field for (`already_exists`).
 */
export type FieldMessageOf = (path: string, code: ApiErrorCode) => string;

/** Each path's one message, from the form's catalogue. */
function messagesFor(
  paths: readonly string[],
  code: ApiErrorCode,
  messageOf: FieldMessageOf,
): FieldErrors {
  return Object.fromEntries(paths.map((path) => [path, [messageOf(path, code)]]));
}

/**
 * The fields `value` breaks `schema`'s rules at (the rules the server applies), each with its
 * message; none when the value is fine. Lets a form catch most mistakes before sending.
 */
export function fieldErrorsOf(
  schema: z.core.$ZodType,
  value: unknown,
  messageOf: FieldMessageOf,
): FieldErrors {
  const result = z.safeParse(schema, value);
  if (result.success) return {};
  const paths = Object.keys(fieldErrorsFromZod(result.error));
  return messagesFor(paths, 'validation_failed', messageOf);
}

/**
 * The fields the server named (400, or a 409 naming one), each with the form's message for it;
 * otherwise a message for the form: changed meanwhile (409), or it did not work.
 */
export function formFailureOf(
  error: unknown,
  t: TFunction,
  messageOf: FieldMessageOf = () => t('admin.checkField'),
): FormFailure {
  if (isApiError(error) && Object.keys(error.fieldErrors).length > 0) {
    const paths = Object.keys(error.fieldErrors).filter((path) => path !== '_');
    if (paths.length === 0) return { fields: {}, form: t('admin.failed') };
    const code = error.code === 'already_exists' ? error.code : 'validation_failed';
    return { fields: messagesFor(paths, code, messageOf), form: t('admin.fieldErrorsIntro') };
  }
  if (isApiError(error) && error.status === 409) {
    return { fields: {}, form: t('admin.changedMeanwhile') };
  }
  return { fields: {}, form: t('admin.failed') };
}
