/**
 * Backup and restore in the API contract (docs/api.md, "Backup and restore"), against every
 * store: who may call them, each download recorded in the audit log, the round trip (download,
 * restore into an empty instance, download again: the same content but `exportedAt`), and
 * restores refused with nothing changed. Expected counts come from the sample data set
 * (mocks/seed).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  contractClient,
  errorCode,
  fieldErrorKeys,
  type Answer,
  type ContractTarget,
} from './contract-client';

interface BackupFile {
  format: string;
  version: number;
  exportedAt: string;
  cities: unknown[];
  rounds: unknown[];
  users: { id: string }[];
  assessments: { id: string }[];
  history: Record<string, unknown[]>;
  audit: { action: string; actorId: string; after: unknown }[];
}

interface AuditPage {
  entries: { id: string; action: string; after: unknown }[];
}

/** Everything of a backup but when it was taken. */
function contentOf({ exportedAt, ...content }: BackupFile): Omit<BackupFile, 'exportedAt'> {
  expect(new Date(exportedAt).toISOString()).toBe(exportedAt);
  return content;
}

function expectError(answer: Answer, status: number, code: string) {
  expect({ status: answer.status, code: errorCode(answer) }).toEqual({ status, code });
}

/** The suite, inside `describeApiContract` (which resets the sample set before each test). */
export function describeBackupContract(target: () => ContractTarget): void {
  describe('backup and restore', () => {
    let api: ReturnType<typeof contractClient>;
    beforeEach(() => {
      api = contractClient(target());
    });

    async function downloadBackup(token: string): Promise<BackupFile> {
      const answer = await api.call('GET', '/backup', { token });
      expect(answer.status).toBe(200);
      return answer.body as BackupFile;
    }

    /** The whole audit log, newest first. */
    async function auditLog(token: string): Promise<AuditPage['entries']> {
      const answer = await api.call('GET', '/audit?limit=200', { token });
      expect(answer.status).toBe(200);
      return (answer.body as AuditPage).entries;
    }

    it('lets coordinators alone download all data, drafts and history included', async () => {
      expectError(await api.call('GET', '/backup'), 401, 'unauthenticated');
      expectError(await api.call('POST', '/restore', { json: {} }), 401, 'unauthenticated');
      for (const userId of ['lotte-ghent', 'kasia-warsaw', 'sam-viewer']) {
        const token = await api.signIn(userId);
        expectError(await api.call('GET', '/backup', { token }), 403, 'forbidden');
        expectError(await api.call('POST', '/restore', { token, json: {} }), 403, 'forbidden');
      }
      const token = await api.signIn('claire-coordinator');
      const answer = await api.call('GET', '/backup', { token });
      expect(answer.headers.get('Content-Disposition')).toMatch(
        /^attachment; filename="charter-monitor-backup-\d{4}-\d{2}-\d{2}\.json"$/,
      );
      expect(answer.headers.get('Cache-Control')).toBe('no-store');
      const backup = answer.body as BackupFile;
      expect(backup).toMatchObject({ format: 'charter-monitor-backup', version: 1 });
      expect(Object.keys(backup)).toEqual([
        'format',
        'version',
        'exportedAt',
        'cities',
        'rounds',
        'users',
        'assessments',
        'history',
        'audit',
      ]);
      expect([backup.cities.length, backup.rounds.length, backup.users.length]).toEqual([30, 6, 7]);
      // Every status, drafts too (Ghent's 2026 draft), and no credentials or sessions.
      expect(backup.assessments.map(({ id }) => id)).toContain('ghent-2026');
      expect(JSON.stringify(backup)).not.toMatch(/token|password/i);
    });

    it('records each download in the audit log, after the file was taken', async () => {
      const claire = await api.signIn('claire-coordinator');
      const before = await auditLog(claire);
      // A refused download is no download.
      const lotte = await api.signIn('lotte-ghent');
      expectError(await api.call('GET', '/backup', { token: lotte }), 403, 'forbidden');
      expect(await auditLog(claire)).toEqual(before);

      const backup = await downloadBackup(claire);
      const [latest, ...older] = await auditLog(claire);
      expect(older).toEqual(before);
      expect(latest).toMatchObject({
        action: 'backup.download',
        actorId: 'claire-coordinator',
        actorName: 'Claire Dubois',
        target: { kind: 'backup', id: backup.exportedAt },
        before: null,
        after: {
          format: 'charter-monitor-backup',
          version: 1,
          exportedAt: backup.exportedAt,
          cities: 30,
          rounds: 6,
          users: 7,
          auditEntries: before.length,
        },
      });
      // The file does not hold its own download; the next one does.
      expect(backup.audit).toHaveLength(before.length);
      const next = await downloadBackup(claire);
      expect(next.audit.at(-1)).toMatchObject({ action: 'backup.download', after: latest?.after });
    });

    it('restores a backup into an empty instance, which then backs up the same', async () => {
      const claire = await api.signIn('claire-coordinator');
      // A change, so the backup carries history.
      const approved = await api.call('POST', '/assessments/barcelona-2026/approve', {
        token: claire,
        ifMatch: '"3"',
      });
      expect(approved.status).toBe(200);
      const original = await downloadBackup(claire);
      expect(original.history['barcelona-2026']).toHaveLength(1);

      await target().empty();
      const token = await api.signIn('claire-coordinator');
      expect((await api.call('GET', '/cities', { token })).body).toEqual([]);
      const restored = await api.call('POST', '/restore', { token, json: original });
      expect(restored.status).toBe(200);
      expect(restored.body).toEqual({
        cities: 30,
        rounds: 6,
        // Claire was there already: she keeps her own account.
        users: 6,
        assessments: original.assessments.length,
        historyEntries: 1,
        // The restore's own entry.
        auditEntries: 1,
      });
      // The same content, and the audit log tells of the restore: who, which file, what it held.
      const again = contentOf(await downloadBackup(token));
      const restoreEntry = again.audit.at(-1);
      expect({ ...again, audit: again.audit.slice(0, -1) }).toEqual(contentOf(original));
      expect(restoreEntry).toMatchObject({
        action: 'backup.restore',
        actorId: 'claire-coordinator',
        target: { kind: 'backup', id: original.exportedAt },
        after: { exportedAt: original.exportedAt, cities: 30, rounds: 6 },
      });
      // The restored instance works as before: Barcelona's assessment carries on from version 4.
      const barcelona = await api.call('GET', '/assessments/barcelona-2026', { token });
      expect(barcelona.body).toMatchObject({ status: 'approved', version: 4 });

      // Now it holds data: a second restore is refused, whatever the file.
      const refused = await api.call('POST', '/restore', { token, json: original });
      expectError(refused, 409, 'already_exists');
      expect((refused.body as { error: { message: string } }).error.message).toMatch(
        /no city, round or assessment/,
      );
    });

    it('refuses to restore over data, and refuses a bad file, changing nothing', async () => {
      const claire = await api.signIn('claire-coordinator');
      const backup = await downloadBackup(claire);
      expectError(
        await api.call('POST', '/restore', { token: claire, json: backup }),
        409,
        'already_exists',
      );
      // Nothing changed but the audit log, which tells of the first download.
      const again = contentOf(await downloadBackup(claire));
      expect({ ...again, audit: again.audit.slice(0, -1) }).toEqual(contentOf(backup));
      expect(again.audit.at(-1)).toMatchObject({ action: 'backup.download' });

      await target().empty();
      const token = await api.signIn('claire-coordinator');
      const refusal = async (body: { json?: unknown; raw?: string }, fields: string[]) => {
        const answer = await api.call('POST', '/restore', { token, ...body });
        expectError(answer, 400, 'validation_failed');
        expect(fieldErrorKeys(answer)).toEqual(fields);
        return (answer.body as { error: { message: string } }).error.message;
      };
      expect(await refusal({ json: { ...backup, format: 'something-else' } }, ['format'])).toMatch(
        /not a Charter Monitor backup/,
      );
      expect(await refusal({ json: [1, 2] }, ['_'])).toMatch(/not a Charter Monitor backup/);
      expect(await refusal({ json: { ...backup, version: 2 } }, ['version'])).toMatch(
        /version 2, newer than this app reads \(1\)/,
      );
      await refusal({ json: { ...backup, notes: 'extra' } }, ['notes']);
      await refusal({ raw: '{"format": "charter-monitor-backup", ' }, ['_']);
      await refusal({ raw: '{"format":"charter-monitor-backup","version":1,"__proto__":{}}' }, [
        '__proto__',
      ]);
      const [first, ...rest] = backup.assessments;
      await refusal(
        { json: { ...backup, assessments: [{ ...first, cityId: 'atlantis' }, ...rest] } },
        ['assessments.0.cityId'],
      );
      const withoutRounds = await api.call('POST', '/restore', {
        token,
        json: { ...backup, rounds: [] },
      });
      expectError(withoutRounds, 400, 'validation_failed');
      expect(fieldErrorKeys(withoutRounds)).toContain('assessments.0.roundId');
      await refusal({ json: { ...backup, history: undefined } }, ['history']);
      // Nothing was written: the instance is still empty, and takes the good file.
      expect((await api.call('GET', '/cities', { token })).body).toEqual([]);
      expect((await api.call('GET', '/rounds', { token })).body).toEqual([]);
      expect((await api.call('POST', '/restore', { token, json: backup })).status).toBe(200);
    });
  });
}
