/**
 * The database the db:* scripts work on: the one the server would open with the same
 * environment (server/config.ts), so a migration or a seed always reaches the server's data:
 * the PostgreSQL server `DATABASE_URL` names, or else the embedded PGlite database in `DATA_DIR`
 * (default .data/pglite, from the directory npm runs scripts in: the repository's root).
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readServerConfig } from '../server/config';
import { openSqlClient, type SqlClient } from '../server/store/sql-client';

/** An open client and a description of where it points, without credentials, for logs. */
export interface OpenDatabase {
  client: SqlClient;
  description: string;
}

/**
 * Opens the server's database as configured by `environment` (default `process.env`); throws
 * on an invalid configuration, naming the variable.
 */
export async function openDatabase(
  environment: Record<string, string | undefined> = process.env,
): Promise<OpenDatabase> {
  const { databaseUrl, dataDir } = readServerConfig(environment);
  if (databaseUrl) {
    const url = new URL(databaseUrl);
    return {
      client: await openSqlClient({ databaseUrl, pgliteDataDir: dataDir }),
      description: `PostgreSQL at ${url.host}${url.pathname}`,
    };
  }
  const pgliteDataDir = resolve(dataDir);
  await mkdir(pgliteDataDir, { recursive: true });
  return {
    client: await openSqlClient({ pgliteDataDir }),
    description: `embedded PGlite in ${pgliteDataDir}`,
  };
}
