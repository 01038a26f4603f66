/**
 * Schema migrations: the SQL files of server/migrations, applied in the order of their names,
 * each in a transaction of its own together with its row in `schema_migrations`, so a failed
 * file leaves nothing half-applied. Node only: the files are read from disk beside this module.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { SqlClient } from './sql-client';

/** One migration file: its name (e.g. `0001_initial.sql`), its SQL and that SQL's sha256. */
export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

const migrationsDirectory = fileURLToPath(new URL('../migrations/', import.meta.url));

/** `0001_initial.sql`: four digits fix the order, the rest says what the file does. */
const migrationFileName = /^\d{4}_[a-z0-9_]+\.sql$/;

/**
 * Two processes migrating one database at once (two servers starting) take turns on this
 * advisory lock; the one that comes second finds the files applied and skips them.
 */
const MIGRATION_LOCK = "SELECT pg_advisory_xact_lock(hashtext('charter-monitor migrations'))";

/** The migration files of `directory` (default: server/migrations), in the order to apply. */
export async function readMigrations(directory = migrationsDirectory): Promise<Migration[]> {
  const names = (await readdir(directory)).filter((name) => migrationFileName.test(name)).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(`${directory}/${name}`, 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

interface AppliedRow {
  name: string;
  checksum: string;
}

async function appliedMigrations(client: SqlClient): Promise<Map<string, string>> {
  const { rows: table } = await client.query<{ exists: boolean }>(
    "SELECT to_regclass('schema_migrations') IS NOT NULL AS exists",
  );
  if (!table[0]?.exists) return new Map();
  const { rows } = await client.query<AppliedRow>('SELECT name, checksum FROM schema_migrations');
  return new Map(rows.map((row) => [row.name, row.checksum]));
}

/**
 * The names of the migrations not applied yet, in order; empty when the schema is current.
 * For a server to check at start (and refuse to serve an outdated schema).
 */
export async function pendingMigrations(
  client: SqlClient,
  migrations?: readonly Migration[],
): Promise<string[]> {
  const applied = await appliedMigrations(client);
  return (migrations ?? (await readMigrations()))
    .map((migration) => migration.name)
    .filter((name) => !applied.has(name));
}

/**
 * Applies the pending migrations in order and answers their names. Throws, before applying
 * anything, when an applied file has since been edited (its checksum differs): a change to the
 * schema goes in a new file. A file that fails is rolled back, with the ones after it left
 * pending, and its error is rethrown.
 */
export async function migrate(
  client: SqlClient,
  migrations?: readonly Migration[],
): Promise<string[]> {
  const files = migrations ?? (await readMigrations());
  await client.transaction(async (tx) => {
    await tx.query(MIGRATION_LOCK);
    await tx.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
        name text PRIMARY KEY,
        checksum text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
  });
  const applied = await appliedMigrations(client);
  const edited = files.filter(({ name, checksum }) => {
    const recorded = applied.get(name);
    return recorded !== undefined && recorded !== checksum;
  });
  if (edited.length > 0) {
    throw new Error(
      `Applied migrations were edited since: ${edited.map(({ name }) => name).join(', ')}. ` +
        'Restore them and put the change in a new migration.',
    );
  }
  const appliedNow: string[] = [];
  for (const migration of files) {
    if (applied.has(migration.name)) continue;
    const ran = await client.transaction(async (tx) => {
      await tx.query(MIGRATION_LOCK);
      const { rows } = await tx.query<{ name: string }>(
        'SELECT name FROM schema_migrations WHERE name = $1',
        [migration.name],
      );
      if (rows.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [
        migration.name,
        migration.checksum,
      ]);
      return true;
    });
    if (ran) appliedNow.push(migration.name);
  }
  return appliedNow;
}
