/** What the API records for every change to an assessment: who, when, which fields, before and after. */
import { z } from './zod';
import { actorSchema, type AssessmentContent } from './assessment';
import {
  assessmentFieldKeys,
  changedFields,
  fieldValue,
  type AssessmentFieldKey,
  type FieldValue,
} from './assessment-fields';

export const assessmentFieldKeySchema = z.enum(
  assessmentFieldKeys as [AssessmentFieldKey, ...AssessmentFieldKey[]],
);

export const fieldValueSchema = z.union([z.string(), z.array(z.string()), z.null()]);

export const fieldChangeSchema = z.object({
  field: assessmentFieldKeySchema,
  before: fieldValueSchema,
  after: fieldValueSchema,
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const historyActionSchema = z.enum([
  'created',
  'saved',
  'submitted',
  'returned',
  'approved',
  /** Written by a coordinator's import of a past round (docs/import.md). */
  'imported',
]);
export type HistoryAction = z.infer<typeof historyActionSchema>;

export const historyEntrySchema = z.object({
  /** The version the change produced. */
  version: z.number().check(z.int(), z.positive()),
  action: historyActionSchema,
  at: z.iso.datetime(),
  actor: actorSchema,
  changes: z.array(fieldChangeSchema),
  /** The coordinator's comment when the assessment was returned. */
  comment: z.nullable(z.string()),
});
/** One recorded change to an assessment. */
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export function fieldChanges(before: AssessmentContent, after: AssessmentContent): FieldChange[] {
  return changedFields(before, after).map((field) => ({
    field,
    before: copyValue(fieldValue(before, field)),
    after: copyValue(fieldValue(after, field)),
  }));
}

function copyValue(value: FieldValue): FieldChange['before'] {
  return typeof value === 'string' || value === null ? value : [...value];
}
