/**
 * The Node server: reads its configuration, opens PostgreSQL (or the embedded PGlite), checks
 * the schema, serves the contract (and, with STATIC_DIR, the app's build on the same origin),
 * logs one line per request and stops gracefully on SIGTERM.
 */
import { access, mkdir } from 'node:fs/promises';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createMailAndAccounts } from './accounts/mail-and-accounts';
import { join, resolve } from 'node:path';
import { createApi, type RequestLogEntry } from './api/create-api';
import { withCompression } from './compression';
import { readServerConfig } from './config';
import { createLogger } from './logger';
import { createNotifier, dateIn } from './notifications/notifier';

/**
 * Deadlines are calendar days where EUROCITIES sits (Brussels): a reminder "3 days before"
 * counts days there, wherever the server runs.
 */
const DEADLINE_TIME_ZONE = 'Europe/Brussels';
const REMINDER_INTERVAL_MS = 60 * 60 * 1000;
import { startServer } from './start-server';
import { apiSecurityHeaders, securityHeadersFor } from './security-headers';
import { withResponseHeaders, withStaticSite } from './static-site';
import { migrate, pendingMigrations } from './store/migrate';
import { createPostgresStore } from './store/postgres-store';
import { openSqlClient } from './store/sql-client';

async function main() {
  const config = readServerConfig(process.env);
  const log = createLogger(config.logLevel);
  // Checked before the database opens: a deployment that forgot to build fails at once.
  const staticDir = config.staticDir === null ? null : resolve(config.staticDir);
  if (staticDir !== null) {
    try {
      await access(join(staticDir, 'index.html'));
    } catch {
      log.error('STATIC_DIR has no index.html; build the app first (VITE_MSW=off npm run build)', {
        staticDir,
      });
      process.exitCode = 1;
      return;
    }
  }

  if (!config.databaseUrl) await mkdir(config.dataDir, { recursive: true });
  const client = await openSqlClient({
    databaseUrl: config.databaseUrl ?? undefined,
    pgliteDataDir: config.dataDir,
  });
  const database = config.databaseUrl
    ? `PostgreSQL at ${new URL(config.databaseUrl).host}`
    : `embedded PGlite in ${config.dataDir}`;

  // The embedded database is this server's own: it is brought up to date here. A shared
  // PostgreSQL is migrated as a deployment step (npm run db:migrate), never by a server start.
  if (!config.databaseUrl) await migrate(client);
  const pending = await pendingMigrations(client);
  if (pending.length > 0) {
    log.error('The database schema is out of date; run npm run db:migrate', { pending, database });
    await client.close();
    process.exitCode = 1;
    return;
  }

  const store = createPostgresStore(client);
  if (config.authSecret === null) {
    log.warn('AUTH_SECRET is not set: sessions end when the server restarts');
  }
  const { mailer, accounts } = createMailAndAccounts(config, {
    client,
    store,
    onUnsentMail: (message) => {
      log.warn('SMTP_URL is not set: this mail was not sent', { ...message, html: undefined });
    },
  });
  const notifier = createNotifier({
    store,
    mailer,
    appUrl: config.publicUrl,
    reminderDaysBefore: config.reminderDaysBefore,
    today: () => dateIn(DEADLINE_TIME_ZONE, new Date()),
    onError: (error) => {
      log.error('a notification mail was not sent', { error: error.message });
    },
  });
  const logRequest = (entry: RequestLogEntry) => {
    log.info('request', { ...entry });
  };
  const api = createApi({
    store,
    basePath: config.apiBasePath,
    demoSignIn: config.demoSignIn,
    publicRead: config.publicRead,
    allowedOrigins: config.allowedOrigins,
    accounts,
    notifier,
    appOrigin: new URL(config.publicUrl).origin,
    clientAddress: (context) => {
      const forwarded = config.trustProxy
        ? context.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim()
        : undefined;
      return forwarded || (getConnInfo(context).remote.address ?? 'unknown');
    },
    readiness: async () => {
      await client.query('SELECT 1');
      return true;
    },
    onRequestDone: logRequest,
    onUnexpectedError: (error) => {
      log.error('unexpected error', { error: error.message, stack: error.stack });
    },
  });
  const site =
    staticDir === null
      ? api
      : withStaticSite(api, {
          root: staticDir,
          apiBasePath: config.apiBasePath,
          headers: (pathname) => securityHeadersFor(pathname, config),
          onRequestDone: logRequest,
        });
  const server = await startServer(withCompression(withResponseHeaders(site, apiSecurityHeaders)), {
    host: config.host,
    port: config.port,
  });
  log.info('Charter Monitor API listening', {
    url: `${server.origin}${config.apiBasePath}`,
    database,
    demoSignIn: config.demoSignIn,
    publicRead: config.publicRead,
    ...(staticDir === null ? {} : { app: `${server.origin}/`, staticDir }),
  });
  if (config.demoSignIn) {
    log.warn(
      'Demo sign-in is ON: anyone can sign in as any user without a password. Never use it with real data.',
    );
  }
  if ((await store.listUsers()).length === 0) {
    log.warn(
      'The database has no users yet: invite the first coordinator with npm run admin:invite (or load the demo data with npm run db:seed)',
      {
        database,
      },
    );
  }

  // Reminders: looked for at start and every hour; the store's claims make each go out once.
  const remind = () => {
    notifier.sendDueReminders().then(
      (cities) => {
        if (cities > 0) log.info('reminders sent', { cities });
      },
      (error: unknown) => {
        log.error('reminders failed', { error: error instanceof Error ? error.message : error });
      },
    );
  };
  if (config.reminderDaysBefore.length > 0) {
    remind();
    setInterval(remind, REMINDER_INTERVAL_MS).unref();
  }

  let stopping = false;
  async function stop(signal: string) {
    if (stopping) return;
    stopping = true;
    log.info('Stopping: finishing requests in flight', { signal });
    await server.close();
    await notifier.settled();
    await client.close();
    log.info('Stopped');
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void stop(signal);
    });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
