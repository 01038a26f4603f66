/**
 * Restoring a backup into PostgreSQL (docs/backup.md): every row in one transaction, into an
 * instance that has no city, round or assessment, with ids, versions, timestamps and order
 * kept. The snapshot side lives in the store itself, which reads through its own lists.
 */
import {
  isEmptyInstance,
  restoreSummaryOf,
  type BackupContent,
  type RestoreSummary,
} from '../../src/domain/backup';
import type { AuditEntry } from '../../src/domain/audit';
import { insertAuditEntry } from './postgres-audit';
import {
  historyParams,
  insertAssessmentsInChunks,
  insertCities,
  insertRounds,
  insertUsers,
} from './postgres-rows';
import type { SqlClient } from './sql-client';

/** History entries per statement: a few megabytes of JSON at most. */
const HISTORY_CHUNK = 5000;

/** Appends every entry of `history`, oldest first per assessment, a chunk per statement. */
async function insertHistory(tx: SqlClient, history: BackupContent['history']): Promise<void> {
  const rows = Object.entries(history).flatMap(([assessmentId, entries]) =>
    entries.map((entry) => [assessmentId, ...historyParams(entry)]),
  );
  for (let start = 0; start < rows.length; start += HISTORY_CHUNK) {
    await tx.query(
      `INSERT INTO assessment_history
         (assessment_id, version, action, at, actor_id, actor_name, changes, comment)
       SELECT x ->> 0, (x ->> 1)::int, x ->> 2, (x ->> 3)::timestamptz, x ->> 4, x ->> 5,
         (x ->> 6)::jsonb, x ->> 7
       FROM json_array_elements($1::json) AS x`,
      [JSON.stringify(rows.slice(start, start + HISTORY_CHUNK))],
    );
  }
}

/**
 * Appends the audit entries whose ids are not taken, in their order, and answers how many.
 * Entries are few (one per administrative action): one statement for all of them.
 */
async function insertAuditLog(tx: SqlClient, audit: BackupContent['audit']): Promise<number> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO audit_log
       (id, at, actor_id, actor_name, action, target_kind, target_id, before, after)
     SELECT x ->> 'id', (x ->> 'at')::timestamptz, x ->> 'actorId', x ->> 'actorName',
       x ->> 'action', x -> 'target' ->> 'kind', x -> 'target' ->> 'id',
       -- JSON null is SQL NULL, as insertAuditEntry writes it.
       nullif(x -> 'before', 'null'::jsonb), nullif(x -> 'after', 'null'::jsonb)
     FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS item(x, ord)
     ORDER BY item.ord
     ON CONFLICT (id) DO NOTHING
     RETURNING id`,
    [JSON.stringify(audit)],
  );
  return rows.length;
}

/**
 * Writes `content` and then `entry` (the restore's own audit entry) in one transaction, or
 * answers null, writing nothing, when the database holds a city, a round or an assessment. The tables are locked first, so of two restores at
 * once the second finds the first one's data and is refused.
 */
export async function restoreBackup(
  client: SqlClient,
  content: BackupContent,
  entry?: AuditEntry,
): Promise<RestoreSummary | null> {
  const summary = await client.transaction(async (tx) => {
    await tx.query('LOCK TABLE cities, rounds, assessments IN SHARE ROW EXCLUSIVE MODE');
    const { rows } = await tx.query<{ cities: number; rounds: number; assessments: number }>(
      `SELECT (SELECT count(*)::int FROM cities) AS cities,
         (SELECT count(*)::int FROM rounds) AS rounds,
         (SELECT count(*)::int FROM assessments) AS assessments`,
    );
    const counts = rows[0];
    if (!counts || !isEmptyInstance(counts) || counts.assessments > 0) return null;
    await insertCities(tx, content.cities);
    await insertRounds(tx, content.rounds);
    const usersAdded = await insertUsers(tx, content.users, { skipExisting: true });
    await insertAssessmentsInChunks(tx, content.assessments);
    await insertHistory(tx, content.history);
    let auditAdded = await insertAuditLog(tx, content.audit);
    if (entry) {
      await insertAuditEntry(tx, entry);
      auditAdded += 1;
    }
    return restoreSummaryOf(content, { users: usersAdded, auditEntries: auditAdded });
  });
  if (summary) {
    // Fresh statistics, as after seeding: the tables went from empty to full at once.
    await client.query(
      'ANALYZE cities, rounds, users, assessments (id, city_id, round_id, status)',
    );
  }
  return summary;
}
