/**
 * `importPastRounds` over PostgreSQL: one transaction that creates the rounds, inserts the new
 * assessments and replaces the changed ones, with their history and the import's audit entry. Anything that moved since the
 * import was planned (a round or an assessment now exists, a version changed) rolls it all back.
 */
import type { ImportBatch } from './contract-store';
import { insertAssessments, insertHistoryEntry, updateAssessmentAt } from './postgres-rows';
import { insertAuditEntry } from './postgres-audit';
import type { SqlClient } from './sql-client';

/** Thrown inside the transaction to roll it back when the import no longer applies. */
class ImportMoved extends Error {}

export async function importPastRounds(client: SqlClient, batch: ImportBatch): Promise<boolean> {
  try {
    await client.transaction(async (tx) => {
      if (batch.rounds.length > 0) {
        const { rows } = await tx.query<{ id: string }>(
          `INSERT INTO rounds (id, year, status)
           SELECT r.id, r.year, r.status
           FROM unnest($1::text[], $2::int[], $3::text[]) WITH ORDINALITY AS r(id, year, status, ord)
           WHERE NOT EXISTS (SELECT 1 FROM rounds existing WHERE existing.year = r.year)
           ORDER BY r.ord
           ON CONFLICT DO NOTHING
           RETURNING id`,
          [
            batch.rounds.map((round) => round.id),
            batch.rounds.map((round) => round.year),
            batch.rounds.map((round) => round.status),
          ],
        );
        if (rows.length !== batch.rounds.length) throw new ImportMoved();
      }
      const created = batch.created.map(({ assessment }) => assessment);
      if (created.length > 0) {
        const inserted = await insertAssessments(tx, created, { skipExisting: true });
        if (inserted !== created.length) throw new ImportMoved();
        for (const { assessment, entry } of batch.created) {
          await insertHistoryEntry(tx, assessment.id, entry);
        }
      }
      await insertAuditEntry(tx, batch.audit);
      for (const { transition, basedOn } of batch.changed) {
        if (!(await updateAssessmentAt(tx, transition.assessment, basedOn, transition.entry))) {
          throw new ImportMoved();
        }
      }
    });
    return true;
  } catch (error) {
    if (error instanceof ImportMoved) return false;
    throw error;
  }
}
