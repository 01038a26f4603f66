/**
 * A backup: all of an instance's data as one JSON document with a versioned format
 * (docs/backup.md), which a coordinator downloads and an operator restores into an empty
 * instance. The same schema checks a file on restore, in the API, the command line and the
 * page, so a file is refused for the same reasons everywhere.
 */
import { accountSchema } from './account';
import { assessmentSchema } from './assessment';
import { historyEntrySchema, type HistoryEntry } from './assessment-history';
import { auditEntrySchema, type AuditRecord } from './audit';
import { citySchema } from './city';
import { fieldErrorsFromZod, type FieldErrors } from './api-error';
import { roundSchema } from './round';
import { z } from './zod';

/** What `format` says in every backup, so another JSON file is told apart from one. */
export const BACKUP_FORMAT = 'charter-monitor-backup';
/**
 * The version of the format this app writes and reads. Raise it when a change means an older
 * app could not restore a new file faithfully (a new table or field); a file of a newer
 * version is refused, one of an older version is read as it is while its fields still fit.
 */
export const BACKUP_VERSION = 1;

/**
 * Every part of the data a backup carries, with the schema of its rows. A new table or field
 * of the store is one line here (and one in each store's restore); the stores' tests fail
 * while a table or column is left out.
 */
const backupContentShape = {
  /** Every signatory city, in the order they were added. */
  cities: z.array(citySchema),
  /** Every reporting round, in the order they were added. */
  rounds: z.array(roundSchema),
  /**
   * Every user with their account details (e-mail address, status, mail language, whether
   * they want notifications), in the order they were added; no credentials and no sessions.
   */
  users: z.array(accountSchema),
  /** Every assessment, of any status, by round (oldest first) then city (as added). */
  assessments: z.array(assessmentSchema),
  /** Assessment id -> its recorded changes, oldest first. */
  history: z.record(z.string(), z.array(historyEntrySchema)),
  /** The audit log of administrative actions, oldest first. */
  audit: z.array(auditEntrySchema),
};

/** The data of a backup, without its header: what a store reads and restores. */
export const backupContentSchema = z.strictObject(backupContentShape);
export type BackupContent = z.infer<typeof backupContentSchema>;

/** The names of the parts of a backup's data, in the file's order. */
export const backupContentKeys = Object.keys(backupContentShape) as (keyof BackupContent)[];

export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  /** When the backup was taken: ISO 8601 in UTC. */
  exportedAt: z.iso.datetime(),
  ...backupContentShape,
});
/** A backup file as this app writes it (docs/backup.md). */
export type Backup = z.infer<typeof backupSchema>;

/** The backup file of `content`, taken at `exportedAt`. */
export function backupOf(content: BackupContent, exportedAt: Date): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    ...content,
  };
}

/** The data of a backup without its header. */
export function contentOf(backup: Backup): BackupContent {
  return Object.fromEntries(backupContentKeys.map((key) => [key, backup[key]])) as BackupContent;
}

/**
 * Why a file cannot be restored: what kind of fault (for a message in the reader's language),
 * an English message for the whole file, and messages per field at fault.
 */
export interface BackupProblem {
  /**
   * `not_json`: the text is not JSON; `not_backup`: another file (not an object, or another
   * `format`); `newer_version`: written by a newer app (`version` says which format);
   * `invalid`: rows the schema refuses (or no valid version); `inconsistent`: rows that do not
   * fit together.
   */
  kind: 'not_json' | 'not_backup' | 'newer_version' | 'invalid' | 'inconsistent';
  message: string;
  fieldErrors: FieldErrors;
  /** With `newer_version`: the file's format version. */
  version?: number;
}

/** The result of reading a file as a backup. */
export type BackupReading = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

const NOT_A_BACKUP = 'This file is not a Charter Monitor backup';

function refused(problem: BackupProblem): BackupReading {
  return { ok: false, problem };
}

