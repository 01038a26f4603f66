/**
 * Signing in to a real account (server only; docs/api.md, "Accounts"): by password, by a link
 * sent by e-mail, by accepting an invitation; and password reset. A successful sign-in answers
 * the session (without token) and sets the session cookie.
 */
import type { Context, Hono } from 'hono';
import {
  emailRequestSchema,
  invitationAcceptanceSchema,
  linkSignInSchema,
  passwordResetSchema,
  passwordSignInSchema,
} from '../../src/domain/account';
import type { Session } from '../../src/domain/user';
import type { AccountService, SignedIn } from '../accounts/account-service';
import { ApiProblem } from './api-problem';
import type { ApiEnv } from './create-api';
import { parseBody, readJsonBody } from './request-parsing';

/** The session answer of a sign-in, with its cookie. */
function signedInAnswer(context: Context<ApiEnv>, signedIn: SignedIn) {
  for (const cookie of signedIn.headers.getSetCookie()) {
    context.header('Set-Cookie', cookie, { append: true });
  }
  const session: Session = { user: signedIn.user };
  return context.json(session);
}

const linkRefused = () =>
  new ApiProblem('not_found', 'This link is unknown, already used or expired');

export function accountRoutes(
  app: Hono<ApiEnv>,
  {
    accounts,
    clientAddress,
  }: {
    accounts: AccountService;
    /** The address the request came from, as counted for the sign-in limit. */
    clientAddress: (context: Context<ApiEnv>) => string;
  },
) {
  app.post('/session/password', async (context) => {
    const { email, password } = parseBody(
      passwordSignInSchema,
      await readJsonBody(context.req.raw),
    );
    const result = await accounts.signInWithPassword(
      email,
      password,
      clientAddress(context),
      context.req.raw.headers,
    );
    if ('user' in result) return signedInAnswer(context, result);
    if (result.kind === 'rate_limited') {
      const seconds = String(result.retryAfter);
      const problem = new ApiProblem(
        'too_many_requests',
        `Too many failed sign-ins; try again in ${seconds} seconds`,
      );
      // Answered here, not thrown: the error handler's answer would lose the header.
      return context.json(problem.toBody(), 429, { 'Retry-After': seconds });
    }
    throw new ApiProblem('unauthenticated', 'Wrong e-mail address or password');
  });

  app.post('/invitations/accept', async (context) => {
    const { token, password } = parseBody(
      invitationAcceptanceSchema,
      await readJsonBody(context.req.raw),
    );
    const signedIn = await accounts.acceptInvitation(token, password, context.req.raw.headers);
    if (!signedIn) throw linkRefused();
    return signedInAnswer(context, signedIn);
  });

  app.post('/session/link', async (context) => {
    const { email } = parseBody(emailRequestSchema, await readJsonBody(context.req.raw));
    // The same answer whether or not the address has an account: it tells no one who does.
    await accounts.sendSignInLink(email);
    return context.body(null, 202);
  });

  app.post('/session/link/sign-in', async (context) => {
    const { token } = parseBody(linkSignInSchema, await readJsonBody(context.req.raw));
    const signedIn = await accounts.signInWithLink(token, context.req.raw.headers);
    if (!signedIn) throw linkRefused();
    return signedInAnswer(context, signedIn);
  });

  app.post('/password-reset', async (context) => {
    const { email } = parseBody(emailRequestSchema, await readJsonBody(context.req.raw));
    await accounts.requestPasswordReset(email);
    return context.body(null, 202);
  });

  app.post('/password-reset/confirm', async (context) => {
    const { token, password } = parseBody(passwordResetSchema, await readJsonBody(context.req.raw));
    if (!(await accounts.resetPassword(token, password))) throw linkRefused();
    return context.body(null, 204);
  });
}
