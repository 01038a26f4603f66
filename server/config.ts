/**
 * The server's configuration, from environment variables (README, "Running the server"). An
 * invalid value stops the server at start with a message naming the variable.
 */
import { z } from '../src/domain/zod';
import { apiOriginOf, parseFrameAncestors } from './security-headers';

const onOff = z.optional(z.enum(['on', 'off']));

const environmentSchema = z.object({
  /** A PostgreSQL URL; without it, an embedded PostgreSQL (PGlite) in `DATA_DIR`. */
  DATABASE_URL: z.optional(z.string().check(z.regex(/^postgres(ql)?:\/\//))),
  /** Where the embedded database keeps its files. */
  DATA_DIR: z.optional(z.string().check(z.minLength(1))),
  PORT: z.optional(z.string().check(z.regex(/^\d{1,5}$/))),
  /** The interface to listen on: 127.0.0.1 behind a proxy on the same machine, 0.0.0.0 else. */
  HOST: z.optional(z.string().check(z.minLength(1))),
  /** The path the API is served under: the path of the app's VITE_API_BASE_URL. */
  API_BASE_PATH: z.optional(z.string().check(z.regex(/^\/[A-Za-z0-9/_-]*$/))),
  /** Origins of apps served elsewhere that may call the API (CORS), comma-separated. */
  ALLOWED_ORIGINS: z.optional(z.string()),
  LOG_LEVEL: z.optional(z.enum(['debug', 'info', 'warn', 'error', 'silent'])),
  /** `on`: offer the demo sign-in (pick a seeded user, no password). Never in production. */
  DEMO_SIGN_IN: onOff,
  /** `off`: every read needs a session (a private pilot); on by default, results are public. */
  PUBLIC_READ: onOff,
  /**
   * The app's production build (built with `VITE_MSW=off`, e.g. `dist`): when set, the server
   * serves it too, with index.html for every other GET, so app and API share one origin.
   */
  STATIC_DIR: z.optional(z.string().check(z.minLength(1))),
  /** Origins that may show the app in a frame (CSP frame-ancestors), space-separated. */
  FRAME_ANCESTORS: z.optional(z.string()),
  /** The app's API address as built: its origin, when absolute, is allowed in connect-src. */
  VITE_API_BASE_URL: z.optional(z.string()),
  /** Where people open the app (links in mails; the origin allowed to send cookie requests). */
  PUBLIC_URL: z.optional(z.string().check(z.regex(/^https?:\/\/[^/\s]+\/?$/))),
  /** Signs session cookies: 32 characters or more, secret, the same across restarts. */
  AUTH_SECRET: z.optional(z.string().check(z.minLength(32))),
  /** The SMTP server mail goes through, e.g. `smtp://user:pass@host:587`. */
  SMTP_URL: z.optional(z.string().check(z.regex(/^smtps?:\/\//))),
  /** The sender of every mail, e.g. `Charter Monitor <monitor@example.org>`. */
  MAIL_FROM: z.optional(z.string().check(z.minLength(3))),
  /** `on`: behind a reverse proxy, the client's address is X-Forwarded-For's last entry. */
  TRUST_PROXY: onOff,
  /**
   * Days before an open round's deadline on which members of cities that have not submitted
   * are reminded by mail, comma-separated, e.g. `14,3`; `off` for no reminders.
   */
  REMINDER_DAYS: z.optional(
    z
      .string()
      .check(
        z.regex(/^(?:off|(?:36[0-5]|3[0-5]\d|[12]?\d?\d)(?:,(?:36[0-5]|3[0-5]\d|[12]?\d?\d))*)$/),
      ),
  ),
});

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/** The server's settings, with defaults applied. */
export interface ServerConfig {
  databaseUrl: string | null;
  dataDir: string;
  port: number;
  host: string;
  apiBasePath: string;
  allowedOrigins: string[];
  logLevel: LogLevel;
  demoSignIn: boolean;
  /** Visitors read approved results without signing in (docs/api.md, "Public reading"). */
  publicRead: boolean;
  /** The app's build folder to serve beside the API, or null: the API alone. */
  staticDir: string | null;
  /** Origins that may frame the app's pages; empty: none. */
  frameAncestors: string[];
  /** The API's origin when the app was built to call it elsewhere, else null ('self'). */
  apiOrigin: string | null;
  /** Where people open the app, without a trailing slash; default `http://HOST:PORT`. */
  publicUrl: string;
  /** The cookie signing secret, or null: one is made up at start (sessions end on restart). */
  authSecret: string | null;
  /** SMTP, or null: mails are written to the log instead (development only). */
  smtp: { url: string; from: string } | null;
  trustProxy: boolean;
  /** Days before a deadline on which reminders go out (REMINDER_DAYS; default 14 and 3). */
  reminderDaysBefore: number[];
}

/** `read`'s result, or its error's message as a problem to report with the others. */
function checked<T>(read: () => T, problems: string[], fallback: T): T {
  try {
    return read();
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    return fallback;
  }
}

/**
 * Reads the configuration from `environment` (usually `process.env`); throws an Error listing
 * every variable at fault.
 */
export function readServerConfig(environment: Record<string, string | undefined>): ServerConfig {
  const present = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = z.safeParse(environmentSchema, present);
  const problems = (parsed.error?.issues ?? []).map(
    (issue) => `${issue.path.map(String).join('.')}: ${issue.message}`,
  );
  const frameAncestors = checked(() => parseFrameAncestors(present.FRAME_ANCESTORS), problems, []);
  const apiOrigin = checked(() => apiOriginOf(present.VITE_API_BASE_URL), problems, null);
  if (!parsed.success || problems.length > 0) {
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  const env = parsed.data;
  const port = Number(env.PORT ?? '8787');
  if (port < 1 || port > 65_535) throw new Error('Invalid configuration: PORT: 1 to 65535');
  if ((env.SMTP_URL === undefined) !== (env.MAIL_FROM === undefined)) {
    throw new Error('Invalid configuration: SMTP_URL and MAIL_FROM go together');
  }
  const host = env.HOST ?? '127.0.0.1';
  return {
    databaseUrl: env.DATABASE_URL ?? null,
    dataDir: env.DATA_DIR ?? '.data/pglite',
    port,
    host,
    apiBasePath: (env.API_BASE_PATH ?? '/api').replace(/\/+$/, '') || '/api',
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
    logLevel: env.LOG_LEVEL ?? 'info',
    demoSignIn: env.DEMO_SIGN_IN === 'on',
    publicRead: env.PUBLIC_READ !== 'off',
    staticDir: env.STATIC_DIR ?? null,
    frameAncestors,
    apiOrigin,
    publicUrl: (env.PUBLIC_URL ?? `http://${host}:${String(port)}`).replace(/\/+$/, ''),
    authSecret: env.AUTH_SECRET ?? null,
    smtp:
      env.SMTP_URL === undefined || env.MAIL_FROM === undefined
        ? null
        : { url: env.SMTP_URL, from: env.MAIL_FROM },
    trustProxy: env.TRUST_PROXY === 'on',
    reminderDaysBefore:
      env.REMINDER_DAYS === 'off' ? [] : (env.REMINDER_DAYS ?? '14,3').split(',').map(Number),
  };
}
