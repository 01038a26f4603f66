/**
 * The database the db:* scripts work on: the PostgreSQL server `DATABASE_URL` names, or else
 * an embedded PGlite database in .data/pglite at the repository's root (kept between runs,
 * ignored by git).
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openSqlClient, type SqlClient } from '../server/store/sql-client';

const PGLITE_DATA_DIR = fileURLToPath(new URL('../.data/pglite', import.meta.url));

/** An open client and a description of where it points, without credentials, for logs. */
export interface OpenDatabase {
  client: SqlClient;
  description: string;
}

export async function openDatabase(): Promise<OpenDatabase> {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    const url = new URL(databaseUrl);
    return {
      client: await openSqlClient({ databaseUrl, pgliteDataDir: PGLITE_DATA_DIR }),
      description: `PostgreSQL at ${url.host}${url.pathname}`,
    };
  }
  await mkdir(PGLITE_DATA_DIR, { recursive: true });
  return {
    client: await openSqlClient({ pgliteDataDir: PGLITE_DATA_DIR }),
    description: `embedded PGlite in ${PGLITE_DATA_DIR}`,
  };
}
