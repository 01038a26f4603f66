/**
 * The bench's server, a process of its own (scripts/bench/server.mjs forks it with tsx, so that
 * the load generator and the browser never share its event loop): the contract's API as
 * `npm run server` serves it (createApi over the PostgreSQL store, a pool of pg's default 10
 * connections, demo sign-in on, one log line per request written to stdout, which the bench
 * sends to a file), on a database it fills itself:
 *
 * 1. migrates BENCH_DATABASE_URL (in the schema BENCH_SCHEMA, when given) and loads the data set
 *    BENCH_DATA_SET: `synthetic` (the default: 2,000 cities, ten rounds, some 17,000
 *    assessments) or `sample`;
 * 2. adds BENCH_SAVERS (may be 0) working-group members, one for each of as many drafts of the
 *    synthetic set's open round (each a different city), so that concurrent saves each have an assessment of
 *    their own and are really saved, not refused as conflicts;
 * 3. listens on 127.0.0.1, on free ports: the API alone, and once more for each folder of
 *    BENCH_SITES (JSON, name -> built app) serving that build beside the API on one origin.
 *
 * It then tells its parent, over the IPC channel, `{ origins, savers, seeded }`, and stops when
 * sent SIGTERM or when its parent goes away.
 *
 * Each answers as `npm run server` does: compressed (server/compression.ts), and the sites
 * through the server's own static handler (server/static-site.ts, as with STATIC_DIR).
 */
import { createApi, type RequestLogEntry } from '../../server/api/create-api';
import { withCompression } from '../../server/compression';
import { createLogger } from '../../server/logger';
import { startServer, type RunningServer } from '../../server/start-server';
import { securityHeadersFor } from '../../server/security-headers';
import { withStaticSite } from '../../server/static-site';
import { migrate } from '../../server/store/migrate';
import { replaceStoreData } from '../../server/store/postgres-rows';
import { createPostgresStore } from '../../server/store/postgres-store';
import { createPgClient, type SqlClient } from '../../server/store/sql-client';
import { demoDataSetSeed } from '../../mocks/seed/data-sets';

/** The round whose drafts the bench saves: the synthetic set's open round. */
const SAVE_ROUND_ID = '2026';
const HOST = '127.0.0.1';

export interface BenchSaver {
  userId: string;
  assessmentId: string;
}

/** What the process tells its parent once it serves. */
export interface BenchServerReady {
  type: 'ready';
  /** `api`, and one per site of BENCH_SITES: e.g. `{ api: 'http://127.0.0.1:40123' }`. */
  origins: Record<string, string>;
  savers: BenchSaver[];
  seeded: { cities: number; rounds: number; users: number; assessments: number };
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (scripts/bench/server.mjs sets it)`);
  return value;
}

/** Members for the first `count` drafts of the open round, by assessment id. */
async function addSavers(client: SqlClient, count: number): Promise<BenchSaver[]> {
  const { rows } = await client.query<{ user_id: string; assessment_id: string }>(
    `WITH drafts AS (
       SELECT id AS assessment_id, city_id, row_number() OVER (ORDER BY id) AS n
       FROM assessments
       WHERE round_id = $1 AND status = 'draft'
       ORDER BY id
       LIMIT $2
     ), added AS (
       INSERT INTO users (id, name, role, city_id)
       SELECT 'bench-member-' || lpad(n::text, 3, '0'), 'Bench member ' || lpad(n::text, 3, '0'),
              'member', city_id
       FROM drafts
       RETURNING id, city_id
     )
     SELECT added.id AS user_id, drafts.assessment_id
     FROM added JOIN drafts USING (city_id)
     ORDER BY added.id`,
    [SAVE_ROUND_ID, count],
  );
  if (rows.length < count) {
    throw new Error(
      `The open round has ${String(rows.length)} drafts; the bench needs ${String(count)}`,
    );
  }
  return rows.map((row) => ({ userId: row.user_id, assessmentId: row.assessment_id }));
}

async function main() {
  const log = createLogger('info');
  const schema = process.env.BENCH_SCHEMA;
  const client = createPgClient({
    connectionString: required('BENCH_DATABASE_URL'),
    ...(schema ? { searchPath: schema } : {}),
  });
  const sites = JSON.parse(process.env.BENCH_SITES ?? '{}') as Record<string, string>;
  const saverCount = Number(process.env.BENCH_SAVERS ?? '20');

  const dataSet = process.env.BENCH_DATA_SET ?? 'synthetic';
  if (dataSet !== 'synthetic' && dataSet !== 'sample') {
    throw new Error(`BENCH_DATA_SET must be synthetic or sample, not ${dataSet}`);
  }

  await migrate(client);
  const seed = demoDataSetSeed(dataSet);
  await replaceStoreData(client, seed);
  const savers = await addSavers(client, saverCount);
  await client.query('ANALYZE users');

  const logRequest = (entry: RequestLogEntry) => {
    log.info('request', { ...entry });
  };
  const api = createApi({
    store: createPostgresStore(client),
    demoSignIn: true,
    publicRead: true,
    readiness: async () => {
      await client.query('SELECT 1');
      return true;
    },
    onRequestDone: logRequest,
    onUnexpectedError: (error) => {
      log.error('unexpected error', { error: error.message, stack: error.stack });
    },
  });
  const servers: Record<string, RunningServer> = {
    api: await startServer(withCompression(api), { host: HOST, port: 0 }),
  };
  for (const [name, root] of Object.entries(sites)) {
    const site = withStaticSite(api, {
      root,
      apiBasePath: '/api',
      // What `npm run server` sends by default, so the bench measures the same answers.
      headers: (pathname) => securityHeadersFor(pathname, { apiOrigin: null, frameAncestors: [] }),
      onRequestDone: logRequest,
    });
    servers[name] = await startServer(withCompression(site), { host: HOST, port: 0 });
  }

  let stopping = false;
  async function stop() {
    if (stopping) return;
    stopping = true;
    await Promise.all(Object.values(servers).map((server) => server.close()));
    await client.close();
    process.exit(0);
  }
  process.once('SIGTERM', () => void stop());
  process.once('disconnect', () => void stop());

  const ready: BenchServerReady = {
    type: 'ready',
    origins: Object.fromEntries(
      Object.entries(servers).map(([name, { origin }]) => [name, origin]),
    ),
    savers,
    seeded: {
      cities: seed.cities.length,
      rounds: seed.rounds.length,
      users: seed.users.length + savers.length,
      assessments: seed.assessments.length,
    },
  };
  process.send?.(ready);
}

main().catch((error: unknown) => {
  process.send?.({
    type: 'failed',
    message: error instanceof Error ? error.message : String(error),
  });
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
