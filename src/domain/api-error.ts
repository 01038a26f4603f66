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
]);
export type ApiErrorCode = z.infer<typeof apiErrorCodeSchema>;

/** Messages per field, keyed by the dotted path of the field in the request body. */
export const fieldErrorsSchema = z.record(z.string(), z.array(z.string()));
export type FieldErrors = z.infer<typeof fieldErrorsSchema>;

export const apiErrorBodySchema = z.object({
  error: z.object({
    code: apiErrorCodeSchema,
    message: z.string(),
    fieldErrors: z.optional(fieldErrorsSchema),
  }),
  /** With version_conflict: the server's current copy, so the client can merge. */
  current: z.optional(assessmentSchema),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

export function fieldErrorsFromZod(error: z.core.$ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}
