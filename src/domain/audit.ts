/**
 * The audit log: one entry for every administrative action (a round opened, a city archived, a
 * user invited…), saying who did it, when, to what, and the thing as it was before and after.
 * Coordinators read it (`GET /audit`) and export it as CSV. Entries are only ever appended.
 */
import { z } from './zod';

/**
 * What was done, as `<kind>.<verb>`. Each area of administration lists its actions here;
 * adding one needs no migration (the database checks only the `<kind>.<verb>` form), and the
 * audit log page names it through the `audit.actions.<action>` message.
 */
export const auditActions = [
  // Reporting rounds (server/api/round-admin-routes.ts).
  'round.create',
  'round.update',
  'round.open',
  'round.close',
  // Signatory cities (server/api/city-admin-routes.ts).
  'city.create',
  'city.update',
  'city.archive',
  'city.unarchive',
  // Users (server/api/user-routes.ts).
  'user.invite',
  'user.reinvite',
  'user.update',
  'user.deactivate',
  // Import of past rounds (server/api/import-routes.ts): one entry per import that wrote.
  'import.run',
  // Backup and restore (server/api/backup-routes.ts, scripts/db-restore.ts): a download is
  // recorded too, since the file carries every person's e-mail address and every draft.
  'backup.download',
  'backup.restore',
] as const;

export const auditActionSchema = z.enum(auditActions);
/** One kind of administrative action, e.g. `round.open`. */
export type AuditAction = z.infer<typeof auditActionSchema>;

/** The form every action takes: lower-case kind and verb, e.g. `city.archive`. */
export const AUDIT_ACTION_PATTERN = /^[a-z]+(?:[.-][a-z]+)+$/;

export const auditTargetSchema = z.object({
  /** What kind of thing was changed: `round`, `city`, `user`… */
  kind: z.string().check(z.regex(/^[a-z-]+$/)),
  /** Its id, as the API names it (`2026`, `ghent`…). */
  id: z.string().check(z.minLength(1)),
});
/** The thing an action changed. */
export type AuditTarget = z.infer<typeof auditTargetSchema>;

/** A JSON value: the changed thing as the API serves it. */
export type AuditSnapshot = z.infer<ReturnType<typeof z.json>>;

export const auditEntrySchema = z.object({
  /** Unique, opaque: a UUID. */
  id: z.string().check(z.minLength(1)),
  /** When the action was done: ISO 8601 in UTC with milliseconds. */
  at: z.iso.datetime(),
  actorId: z.string().check(z.minLength(1)),
  /** The actor's name when they acted (a later rename does not rewrite the log). */
  actorName: z.string().check(z.minLength(1)),
  action: auditActionSchema,
  target: auditTargetSchema,
  /** The thing before the action; null when the action created it. */
  before: z.nullable(z.json()),
  /** The thing after the action; null when the action removed it. */
  after: z.nullable(z.json()),
});
/** One administrative action, as the audit log records it. */
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** Entries a page of the log holds at most, and by default. */
export const AUDIT_PAGE_MAX = 200;
export const AUDIT_PAGE_DEFAULT = 50;

/**
 * Which entries to read, newest first: up to `limit`, and only those recorded before the
 * entry with id `before` (the previous page's `next`), when given.
 */
export interface AuditQuery {
  limit: number;
  before?: string | undefined;
}

/** `?limit=&before=` of `GET /audit`: a limit from 1 to 200, before an entry's id; both optional. */
export const auditQuerySchema = z.object({
  limit: z.optional(
    z.string().check(z.regex(/^(?:[1-9][0-9]?|1[0-9]{2}|200)$/, 'A whole number from 1 to 200')),
  ),
  before: z.optional(z.string().check(z.minLength(1))),
});

/** The query `GET /audit`'s parameters ask for (after `auditQuerySchema`). */
export function auditQueryOf(params: z.infer<typeof auditQuerySchema>): AuditQuery {
  return {
    limit: params.limit === undefined ? AUDIT_PAGE_DEFAULT : Number(params.limit),
    before: params.before,
  };
}

export const auditPageSchema = z.object({
  /** Newest first. */
  entries: z.array(auditEntrySchema),
  /** The `before` that reads the next (older) page; null on the last page. */
  next: z.nullable(z.string()),
});
/** One page of the audit log, newest first. */
export type AuditPage = z.infer<typeof auditPageSchema>;

/**
 * A page of `limit` entries from `entries` read one further than asked (the store's answer to
 * `limit + 1`): whether there is a next page, and where it starts.
 */
export function auditPageOf(entries: readonly AuditEntry[], limit: number): AuditPage {
  const page = entries.slice(0, limit);
  const last = page.at(-1);
  return { entries: page, next: entries.length > limit && last ? last.id : null };
}

/** What an action needs besides its id and time: who, what, to which thing, before and after. */
export interface AuditRecord {
  actor: { id: string; name: string };
  action: AuditAction;
  target: AuditTarget;
  before: AuditSnapshot | null;
  after: AuditSnapshot | null;
}

/** The entry for `record`, with its id and time. Snapshots are copied as JSON. */
export function auditEntryOf(record: AuditRecord, id: string, at: Date): AuditEntry {
  return {
    id,
    at: at.toISOString(),
    actorId: record.actor.id,
    actorName: record.actor.name,
    action: record.action,
    target: { ...record.target },
    before: jsonCopy(record.before),
    after: jsonCopy(record.after),
  };
}

function jsonCopy(value: AuditSnapshot | null): AuditSnapshot | null {
  return value === null ? null : (JSON.parse(JSON.stringify(value)) as AuditSnapshot);
}

/** One top-level field an action changed, as it was before and after (undefined: absent). */
export interface AuditFieldChange {
  field: string;
  before: AuditSnapshot | undefined;
  after: AuditSnapshot | undefined;
}

function isRecord(value: AuditSnapshot | null): value is Record<string, AuditSnapshot> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The fields that differ between an entry's before and after, in the order the snapshots
 * name them: every field of a created (or removed) thing; none when a snapshot is not an
 * object (then the page shows both whole).
 */
export function auditFieldChanges(entry: Pick<AuditEntry, 'before' | 'after'>): AuditFieldChange[] {
  const before = entry.before === null ? {} : entry.before;
  const after = entry.after === null ? {} : entry.after;
  if (!isRecord(before) || !isRecord(after)) return [];
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}
