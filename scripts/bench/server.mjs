/**
 * Starts the bench's server: its own PostgreSQL database (scripts/bench/postgres.mjs), then
 * scripts/bench/server-process.ts in a process of its own (Node with tsx), which loads a data set
 * of the demo (`dataSet`: `synthetic` by default, or `sample`) and serves the API, and the built apps in `sites`, on 127.0.0.1.
 *
 * Answers `{ unavailable }` when there is no PostgreSQL, or else what the server process said
 * when ready (`origins`, `savers`, `seeded`), its process id, the database's description and `stop()`, which
 * stops the process and removes the database.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBenchDatabase } from './postgres.mjs';

/** Migrating and loading 17,000 assessments takes some 10 s here; a busy machine, more. */
const READY_TIMEOUT_MS = 180_000;

function waitUntilReady(child) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`The bench server was not ready within ${READY_TIMEOUT_MS / 1000} s`));
    }, READY_TIMEOUT_MS);
    const settle = (outcome) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      outcome();
    };
    const onMessage = (message) => {
      if (message?.type === 'ready') settle(() => resolve(message));
      if (message?.type === 'failed') {
        settle(() => reject(new Error(`The bench server failed: ${message.message}`)));
      }
    };
    const onExit = (code) => {
      settle(() => reject(new Error(`The bench server exited (code ${code}) before it was ready`)));
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

export async function startBenchServer({ dataSet = 'synthetic', sites = {}, savers, log }) {
  const database = await openBenchDatabase(log);
  if (database.unavailable) return { unavailable: database.unavailable };
  // Its request log (a line per request, as `npm run server` writes to stdout) goes to a file.
  const logDir = mkdtempSync(join(tmpdir(), 'charter-monitor-bench-server-'));
  const logFd = openSync(join(logDir, 'requests.log'), 'a');
  let child;
  const stop = async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    closeSync(logFd);
    rmSync(logDir, { recursive: true, force: true });
    await database.close();
  };
  try {
    log(`database: ${database.description}`);
    child = fork(join(import.meta.dirname, 'server-process.ts'), [], {
      execArgv: ['--import', 'tsx'],
      env: {
        ...process.env,
        BENCH_DATABASE_URL: database.url,
        BENCH_SCHEMA: database.schema ?? '',
        BENCH_SITES: JSON.stringify(sites),
        BENCH_SAVERS: String(savers),
        BENCH_DATA_SET: dataSet,
      },
      stdio: ['ignore', logFd, 'inherit', 'ipc'],
    });
    const ready = await waitUntilReady(child);
    return { ...ready, pid: child.pid, database: database.description, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Signs in through the API's demo sign-in and answers the session's token. */
export async function signInAs(origin, userId) {
  const response = await fetch(`${origin}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  if (response.status !== 201) {
    throw new Error(
      `Signing in as ${userId} answered ${response.status}: ${await response.text()}`,
    );
  }
  return (await response.json()).token;
}
