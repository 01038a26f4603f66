/**
 * What the import endpoints answer (docs/api.md, "Import of past rounds"): why a file is
 * refused whole, and the preview of what a readable file would do, assessment by assessment.
 */
import { z } from './zod';
import { importProblemSchema } from './import-rows';

/** The media type of an XLSX file (Office Open XML spreadsheet). */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The media type of a CSV file. */
export const CSV_MEDIA_TYPE = 'text/csv';

/** Why a whole file is refused before any row is checked. */
export const importFileRefusals = [
  /** Over IMPORT_MAX_BYTES: answered 413. */
  'too_large',
  /** Sent as something other than CSV or XLSX: answered 415. */
  'wrong_type',
  /** An XLSX file sent as CSV, or a binary file. */
  'not_csv',
  /** Not a ZIP archive, so not an XLSX file. */
  'not_xlsx',
  /** An Excel 97-2003 (.xls) workbook. */
  'xls',
  /** UTF-16 text (Excel's "Unicode text"). */
  'utf16',
  /** Text in Windows-1252 / Latin-1 (Excel's plain "CSV" on Windows), not UTF-8. */
  'windows_1252',
  /** Text in no encoding we can name for sure. */
  'not_utf8',
  /** Cut short: a quoted CSV value never closed, or an XLSX archive without its end. */
  'truncated',
  /** An XLSX archive or sheet that cannot be read. */
  'damaged',
  /** XLSX content that unpacks to more than the import reads (a "zip bomb"). */
  'unpacked_too_large',
  /** More data rows than IMPORT_MAX_ROWS. */
  'too_many_rows',
  /** A sheet wider than any import file needs. */
  'too_many_columns',
  /** No header row at all. */
  'empty',
] as const;
export const importFileRefusalSchema = z.enum(importFileRefusals);
export type ImportFileRefusal = z.infer<typeof importFileRefusalSchema>;

/** What an import does to one city's assessment for one round. */
export const importOutcomeSchema = z.enum(['created', 'changed', 'unchanged']);
export type ImportOutcome = z.infer<typeof importOutcomeSchema>;

export const importedAssessmentPreviewSchema = z.object({
  cityId: z.string(),
  year: z.number().check(z.int()),
  /** The assessment's id, existing or to be made (`<city>-<round>`). */
  assessmentId: z.string(),
  outcome: importOutcomeSchema,
  /** How many fields (assessment-fields keys) differ from what is stored; all of them for created. */
  changedFields: z.number().check(z.int(), z.gte(0)),
});
export type ImportedAssessmentPreview = z.infer<typeof importedAssessmentPreviewSchema>;

export const importPreviewSchema = z.object({
  fileKind: z.enum(['csv', 'xlsx']),
  /** Data rows read, empty rows left out. */
  rowCount: z.number().check(z.int(), z.gte(0)),
  /** Every problem found, by row; the import is possible only when there is none. */
  problems: z.array(importProblemSchema),
  /** Years of the rounds the import creates, closed. Empty while there are problems. */
  roundsToCreate: z.array(z.number().check(z.int())),
  /** Each assessment the file makes, in the file's order. Empty while there are problems. */
  assessments: z.array(importedAssessmentPreviewSchema),
  summary: z.object({
    created: z.number().check(z.int(), z.gte(0)),
    changed: z.number().check(z.int(), z.gte(0)),
    unchanged: z.number().check(z.int(), z.gte(0)),
  }),
});
/** The dry run's answer: problems, or what the import would create and change. */
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z.object({
  /** What was written: the same counts the preview gave. */
  summary: importPreviewSchema.shape.summary,
  roundsCreated: z.array(z.number().check(z.int())),
});
/** The answer of a committed import. */
export type ImportResult = z.infer<typeof importResultSchema>;
