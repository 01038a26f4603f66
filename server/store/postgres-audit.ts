/**
 * The audit log in PostgreSQL (table audit_log, migration 0005): appending an entry, on its
 * own or inside the transaction of the change it records, and reading it newest first.
 */
import type { AuditAction, AuditEntry, AuditQuery, AuditSnapshot } from '../../src/domain/audit';
import type { SqlClient } from './sql-client';

interface AuditRow {
  id: string;
  at: Date;
  actor_id: string;
  actor_name: string;
  action: AuditAction;
  target_kind: string;
  target_id: string;
  before: AuditSnapshot | null;
  after: AuditSnapshot | null;
}

function auditEntryOf(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    target: { kind: row.target_kind, id: row.target_id },
    before: row.before,
    after: row.after,
  };
}

/** Appends `entry`; on a transaction's `tx`, it is written or rolled back with the change. */
export async function insertAuditEntry(tx: SqlClient, entry: AuditEntry): Promise<void> {
  await tx.query(
    `INSERT INTO audit_log
       (id, at, actor_id, actor_name, action, target_kind, target_id, before, after)
     VALUES ($1, $2::timestamptz, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb)`,
    [
      entry.id,
      entry.at,
      entry.actorId,
      entry.actorName,
      entry.action,
      entry.target.kind,
      entry.target.id,
      // JSON null (a snapshot that is null) is SQL NULL: the contract has no other null.
      entry.before === null ? null : JSON.stringify(entry.before),
      entry.after === null ? null : JSON.stringify(entry.after),
    ],
  );
}

/** `ContractStore.listAuditEntries`: newest first, up to `limit`, before the entry `before`. */
export async function selectAuditEntries(
  client: SqlClient,
  { limit, before }: AuditQuery,
): Promise<AuditEntry[]> {
  const columns = 'id, at, actor_id, actor_name, action, target_kind, target_id, before, after';
  const { rows } =
    before === undefined
      ? await client.query<AuditRow>(
          `SELECT ${columns} FROM audit_log ORDER BY position DESC LIMIT $1`,
          [limit],
        )
      : await client.query<AuditRow>(
          `SELECT ${columns} FROM audit_log
           WHERE position < (SELECT position FROM audit_log WHERE id = $2)
           ORDER BY position DESC LIMIT $1`,
          [limit, before],
        );
  return rows.map(auditEntryOf);
}
