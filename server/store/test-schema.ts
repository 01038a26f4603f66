/**
 * For tests on a shared PostgreSQL server (DATABASE_URL): a client whose tables live in a new
 * schema; closing it drops the schema, so runs, and other users of the database, never see
 * each other's rows.
 */
import { createPgClient, createPgliteClient, type SqlClient } from './sql-client';

export async function openTestSchema(connectionString: string, prefix: string): Promise<SqlClient> {
  const schema = `${prefix}_${String(process.pid)}_${String(Date.now())}`;
  const admin = createPgClient({ connectionString, maxConnections: 1 });
  await admin.query(`CREATE SCHEMA ${schema}`);
  const client = createPgClient({ connectionString, searchPath: schema });
  return {
    ...client,
    async close() {
      await client.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.close();
    },
  };
}

/** A database the PostgreSQL tests run on, skipped when it is not there. */
export interface TestDatabase {
  name: string;
  skip: boolean;
  open(): Promise<SqlClient>;
}

/**
 * The databases the PostgreSQL tests run on: the embedded PGlite always, and the server that
 * DATABASE_URL names when it is set, in a schema of its own whose name starts with `prefix`.
 */
export function testDatabases(prefix: string): TestDatabase[] {
  const databaseUrl = process.env.DATABASE_URL;
  return [
    { name: 'PGlite', skip: false, open: () => createPgliteClient() },
    {
      name: 'PostgreSQL (DATABASE_URL)',
      skip: !databaseUrl,
      open: () => openTestSchema(databaseUrl ?? '', prefix),
    },
  ];
}
