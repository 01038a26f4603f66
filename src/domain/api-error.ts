/** The error body every API failure carries, shared by the HTTP data source and the mock API. */
import { z } from './zod';
import { assessmentSchema } from './assessment';

export const apiErrorCodeSchema = z.enum([
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'version_conflict',
  'status_conflict',
  'already_exists',
  'precondition_required',
  'payload_too_large',
  'unsupported_media_type',
  'unreadable_file',
  'internal_error',
  'too_many_requests',
]);
export type ApiErrorCode = z.infer<typeof apiErrorCodeSchema>;

/** The HTTP status each error code is sent with (docs/api.md, "Errors"). */
export const httpStatusOfError: Readonly<Record<ApiErrorCode, number>> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  version_conflict: 409,
  status_conflict: 409,
  already_exists: 409,
  precondition_required: 428,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unreadable_file: 422,
  internal_error: 500,
  too_many_requests: 429,
};

/** Messages per field, keyed by the dotted path of the field in the request body. */
export const fieldErrorsSchema = z.record(z.string(), z.array(z.string()));
export type FieldErrors = z.infer<typeof fieldErrorsSchema>;

export const apiErrorBodySchema = z.object({
  error: z.object({
    code: apiErrorCodeSchema,
    message: z.string(),
    fieldErrors: z.optional(fieldErrorsSchema),
    /** Why, in a word a client can translate: an import file's refusal (ImportFileRefusal). */
    reason: z.optional(z.string()),
  }),
  /** With version_conflict: the server's current copy, so the client can merge. */
  current: z.optional(assessmentSchema),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

/**
 * zod's issues as field errors keyed by dotted path (`_` for the whole body). An unknown key is
 * reported at its own path (`ratings.PM1.colour`), so the field at fault is named.
 */
export function fieldErrorsFromZod(error: z.core.$ZodError): FieldErrors {
  // A Map, then fromEntries: a path such as `__proto__` must become a key, not the prototype.
  const fieldErrors = new Map<string, string[]>();
  const add = (path: readonly PropertyKey[], message: string) => {
    const key = path.map(String).join('.') || '_';
    fieldErrors.set(key, [...(fieldErrors.get(key) ?? []), message]);
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add([...issue.path, key], 'This field is not allowed here');
    } else {
      add(issue.path, issue.message);
    }
  }
  return Object.fromEntries(fieldErrors);
}