/**
 * Reads a parsed JSON value as a backup: first its header (another format, or a newer
 * version, is named as such rather than as a list of unknown fields), then every row, then
 * whether the rows fit together (`backupIntegrityErrors`).
 */
export function readBackup(value: unknown): BackupReading {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refused({
      kind: 'not_backup',
      message: NOT_A_BACKUP,
      fieldErrors: { _: [NOT_A_BACKUP] },
    });
  }
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT) {
    return refused({
      kind: 'not_backup',
      message: NOT_A_BACKUP,
      fieldErrors: { format: [`Expected "${BACKUP_FORMAT}"`] },
    });
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refused({
      kind: 'invalid',
      message: 'The backup has no valid version',
      fieldErrors: { version: ['Expected a whole number'] },
    });
  }
  if (version > BACKUP_VERSION) {
    return refused({
      kind: 'newer_version',
      message: `The backup has format version ${String(version)}, newer than this app reads (${String(BACKUP_VERSION)}): update the app first`,
      fieldErrors: { version: [`Expected ${String(BACKUP_VERSION)} or lower`] },
      version,
    });
  }
  const parsed = z.safeParse(backupSchema, value);
  if (!parsed.success) {
    return refused({
      kind: 'invalid',
      message: 'The backup is not valid',
      fieldErrors: fieldErrorsFromZod(parsed.error),
    });
  }
  const integrity = backupIntegrityErrors(parsed.data);
  if (Object.keys(integrity).length > 0) {
    return refused({
      kind: 'inconsistent',
      message: 'The backup’s rows do not fit together',
      fieldErrors: integrity,
    });
  }
  return { ok: true, backup: parsed.data };
}

/** Reads a file's text as a backup (`readBackup`); text that is not JSON is `not_json`. */
export function readBackupText(text: string): BackupReading {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    const message = 'This file is not JSON';
    return refused({ kind: 'not_json', message, fieldErrors: { _: [message] } });
  }
  return readBackup(value);
}

/**
 * What keeps a backup's rows from fitting together, by field path: a repeated id, an
 * assessment of an unknown city or round or a second one for a city and round, a member of
 * an unknown city, history of an unknown assessment or with repeated or unordered versions.
 * Both stores would refuse (or worse, accept) such data: it is told before anything is written.
 */
export function backupIntegrityErrors(content: BackupContent): FieldErrors {
  const errors = new Map<string, string[]>();
  const add = (path: string, message: string) => {
    errors.set(path, [...(errors.get(path) ?? []), message]);
  };
  const idsOf = (key: 'cities' | 'rounds' | 'users' | 'assessments' | 'audit') => {
    const seen = new Set<string>();
    content[key].forEach((row, index) => {
      if (seen.has(row.id)) add(`${key}.${String(index)}.id`, `The id ${row.id} is repeated`);
      seen.add(row.id);
    });
    return seen;
  };
  const cities = idsOf('cities');
  const rounds = idsOf('rounds');
  const assessments = idsOf('assessments');
  idsOf('users');
  idsOf('audit');

  content.users.forEach((user, index) => {
    if (user.cityId !== null && !cities.has(user.cityId)) {
      add(`users.${String(index)}.cityId`, `No city with id ${user.cityId} in the backup`);
    }
    if (user.role !== 'member' && user.cityId !== null) {
      add(`users.${String(index)}.cityId`, 'Only a member is responsible for a city');
    }
  });
  const cityRounds = new Set<string>();
  content.assessments.forEach((assessment, index) => {
    const at = `assessments.${String(index)}`;
    if (!cities.has(assessment.cityId)) {
      add(`${at}.cityId`, `No city with id ${assessment.cityId} in the backup`);
    }
    if (!rounds.has(assessment.roundId)) {
      add(`${at}.roundId`, `No round with id ${assessment.roundId} in the backup`);
    }
    const cityRound = JSON.stringify([assessment.cityId, assessment.roundId]);
    if (cityRounds.has(cityRound)) {
      add(`${at}.roundId`, 'A city has one assessment per round');
    }
    cityRounds.add(cityRound);
    if (assessment.updatedBy === null) add(`${at}.updatedBy`, 'Who made the last change is kept');
  });
  for (const [assessmentId, entries] of Object.entries(content.history)) {
    if (!assessments.has(assessmentId)) {
      add(`history.${assessmentId}`, `No assessment with id ${assessmentId} in the backup`);
    }
    entries.forEach((entry, index) => {
      const previous = entries[index - 1];
      if (previous && previous.version >= entry.version) {
        add(`history.${assessmentId}.${String(index)}.version`, 'Versions go up, oldest first');
      }
    });
  }
  return Object.fromEntries(errors);
}

