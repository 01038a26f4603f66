/**
 * A backup leaves nothing of the PostgreSQL schema out by accident: every table's rows, every
 * column, read back the same after a restore into an emptied database. A table or column added
 * by a migration fails here until the backup carries it or it is listed below, with the reason
 * it is left out.
 */
import { describe, expect, it } from 'vitest';
import { recordSomeChanges, emptySeed } from './backup-store.contract';
import { contractSeed } from './contract-store.contract';
import { replaceStoreData } from './postgres-rows';
import { createPostgresStore } from './postgres-store';
import type { SqlClient } from './sql-client';

/** Tables a backup does not carry, and why (docs/backup.md, "What is not in a backup"). */
export const tablesLeftOut: Readonly<Record<string, string>> = {
  schema_migrations: 'Which migrations ran: the restoring instance runs its own',
  commitments: 'The charter’s reference data, written by the migrations',
  key_trends: 'The charter’s reference data, written by the migrations',
  sessions: 'Sign-ins belong to the instance they were made on',
  auth_sessions: 'Sign-ins belong to the instance they were made on',
  auth_users: 'Sign-in identities: rebuilt when a restored person next sets a password',
  auth_accounts: 'Password hashes: a backup file travels unencrypted',
  auth_verifications: 'One-time sign-in and reset links, short-lived secrets',
  invitations: 'Open invitation links, secrets: a coordinator sends new ones',
  sign_in_failures: 'Counts of failed sign-ins, about the last 15 minutes only',
  sent_reminders: 'Which deadline reminders were mailed: a record of sending, not monitoring data',
};

/** Every row of every table a backup carries, each as JSON text, sorted, by table. */
async function dumpTables(client: SqlClient): Promise<Record<string, string[]>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const dump: Record<string, string[]> = {};
  for (const { name } of tables) {
    if (Object.hasOwn(tablesLeftOut, name)) continue;
    const { rows } = await client.query<{ row: string }>(
      `SELECT row_to_json(t)::text AS row FROM "${name}" t`,
    );
    dump[name] = rows.map(({ row }) => row).sort();
  }
  return dump;
}

/** The columns of `dump`'s tables that are null (or empty) in every row. */
function columnsNeverSet(dump: Record<string, string[]>): string[] {
  return Object.entries(dump).flatMap(([table, rows]) => {
    const parsed = rows.map((row) => JSON.parse(row) as Record<string, unknown>);
    const columns = new Set(parsed.flatMap((row) => Object.keys(row)));
    return [...columns]
      .filter((column) => parsed.every((row) => row[column] === null))
      .map((column) => `${table}.${column}`);
  });
}

export function describePostgresBackupCoverage(client: () => SqlClient): void {
  describe('a backup covers the whole schema', () => {
    it('reads back every table and column the same after a restore', async () => {
      await replaceStoreData(client(), contractSeed);
      const store = createPostgresStore(client());
      await recordSomeChanges(store);
      const before = await dumpTables(client());
      // Each table holds rows and each column a value, so one the backup forgot would differ.
      expect(Object.entries(before).filter(([, rows]) => rows.length === 0)).toEqual([]);
      expect(columnsNeverSet(before)).toEqual([]);

      const snapshot = JSON.parse(JSON.stringify(await store.snapshot())) as Awaited<
        ReturnType<typeof store.snapshot>
      >;
      await replaceStoreData(client(), emptySeed());
      expect(await store.restore(snapshot)).not.toBeNull();
      expect(await dumpTables(client())).toEqual(before);
    });
  });
}
