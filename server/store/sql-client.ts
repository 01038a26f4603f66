/**
 * The one seam between the PostgreSQL store and a database driver: parameterised queries,
 * scripts and transactions. Two implementations: a `pg` pool for a PostgreSQL server, and
 * PGlite (PostgreSQL compiled to WebAssembly) for an embedded database without a server, in a
 * folder or in memory. Both answer rows as `pg` does: `timestamptz` as `Date`, `jsonb` parsed,
 * arrays as arrays; cast `count(*)` to int in SQL, since `pg` answers a bigint as a string.
 */
import { createHash } from 'node:crypto';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { Pool, type PoolClient } from 'pg';

/** What a query answers: its rows, each an object keyed by column name. */
export interface SqlResult<Row> {
  rows: Row[];
  /** Rows an INSERT, UPDATE or DELETE changed (both drivers report it). */
  affectedRows?: number;
}

/**
 * A connection to a PostgreSQL database (a server or PGlite). Errors are the driver's own and
 * carry the server's SQLSTATE as `code` (e.g. `'23505'` for a unique violation).
 */
export interface SqlClient {
  /**
   * Runs one statement with `$1`, `$2`… bound to `params`. `Row` describes the columns the
   * statement returns; it is taken on trust, not checked. Pass jsonb as `JSON.stringify(value)`
   * with a `::jsonb` cast in the SQL.
   */
  query<Row>(text: string, params?: readonly unknown[]): Promise<SqlResult<Row>>;
  /** Runs a script of statements separated by semicolons, without parameters (migrations). */
  exec(script: string): Promise<void>;
  /**
   * Runs `fn` in a transaction on one connection: committed when `fn`'s promise resolves,
   * rolled back (and the error rethrown) when it rejects. Every statement of the transaction
   * must go through `tx`. On a `tx`, `transaction` joins the transaction already running.
   */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  /**
   * Ends every connection (a pool) or shuts the database down (PGlite); a process does not exit
   * while a PGlite instance is open. On a `tx` it throws: close the client, not a transaction.
   */
  close(): Promise<void>;
}

export interface PgClientOptions {
  /** A libpq URL, e.g. `postgres://user:password@host:5432/database`. */
  connectionString: string;
  /** Connections the pool opens at most. Default 10 (pg's default). */
  maxConnections?: number;
  /** Sets `search_path` on every connection, e.g. a schema of its own for a test run. */
  searchPath?: string;
  /**
   * Called when an idle connection fails (the server restarted, say); the pool replaces it.
   * Default: logs to stderr. Without a handler, such an error would end the process.
   */
  onIdleError?: (error: Error) => void;
}

/** A client over a `pg` pool: concurrent queries run on up to `maxConnections` connections. */
export function createPgClient(options: PgClientOptions): SqlClient {
  const pool = new Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    ...(options.searchPath === undefined
      ? {}
      : { options: `-c search_path=${options.searchPath}` }),
  });
  pool.on(
    'error',
    options.onIdleError ??
      ((error) => {
        console.error('PostgreSQL: an idle connection failed:', error.message);
      }),
  );

  const client: SqlClient = {
    query: (text, params) => queryOn(pool, text, params),
    async exec(script) {
      await pool.query(script);
    },
    async transaction(fn) {
      const connection = await pool.connect();
      // A connection whose ROLLBACK failed is in an unknown state: it is dropped, not reused.
      let broken: Error | undefined;
      try {
        await connection.query('BEGIN');
        const result = await fn(pgTransaction(connection));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await connection.query('ROLLBACK');
        } catch (rollbackError) {
          broken =
            rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        }
        throw error;
      } finally {
        connection.release(broken);
      }
    },
    close: () => pool.end(),
  };
  return client;
}

/** Names of prepared statements by their text (a statement's text never changes its name). */
const statementNames = new Map<string, string>();

/**
 * A name for `text` as a prepared statement: the same text, the same name. With a name, pg
 * prepares the statement once per connection and then only binds and runs it: PostgreSQL no
 * longer parses and plans every save's statements again (the bench's saves under load).
 */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `s${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    statementNames.set(text, name);
  }
  return name;
}

async function queryOn<Row>(
  target: Pool | PoolClient,
  text: string,
  params: readonly unknown[] | undefined,
): Promise<SqlResult<Row>> {
  // Statements with parameters are the ones run again and again; the rest (transaction
  // control, SET, the few fixed lists) are sent as they are.
  const result =
    params === undefined
      ? await target.query(text)
      : await target.query({ name: statementName(text), text, values: [...params] });
  // pg types rows loosely (any); the caller's Row is the statement's column list.
  return { rows: result.rows as Row[], affectedRows: result.rowCount ?? 0 };
}

function pgTransaction(connection: PoolClient): SqlClient {
  const tx: SqlClient = {
    query: (text, params) => queryOn(connection, text, params),
    async exec(script) {
      await connection.query(script);
    },
    transaction: (fn) => fn(tx),
    close: refuseToCloseTransaction,
  };
  return tx;
}

function refuseToCloseTransaction(): Promise<void> {
  return Promise.reject(new Error('Close the SqlClient, not one of its transactions'));
}

/**
 * A client over an embedded PGlite database: in `dataDir` (a folder, created when missing,
 * that keeps the data between runs), or in memory when `dataDir` is omitted. PGlite runs one
 * statement at a time, so concurrent transactions queue rather than interleave. It takes
 * seconds and about a gigabyte of memory to start: open one per process (or test file), and
 * `close()` it.
 */
export async function createPgliteClient(dataDir?: string): Promise<SqlClient> {
  const db = await PGlite.create(dataDir === undefined ? {} : { dataDir });
  return {
    query: (text, params) => db.query(text, params === undefined ? undefined : [...params]),
    async exec(script) {
      await db.exec(script);
    },
    transaction: (fn) => db.transaction((tx) => fn(pgliteTransaction(tx))),
    close: () => db.close(),
  };
}

function pgliteTransaction(transaction: Transaction): SqlClient {
  const tx: SqlClient = {
    query: (text, params) =>
      transaction.query(text, params === undefined ? undefined : [...params]),
    async exec(script) {
      await transaction.exec(script);
    },
    transaction: (fn) => fn(tx),
    close: refuseToCloseTransaction,
  };
  return tx;
}

/** Where the database is: a PostgreSQL server's URL, or else an embedded PGlite folder. */
export interface DatabaseLocation {
  /** `DATABASE_URL`; when set (and not empty), the server it names is used. */
  databaseUrl?: string | undefined;
  /** The PGlite data folder used when there is no `databaseUrl`. */
  pgliteDataDir: string;
}

/** Opens the database `location` names: a `pg` pool for a URL, else PGlite in its folder. */
export async function openSqlClient(location: DatabaseLocation): Promise<SqlClient> {
  if (location.databaseUrl) return createPgClient({ connectionString: location.databaseUrl });
  return createPgliteClient(location.pgliteDataDir);
}