/** Whether an instance holds no data a restore could clash with: no city and no round. */
export function isEmptyInstance(counts: { cities: number; rounds: number }): boolean {
  return counts.cities === 0 && counts.rounds === 0;
}

/** What a restore wrote, as counts of rows. */
export const restoreSummarySchema = z.object({
  cities: z.number().check(z.int(), z.nonnegative()),
  rounds: z.number().check(z.int(), z.nonnegative()),
  /** Users added; users the instance already had keep their own record and are not counted. */
  users: z.number().check(z.int(), z.nonnegative()),
  assessments: z.number().check(z.int(), z.nonnegative()),
  historyEntries: z.number().check(z.int(), z.nonnegative()),
  /** Audit entries written: the backup's (but those the instance had already) and the restore's. */
  auditEntries: z.number().check(z.int(), z.nonnegative()),
});
export type RestoreSummary = z.infer<typeof restoreSummarySchema>;

/** The name a backup is downloaded under: `charter-monitor-backup-2026-11-30.json` (UTC date). */
export function backupFileName(exportedAt: Date): string {
  return `${BACKUP_FORMAT}-${exportedAt.toISOString().slice(0, 10)}.json`;
}

/**
 * The summary of restoring `content`, of which `added` says how many users and audit entries
 * were new to the instance (and written).
 */
export function restoreSummaryOf(
  content: BackupContent,
  added: { users: number; auditEntries: number },
): RestoreSummary {
  return {
    cities: content.cities.length,
    rounds: content.rounds.length,
    users: added.users,
    assessments: content.assessments.length,
    historyEntries: Object.values(content.history).reduce(
      (total, entries) => total + entries.length,
      0,
    ),
    auditEntries: added.auditEntries,
  };
}

/** What a file holds, counted as a restore into a new instance would write it. */
export function backupCountsOf(content: BackupContent): RestoreSummary {
  return restoreSummaryOf(content, {
    users: content.users.length,
    auditEntries: content.audit.length,
  });
}

/**
 * History in the order of `assessments` (a backup's order), each assessment's entries oldest
 * first; assessments without history are left out.
 */
export function historyInOrder(
  history: Readonly<Record<string, readonly HistoryEntry[]>>,
  assessments: readonly { id: string }[],
): BackupContent['history'] {
  // fromEntries, not assignment: an id such as `__proto__` must become a key.
  return Object.fromEntries(
    assessments.flatMap(({ id }) => {
      const entries = Object.hasOwn(history, id) ? history[id] : undefined;
      return entries && entries.length > 0
        ? [[id, [...entries].sort((a, b) => a.version - b.version)]]
        : [];
    }),
  );
}

/**
 * What the audit log records of downloading or restoring `backup` (with who did it, when): the
 * file, by when it was taken, and what it holds. A download and a later restore of the same
 * file name the same target.
 */
export function backupAuditRecord(
  action: 'backup.download' | 'backup.restore',
  backup: Backup,
): Omit<AuditRecord, 'actor'> {
  const { format, version, exportedAt } = backup;
  return {
    action,
    target: { kind: 'backup', id: exportedAt },
    before: null,
    after: { format, version, exportedAt, ...backupCountsOf(contentOf(backup)) },
  };
}
