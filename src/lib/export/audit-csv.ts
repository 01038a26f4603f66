/**
 * The audit log as a CSV file for a spreadsheet or an auditor: one row per entry, newest
 * first, written as every CSV of the app is (tableCsv: BOM, CRLF, formula guard). Times stay
 * ISO 8601 in UTC and snapshots stay JSON, so the file is exact whatever the reader's locale;
 * the action is given both as its code and in the reader's words.
 */
import type { AuditEntry } from '../../domain/audit';
import { tableCsv } from './chart-csv';

/** The column headings and the action's description, in the reader's language. */
export interface AuditCsvWords {
  headings: {
    at: string;
    actorName: string;
    actorId: string;
    action: string;
    actionCode: string;
    targetKind: string;
    targetId: string;
    before: string;
    after: string;
  };
  describeAction: (action: AuditEntry['action']) => string;
}

const snapshot = (value: AuditEntry['before']) => (value === null ? null : JSON.stringify(value));

/** The entries as RFC 4180 CSV, in the order given. */
export function auditCsv(entries: readonly AuditEntry[], words: AuditCsvWords): string {
  const { headings } = words;
  return tableCsv(
    [
      headings.at,
      headings.actorName,
      headings.actorId,
      headings.action,
      headings.actionCode,
      headings.targetKind,
      headings.targetId,
      headings.before,
      headings.after,
    ],
    entries.map((entry) => [
      entry.at,
      entry.actorName,
      entry.actorId,
      words.describeAction(entry.action),
      entry.action,
      entry.target.kind,
      entry.target.id,
      snapshot(entry.before),
      snapshot(entry.after),
    ]),
  );
}
