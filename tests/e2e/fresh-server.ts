/**
 * Fresh instances of the server for journeys that need one of their own, started the way a
 * deployment starts them (README "Deployment"): a new database, the repository's scripts run as
 * `npm run …` runs them (one Node process, tsx as a loader), and server/main.ts serving the
 * production build (`dist-e2e-server`, built by playwright.config.ts for the 'server' project).
 *
 * The database: with DATABASE_URL (CI starts a throwaway PostgreSQL), a new database on that
 * server, dropped afterwards; without it, an embedded PGlite in a new folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { createPgClient } from '../../server/store/sql-client';

/** A port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (typeof address === 'object' && address) resolve(address.port);
        else reject(new Error('No port'));
      });
    });
  });
}

/** Runs `sql` on the database DATABASE_URL names. */
async function onSharedServer(url: string, sql: string) {
  const admin = createPgClient({ connectionString: url, maxConnections: 1 });
  try {
    await admin.query(sql);
  } finally {
    await admin.close();
  }
}

export interface FreshDatabase {
  /** DATABASE_URL or DATA_DIR, for the scripts and the server; the other one unset. */
  environment: { DATABASE_URL?: string; DATA_DIR?: string };
  /** Drops the database (PostgreSQL); the PGlite folder goes with the caller's folder. */
  drop(): Promise<void>;
}

/** A new, empty database: on DATABASE_URL's server when set, else PGlite under `folder`. */
export async function freshDatabase(folder: string, name: string): Promise<FreshDatabase> {
  const shared = process.env.DATABASE_URL;
  if (!shared) {
    return { environment: { DATA_DIR: join(folder, 'pglite') }, drop: () => Promise.resolve() };
  }
  await onSharedServer(shared, `CREATE DATABASE ${name}`);
  const url = new URL(shared);
  url.pathname = `/${name}`;
  return {
    environment: { DATABASE_URL: url.toString() },
    drop: () => onSharedServer(shared, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/**
 * The environment for a script or server of a fresh instance: this process's, without the
 * database settings of the journey server, plus `settings`.
 */
export function instanceEnvironment(settings: Record<string, string | undefined>) {
  const environment: NodeJS.ProcessEnv = { ...process.env };
  delete environment.DATABASE_URL;
  delete environment.DATA_DIR;
  return { ...environment, ...settings };
}

/** Runs a TypeScript entry of the repository (`scripts/…`) to its end; fails on a non-zero exit. */
export async function runScript(
  entry: string,
  args: string[],
  environment: NodeJS.ProcessEnv,
): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${entry} exited with ${String(code)}:\n${output}`);
  return output;
}

export interface RunningServer {
  origin: string;
  process: ChildProcess;
  /** Stops the server with SIGTERM, as a supervisor does, and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Starts server/main.ts on `port` with `environment` (the database, mail and auth settings)
 * serving the production build, and waits until /readyz answers 200.
 */
export async function startServer(
  port: number,
  environment: NodeJS.ProcessEnv,
): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...environment,
      STATIC_DIR: 'dist-e2e-server',
      HOST: '127.0.0.1',
      PORT: String(port),
      API_BASE_PATH: '/api',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  const origin = `http://127.0.0.1:${String(port)}`;
  await expect
    .poll(
      () =>
        fetch(`${origin}/readyz`).then(
          (answer) => answer.status,
          () => 0,
        ),
      { timeout: 90_000 },
    )
    .toBe(200);
  return {
    origin,
    process: child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
