/** Who is asking: the bearer token of a session, turned into its user (or 401). */
import { createMiddleware } from 'hono/factory';
import type { ContractStore } from '../store/contract-store';
import { ApiProblem } from './api-problem';
import type { ApiEnv } from './create-api';

/** The token of `Authorization: Bearer <token>`, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = header ? /^Bearer (\S+)$/.exec(header) : null;
  return match?.[1] ?? null;
}

/** Lets a request through only with a valid session; its user and token go on the context. */
export function signedIn(store: ContractStore) {
  return createMiddleware<ApiEnv>(async (context, next) => {
    const token = bearerToken(context.req.header('Authorization'));
    const user = token === null ? null : await store.findSessionUser(token);
    if (token === null || !user) throw new ApiProblem('unauthenticated', 'Sign in to continue');
    context.set('user', user);
    context.set('token', token);
    await next();
  });
}
