/**
 * A Kysely dialect over our `SqlClient`, so better-auth (which speaks Kysely) uses the same
 * database connection as the store: the `pg` pool on a PostgreSQL server, or the embedded
 * PGlite. Kysely compiles PostgreSQL with `$1` placeholders, which both drivers take.
 *
 * better-auth is configured without transactions (server/accounts/auth.ts); a transaction asked
 * of this dialect is refused rather than run as loose statements on a pool.
 */
import {
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';
import type { SqlClient } from '../store/sql-client';

function refuseTransaction(): Promise<void> {
  return Promise.reject(new Error('The SqlClient dialect runs no Kysely transactions'));
}

/** The dialect: pass it to better-auth as `database: { dialect, type: 'postgres' }`. */
export function sqlClientDialect(client: SqlClient): Dialect {
  const connection: DatabaseConnection = {
    async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
      const result = await client.query<R>(compiled.sql, compiled.parameters);
      return {
        rows: result.rows,
        ...(result.affectedRows === undefined
          ? {}
          : { numAffectedRows: BigInt(result.affectedRows) }),
      };
    },
    streamQuery(): AsyncIterableIterator<QueryResult<never>> {
      throw new Error('The SqlClient dialect does not stream');
    },
  };
  const driver: Driver = {
    init: () => Promise.resolve(),
    acquireConnection: () => Promise.resolve(connection),
    beginTransaction: refuseTransaction,
    commitTransaction: refuseTransaction,
    rollbackTransaction: refuseTransaction,
    releaseConnection: () => Promise.resolve(),
    // The client belongs to the server, which closes it.
    destroy: () => Promise.resolve(),
  };
  return {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => driver,
    createIntrospector: (db: Kysely<unknown>) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  };
}
