/**
 * Who is asking: the bearer token of a session, turned into its user (or 401); or, where public
 * reading is on, nobody: a visitor (docs/api.md, "Public reading").
 */
import { createMiddleware } from 'hono/factory';
import type { Reader } from '../../src/domain/permissions';
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
 * Lets a request through only with a valid session (401) whose user `may` (403 with
 * `refusal`): the checks of an action for some roles only.
 */
export function signedInAs(store: ContractStore, may: (user: Reader) => boolean, refusal: string) {
  return [
    signedIn(store),
    createMiddleware<ApiEnv>(async (context, next) => {
      if (!may(context.get('user'))) throw new ApiProblem('forbidden', refusal);
      await next();
    }),
  ] as const;
}
