/**
 * The REST contract (docs/api.md), written once: a Web-standard HTTP app (Request -> Response)
 * over a `ContractStore`. The demo runs it in the browser behind MSW over the memory store;
 * the Node server (server/main.ts) runs it over PostgreSQL.
 */
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import type { Reader } from '../../src/domain/permissions';
import type { User } from '../../src/domain/user';
import type { AccountService } from '../accounts/account-service';
import type { Notifier } from '../notifications/notifier';
import type { ContractStore } from '../store/contract-store';
import { accountRoutes } from './account-routes';
import { aggregateRoutes } from './aggregate-routes';
import { ApiProblem } from './api-problem';
import { assessmentRoutes } from './assessment-routes';
import { cookieSessions, sameOriginWrites } from './authentication';
import { auditRoutes } from './audit-routes';
import { cityAdminRoutes } from './city-admin-routes';
import { backupRoutes } from './backup-routes';
import { demoRoutes, type DemoControl } from './demo-routes';
import { importRoutes } from './import-routes';
import { referenceRoutes } from './reference-routes';
import { roundAdminRoutes } from './round-admin-routes';
import { sessionRoutes } from './session-routes';
import { userRoutes } from './user-routes';

/**
 * What a route handler finds on its context after authentication: the reader (null for a
 * visitor, on public reads) and, once signed in, the user and the session's token.
 */
export interface ApiEnv {
  Variables: {
    reader: Reader;
    user: User;
    /** Set only for a bearer (demo sign-in) session. */
    token: string;
    /** The user of a valid session cookie, on a server with accounts (`cookieSessions`). */
    cookieUser: User | undefined;
  };
}

export interface ApiOptions {
  store: ContractStore;
  /** The path the API is served under, matching the path of the app's `VITE_API_BASE_URL`. */
  basePath?: string;
  /**
   * Sign-in by picking a demo user (`GET /session/demo-users`, `POST /session`). Off, both
   * answer 404: until real accounts exist only a demo server offers it.
   */
  demoSignIn: boolean;
  /**
   * Reads without a session (docs/api.md, "Public reading"): a visitor gets the published
   * results, approved assessments only. Off (`PUBLIC_READ=off`, a private pilot), every read
   * needs a session (401).
   */
  publicRead: boolean;
  /** The demo-only endpoints (`/demo/…`), served only when given: the mock has them. */
  demo?: DemoControl;
  now?: () => Date;
  createToken?: () => string;
  /** Told of every failure that is not a refusal (a bug, a lost database): answered with 500. */
  onUnexpectedError?: (error: Error) => void;
  /** Told of every answered request, for one log line each (never bodies or tokens). */
  onRequestDone?: (entry: RequestLogEntry) => void;
  /**
   * Whether the store can answer now; given, `/readyz` asks it and `/healthz` answers that the
   * process is up (both outside the base path, for a load balancer).
   */
  readiness?: () => Promise<boolean>;
  /** Origins of apps served elsewhere that may call the API from a browser (CORS). */
  allowedOrigins?: readonly string[];
  /**
   * Real accounts (server only, server/accounts/auth.ts): sign-in by password or e-mailed
   * link in a cookie session, invitations by mail. Without it (the demo) invitations add the
   * person without mail, and only the demo sign-in exists.
   */
  accounts?: AccountService;
  /**
   * Mails people of submissions, returns and approvals (server/notifications); the demo,
   * which sends no mail, has none.
   */
  notifier?: Notifier;
  /**
   * With `accounts`: the app's own origin (PUBLIC_URL's), whose pages alone may send
   * state-changing requests relying on the cookie (with `allowedOrigins`).
   */
  appOrigin?: string;
  /** With `accounts`: the address a request came from, for the sign-in limit. */
  clientAddress?: (context: Context<ApiEnv>) => string;
  /** Ids of new users; random UUIDs by default. */
  createId?: () => string;
}

/** What is logged of one request. */
export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  /** Time to the answer, in milliseconds. */
  ms: number;
  /** The signed-in user's id, or null. */
  userId: string | null;
}

/** Hono's app with the contract's routes; call `.fetch(request)` to answer a request. */
export function createApi({
  store,
  basePath = '/api',
  demoSignIn,
  publicRead,
  demo,
  now = () => new Date(),
  createToken = () => crypto.randomUUID(),
  onUnexpectedError = (error) => {
    console.error(error);
  },
  onRequestDone,
  readiness,
  allowedOrigins = [],
  accounts,
  notifier,
  appOrigin,
  clientAddress = () => 'unknown',
  createId = () => crypto.randomUUID(),
}: ApiOptions) {
  /** The contract's error body: an ApiProblem as it is, anything else as a 500. */
  function problemResponse(error: Error): Response {
    if (error instanceof ApiProblem) {
      return Response.json(error.toBody(), { status: error.status });
    }
    onUnexpectedError(error);
    const internal = new ApiProblem('internal_error', 'The server could not answer; try again');
    return Response.json(internal.toBody(), { status: internal.status });
  }

  const routes = new Hono<ApiEnv>();
  if (accounts) {
    routes.use(
      sameOriginWrites([...(appOrigin === undefined ? [] : [appOrigin]), ...allowedOrigins]),
    );
    routes.use(cookieSessions(accounts));
    accountRoutes(routes, { accounts, clientAddress });
  }
  sessionRoutes(routes, { store, demoSignIn, createToken, accounts });
  userRoutes(routes, { store, accounts, createId, now });
  if (demo) demoRoutes(routes, { store, demo });
  referenceRoutes(routes, { store, publicRead });
  assessmentRoutes(routes, { store, now, publicRead, notifier });
  aggregateRoutes(routes, { store, publicRead });
  auditRoutes(routes, { store });
  roundAdminRoutes(routes, { store, now });
  cityAdminRoutes(routes, { store, now });
  importRoutes(routes, { store, now });
  backupRoutes(routes, { store, now });

  const app = new Hono<ApiEnv>();
  if (onRequestDone) {
    app.use(async (context, next) => {
      const started = performance.now();
      await next();
      onRequestDone({
        method: context.req.method,
        path: context.req.path,
        status: context.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        // Set only once a request is authenticated; unset for visitors and refused ones.
        userId: (context.get('user') as User | undefined)?.id ?? null,
      });
    });
  }
  if (allowedOrigins.length > 0) {
    app.use(
      `${basePath}/*`,
      cors({
        origin: [...allowedOrigins],
        allowHeaders: ['Authorization', 'Content-Type', 'If-Match'],
        exposeHeaders: ['ETag', 'Retry-After'],
        credentials: accounts !== undefined,
      }),
    );
  }
  if (readiness) {
    app.get('/healthz', (context) => context.json({ status: 'up' }));
    app.get('/readyz', async (context) => {
      const ready = await readiness().catch(() => false);
      return context.json({ status: ready ? 'ready' : 'unavailable' }, ready ? 200 : 503);
    });
  }
  // What the API answers depends on who asks (a visitor reads less): no cache may hand one
  // reader's answer to another.
  app.use(`${basePath}/*`, async (context, next) => {
    await next();
    context.header('Vary', 'Authorization', { append: true });
    if (accounts) context.header('Vary', 'Cookie', { append: true });
  });
  app.onError(problemResponse);
  routes.onError(problemResponse);
  app.route(basePath, routes);
  app.notFound((context) =>
    problemResponse(
      new ApiProblem('not_found', `No such endpoint: ${context.req.method} ${context.req.path}`),
    ),
  );
  return app;
}

/** The app `createApi` returns. */
export type ContractApi = ReturnType<typeof createApi>;
