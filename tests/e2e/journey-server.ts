/**
 * The Node server for the 'server' Playwright project (playwright.config.ts), on a fresh
 * database holding the sample data set: seeded with `npm run db:seed`'s script and served by
 * server/main.ts as a deployment would run them, with the configuration in the environment
 * (PORT, STATIC_DIR, DEMO_SIGN_IN…). Its log lines are kept in `$E2E_SERVER_DIR/server.log` for
 * the journey to read. Stopped with SIGTERM, it stops the server gracefully and removes the
 * database and that folder.
 *
 * The database: with DATABASE_URL (CI starts a throwaway PostgreSQL), a new database on that
 * server, created here and dropped afterwards: ready in well under a second, and the kind of
 * database a deployment runs. Without it, an embedded PGlite in a new folder: nothing to
 * install, but each of the two opens (seed, server) costs seconds, and a new folder's first
 * open many more.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createPgClient } from '../../server/store/sql-client';
import { startMailSink } from './mail-sink';

const folder = process.env.E2E_SERVER_DIR ?? '';
if (folder === '') throw new Error('E2E_SERVER_DIR names the folder for the database and the log');
const sharedServerUrl = process.env.DATABASE_URL;

await rm(folder, { recursive: true, force: true });
await mkdir(folder, { recursive: true });

/** A database of its own on the server DATABASE_URL names; dropped by `cleanUp`. */
const databaseName = `charter_e2e_${String(process.pid)}_${String(Date.now())}`;

/** Runs `sql` on the shared server's own database; nothing to do on PGlite. */
async function adminQuery(sql: string) {
  if (!sharedServerUrl) return;
  const admin = createPgClient({ connectionString: sharedServerUrl, maxConnections: 1 });
  try {
    await admin.query(sql);
  } finally {
    await admin.close();
  }
}

/** The mail the server sends, caught in `$E2E_SERVER_DIR/mail` (tests/e2e/mail-sink.ts). */
const sink = await startMailSink(join(folder, 'mail'));

const environment: NodeJS.ProcessEnv = {
  ...process.env,
  SMTP_URL: sink.url,
  MAIL_FROM: 'Charter Monitor <monitor@example.org>',
  AUTH_SECRET: 'e2e-journey-secret-that-is-long-enough-for-cookies',
};
if (sharedServerUrl) {
  await adminQuery(`CREATE DATABASE ${databaseName}`);
  const url = new URL(sharedServerUrl);
  url.pathname = `/${databaseName}`;
  environment.DATABASE_URL = url.toString();
  delete environment.DATA_DIR;
} else {
  delete environment.DATABASE_URL;
  environment.DATA_DIR = join(folder, 'pglite');
}

/** Runs a TypeScript entry on this Node, as one process (tsx as a loader, not a wrapper). */
function runEntry(entry: string) {
  return spawn(process.execPath, ['--import', 'tsx', entry], {
    env: environment,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

function exited(child: ReturnType<typeof runEntry>): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else
      child.once('exit', (code) => {
        resolve(code);
      });
  });
}

/** Drops the journey's database and removes its folder (the PGlite files, the log). */
async function cleanUp() {
  void sink.close();
  await adminQuery(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`).catch(
    (error: unknown) => {
      process.stderr.write(`Could not drop ${databaseName}: ${String(error)}\n`);
    },
  );
  await rm(folder, { recursive: true, force: true });
}

const seed = runEntry('scripts/db-seed.ts');
seed.stdout.pipe(process.stdout);
if ((await exited(seed)) !== 0) {
  await cleanUp();
  throw new Error('Seeding the journey database failed');
}

const log = createWriteStream(join(folder, 'server.log'));
const server = runEntry('server/main.ts');
server.stdout.pipe(log);
server.stdout.pipe(process.stdout);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  // Playwright signals the whole process group, the server included; a signal to this
  // process alone (a terminal, a supervisor) is passed on if the server is still up.
  const stopped = exited(server);
  const timer = setTimeout(() => server.kill('SIGTERM'), 2_000);
  await stopped;
  clearTimeout(timer);
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    void stop();
  });
}

const code = await exited(server);
await stop();
log.end();
await cleanUp();
process.exitCode = code ?? 0;
