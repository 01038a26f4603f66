/**
 * Backup and restore (docs/api.md, "Backup and restore"; docs/backup.md): a coordinator
 * downloads all data as one JSON file, and restores such a file into an instance that holds
 * no city, round or assessment yet.
 */
import type { Hono } from 'hono';
import {
  backupAuditRecord,
  backupFileName,
  backupOf,
  contentOf,
  readBackup,
} from '../../src/domain/backup';
import type { ContractStore } from '../store/contract-store';
import { auditEntryFor, coordinatorOnly } from './administration';
import { ApiProblem, validationProblem } from './api-problem';
import type { ApiEnv } from './create-api';
import { readJsonBody, refusePrototypeKeys } from './request-parsing';

export function backupRoutes(
  app: Hono<ApiEnv>,
  { store, now }: { store: ContractStore; now: () => Date },
) {
  app.get('/backup', ...coordinatorOnly(store), async (context) => {
    const exportedAt = now();
    const backup = backupOf(await store.snapshot(), exportedAt);
    // Recorded after the snapshot, so a file never holds its own download, and before the
    // answer, so no file leaves unrecorded.
    await store.appendAuditEntry(
      auditEntryFor(context, now, backupAuditRecord('backup.download', backup)),
    );
    context.header('Content-Disposition', `attachment; filename="${backupFileName(exportedAt)}"`);
    // Every draft and every user: no cache may keep a copy.
    context.header('Cache-Control', 'no-store');
    return context.json(backup);
  });

  app.post('/restore', ...coordinatorOnly(store), async (context) => {
    const body = await readJsonBody(context.req.raw);
    refusePrototypeKeys(body);
    const reading = readBackup(body);
    if (!reading.ok) throw validationProblem(reading.problem.message, reading.problem.fieldErrors);
    // The restore is recorded after the backup's own entries.
    const entry = auditEntryFor(context, now, backupAuditRecord('backup.restore', reading.backup));
    const summary = await store.restore(contentOf(reading.backup), entry);
    if (!summary) {
      throw new ApiProblem(
        'already_exists',
        'This instance already holds data: a backup is restored only into an instance with no city, round or assessment',
      );
    }
    return context.json(summary);
  });
}
