/**
 * Who is asking: the bearer token of a session, turned into its user (or 401); or, where public
 * reading is on, nobody: a visitor (docs/api.md, "Public reading").
 */
import { createMiddleware } from 'hono/factory';
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
 * silently served less). Without one it is a visitor's, let through only when `publicRead`.
 */
export function reader(store: ContractStore, { publicRead }: { publicRead: boolean }) {
  return createMiddleware<ApiEnv>(async (context, next) => {
    const header = context.req.header('Authorization');
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
