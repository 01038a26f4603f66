/**
 * The editor's checks, with the same zod schemas the API uses, turned into messages in the
 * member's language and keyed by the field they belong to.
 */
import type { z } from 'zod/mini';
import type { FieldErrors } from '../../domain/api-error';
import {
  assessmentContentSchema,
  evidenceLinkSchema,
  EVIDENCE_LINKS_MAX,
  findSubmissionGaps,
  type AssessmentContent,
} from '../../domain/assessment';
import { fieldKeyOfErrorPath, type AssessmentFieldKey } from '../../domain/assessment-fields';
import { submissionGapField } from '../../domain/workflow';
import { i18next } from '../../lib/i18n';
import { formatCount } from '../../lib/format';

function messageFor(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return i18next.t('editor.errors.tooLong', { max: formatCount(Number(issue.maximum)) });
  }
  if (issue.code === 'too_big' && issue.origin === 'array') {
    return i18next.t('editor.errors.tooManyLinks', { max: formatCount(EVIDENCE_LINKS_MAX) });
  }
  if (issue.code === 'invalid_format') return i18next.t('editor.errors.linkProtocol');
  return i18next.t('editor.errors.invalid');
}

function addError(errors: FieldErrors, key: AssessmentFieldKey | '_', message: string) {
  const messages = (errors[key] ??= []);
  if (!messages.includes(message)) messages.push(message);
}

/** What stops the content from being saved as a draft. */
export function validateDraft(content: AssessmentContent): FieldErrors {
  const result = assessmentContentSchema.safeParse(content);
  const errors: FieldErrors = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    addError(
      errors,
      fieldKeyOfErrorPath(issue.path.map(String).join('.')) ?? '_',
      messageFor(issue),
    );
  }
  return errors;
}

/**
 * What stops it from being submitted: draft problems, every commitment answered, and no text
 * left in an input without being added (a link typed but not added would otherwise be lost
 * without a word, or stopped by the browser's own bubble). `unsentInputs` is keyed by field.
 */
export function validateSubmission(
  content: AssessmentContent,
  unsentInputs: Readonly<Record<string, string>> = {},
): FieldErrors {
  const errors = validateDraft(content);
  for (const [input, text] of Object.entries(unsentInputs)) {
    const field = fieldKeyOfErrorPath(input);
    if (text.trim() !== '' && field !== null) {
      addError(errors, field, i18next.t('editor.errors.linkNotAdded'));
    }
  }
  for (const gap of findSubmissionGaps(content)) {
    addError(
      errors,
      submissionGapField(gap),
      i18next.t(
        gap.kind === 'missing_rating'
          ? 'editor.errors.missingRating'
          : 'editor.errors.missingReason',
        { id: gap.commitmentId },
      ),
    );
  }
  return errors;
}

/** The API's field errors, keyed like the client's; the server's words are kept. */
export function serverFieldErrors(fieldErrors: FieldErrors): FieldErrors {
  const errors: FieldErrors = {};
  for (const [path, messages] of Object.entries(fieldErrors)) {
    for (const message of messages) {
      addError(
        errors,
        fieldKeyOfErrorPath(path) ?? '_',
        i18next.t('editor.errors.server', { message }),
      );
    }
  }
  return errors;
}

/** Null when the address may be added as evidence; otherwise why not. */
export function checkEvidenceLink(address: string, existing: readonly string[]): string | null {
  const trimmed = address.trim();
  if (trimmed === '') return i18next.t('editor.errors.linkEmpty');
  if (!evidenceLinkSchema.safeParse(trimmed).success)
    return i18next.t('editor.errors.linkProtocol');
  if (existing.includes(trimmed)) return i18next.t('editor.errors.linkDuplicate');
  if (existing.length >= EVIDENCE_LINKS_MAX) {
    return i18next.t('editor.errors.tooManyLinks', { max: formatCount(EVIDENCE_LINKS_MAX) });
  }
  return null;
}
