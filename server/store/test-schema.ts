/**
 * For tests on a shared PostgreSQL server (DATABASE_URL): a client whose tables live in a new
 * schema; closing it drops the schema, so runs, and other users of the database, never see
 * each other's rows.
 */
import { createPgClient, type SqlClient } from './sql-client';

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
