/**
 * A PostgreSQL database of the bench's own for its server stage, removed afterwards:
 *
 * - with `DATABASE_URL` set: a fresh schema in that database (the server's connections get it
 *   as their search_path), dropped at the end;
 * - otherwise a throwaway cluster of the newest PostgreSQL under /usr/lib/postgresql/{version}/bin,
 *   in a temporary folder on a free port, as .ci/run starts one (initdb and pg_ctl run as the
 *   postgres user when the bench runs as root, since initdb refuses root). Unlike CI's, it keeps
 *   PostgreSQL's durable defaults (fsync, synchronous_commit): the stage times saves.
 *
 * `openBenchDatabase` answers `{ url, schema, description, close }`, or `{ unavailable }` with
 * the reason when there is no PostgreSQL to use. `close` is also run when the process exits or
 * is interrupted, so that no cluster is left behind.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** The bin folder of the newest PostgreSQL installed the Debian way, or null. */
function findPostgresBin() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((version) => existsSync(join(root, version, 'bin', 'initdb')))
    .sort((a, b) => Number(a) - Number(b));
  const newest = versions.at(-1);
  return newest === undefined ? null : join(root, newest, 'bin');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs `cleanup` once: when called, or when the process exits or is interrupted first. */
function onceAndAtExit(cleanup) {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    process.off('exit', run);
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    cleanup();
  };
  const interrupted = (signal) => {
    run();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('exit', run);
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  return run;
}

async function startCluster(bin, log) {
  const asRoot = userInfo().uid === 0;
  // initdb refuses to run as root: root runs the cluster as the postgres user.
  const run = (program, args) =>
    execFileSync(asRoot ? 'runuser' : join(bin, program), [
      ...(asRoot ? ['-u', 'postgres', '--', join(bin, program)] : []),
      ...args,
    ]);
  const dir = mkdtempSync(join(tmpdir(), 'charter-monitor-bench-pg-'));
  const data = join(dir, 'data');
  let started = false;
  const stop = onceAndAtExit(() => {
    // Synchronous, so that it also runs from an 'exit' handler.
    if (started) {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch (error) {
        log(`could not stop the PostgreSQL cluster in ${dir}: ${error.message}`);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });
  try {
    if (asRoot) execFileSync('chown', ['postgres:', dir]);
    const port = await freePort();
    run(
      'initdb',
      ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8'].concat([
        '--locale=C.UTF-8',
        '--no-sync',
      ]),
    );
    started = true;
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
      'start',
    ]);
    const version = execFileSync(join(bin, 'postgres'), ['--version']).toString().trim();
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      schema: null,
      description: `${version.replace(/^postgres \(PostgreSQL\) /, 'PostgreSQL ')}, a throwaway cluster (durable defaults: fsync and synchronous_commit on)`,
      close: async () => stop(),
    };
  } catch (error) {
    stop();
    throw error;
  }
}

async function freshSchema(url) {
  const schema = `bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const { rows } = await admin.query('SHOW server_version');
  await admin.end();
  const drop = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  };
  return {
    url,
    schema,
    description: `PostgreSQL ${rows[0].server_version} at ${new URL(url).host} (DATABASE_URL), schema ${schema}`,
    close: drop,
  };
}

export async function openBenchDatabase(log) {
  if (process.env.DATABASE_URL) return freshSchema(process.env.DATABASE_URL);
  const bin = findPostgresBin();
  if (!bin) {
    return {
      unavailable:
        'no PostgreSQL here: neither DATABASE_URL nor /usr/lib/postgresql/*/bin/initdb ' +
        '(apt-get install postgresql)',
    };
  }
  return startCluster(bin, log);
}
