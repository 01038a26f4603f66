/**
 * Who is asking: the bearer token of a session, turned into its user (or 401); or, where public
 * reading is on, nobody: a visitor (docs/api.md, "Public reading").
 */
import { createMiddleware } from 'hono/factory';
import type { AccountService } from '../accounts/account-service';
import type { User } from '../../src/domain/user';
import type { ContractStore } from '../store/contract-store';
import { ApiProblem } from './api-problem';
import type { ApiEnv } from './create-api';

/** The token of `Authorization: Bearer <token>`, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = header ? /^Bearer (\S+)$/.exec(header) : null;
  return match?.[1] ?? null;
}

/**
 * Sets the reader (and, when signed in, the user and token) on the context. A request with a
 * token must carry a valid one (401 otherwise, also for reads: an expired session is told, not
 * silently served less). Without one, the user of a valid session cookie (`cookieUser`, found
 * by `cookieSessions` on a server with accounts) reads; else it is a visitor's, let through
 * only when `publicRead`.
 */
export function reader(store: ContractStore, { publicRead }: { publicRead: boolean }) {
  return createMiddleware<ApiEnv>(async (context, next) => {
    const header = context.req.header('Authorization');
    const cookieUser = header === undefined ? context.get('cookieUser') : undefined;
    if (cookieUser) {
      context.set('reader', cookieUser);
      context.set('user', cookieUser);
      await next();
      return;
    }
    if (header === undefined && publicRead) {
      context.set('reader', null);
      await next();
      return;
    }
    const token = bearerToken(header);
    const user = token === null ? null : await store.findSessionUser(token);
    if (token === null || !user) throw new ApiProblem('unauthenticated', 'Sign in to continue');
    context.set('reader', user);
    context.set('user', user);
    context.set('token', token);
    await next();
  });
}

/**
 * On a server with accounts: finds the user of the session cookie, if any, for `reader`, and
 * passes on the refreshed cookie with the answer.
 */
export function cookieSessions(accounts: AccountService) {
  return createMiddleware<ApiEnv>(async (context, next) => {
    const signedIn =
      context.req.header('Authorization') === undefined &&
      (context.req.header('Cookie') ?? '').includes(SESSION_COOKIE_MARK)
        ? await accounts.sessionUser(context.req.raw.headers)
        : null;
    if (signedIn) context.set('cookieUser', signedIn.user);
    await next();
    for (const cookie of signedIn?.headers.getSetCookie() ?? []) {
      context.header('Set-Cookie', cookie, { append: true });
    }
  });
}

/** Part of the session cookie's name (better-auth's cookie prefix, server/accounts/auth.ts). */
const SESSION_COOKIE_MARK = 'charter-monitor.session_token=';

/**
 * Refuses a state-changing request that relies on the cookie (no Authorization header) unless
 * it comes from a page of one of `origins` (its Origin header): another site's page cannot act
 * with a signed-in person's cookie (cross-site request forgery). 403 otherwise.
 */
export function sameOriginWrites(origins: readonly string[]) {
  const allowed = new Set(origins);
  return createMiddleware<ApiEnv>(async (context, next) => {
    const method = context.req.method;
    const safe = method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
    if (!safe && context.req.header('Authorization') === undefined) {
      const origin = context.req.header('Origin');
      if (origin === undefined || !allowed.has(origin)) {
        throw new ApiProblem('forbidden', 'This request must come from the app’s own pages');
      }
    }
    await next();
  });
}

/** Lets a request through only with a valid session; its user and token go on the context. */
export function signedIn(store: ContractStore) {
  return reader(store, { publicRead: false });
}

/**
 * Middlewares (use both, in order) that let a request through only from a signed-in user whom
 * `allows` allows: 401 without a valid session, 403 with `refusal` for anyone else.
 */
export function signedInAs(store: ContractStore, allows: (user: User) => boolean, refusal: string) {
  return [
    signedIn(store),
    createMiddleware<ApiEnv>(async (context, next) => {
      if (!allows(context.get('user'))) throw new ApiProblem('forbidden', refusal);
      await next();
    }),
  ] as const;
}
