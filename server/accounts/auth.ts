/**
 * Real accounts on the server, with better-auth (pinned in package.json): scrypt password
 * hashes, sessions in our PostgreSQL (tables auth_*, migration 0006) carried by an HttpOnly,
 * SameSite=Lax cookie (Secure when the app is served over https), one-time sign-in links
 * (magic-link plugin) and password reset. Sign-up is off: people only arrive by invitation.
 *
 * Our rules sit around it: invitations (one-time link, 7 days; only a hash stored), the
 * account's status (only active accounts sign in; deactivation ends every session), the idle
 * (12 h) and absolute (30 days) session limits and the failed-sign-in limit
 * (server/accounts/session-rules.ts), counted in the database.
 */
import { createHash, randomBytes } from 'node:crypto';
import { betterAuth } from 'better-auth';
import { isAPIError } from 'better-auth/api';
import { magicLink } from 'better-auth/plugins/magic-link';
import { normalizeEmail, type Account } from '../../src/domain/account';
import { accountMail, roleName } from '../mail/mail-text';
import type { Mailer } from '../mail/mailer';
import type { ContractStore } from '../store/contract-store';
import type { SqlClient } from '../store/sql-client';
import type { AccountService, SignedIn } from './account-service';
import { sqlClientDialect } from './kysely-dialect';
import {
  FAILURE_WINDOW_MS,
  INVITATION_LIFETIME_MS,
  SESSION_IDLE_MS,
  SESSION_REFRESH_MS,
  isInvitationExpired,
  isPastLifetime,
  signInRetryAfter,
} from './session-rules';

export interface AccountsOptions {
  client: SqlClient;
  store: ContractStore;
  mailer: Mailer;
  /** Where people open the app, e.g. `https://monitor.example.org`: links in mails point here. */
  publicUrl: string;
  /** The API's path under `publicUrl`, e.g. `/api`. */
  apiBasePath: string;
  /** Signs the session cookie; 32 characters or more, kept secret and stable across restarts. */
  secret: string;
  /** Other origins whose pages may call the API with the cookie (ALLOWED_ORIGINS). */
  trustedOrigins?: readonly string[];
  now?: () => Date;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Creates the account service and the better-auth instance behind it. */
export function createAccounts({
  client,
  store,
  mailer,
  publicUrl,
  apiBasePath,
  secret,
  trustedOrigins = [],
  now = () => new Date(),
}: AccountsOptions): AccountService {
  const appUrl = publicUrl.replace(/\/+$/, '');
  const link = (path: string, token: string) =>
    `${appUrl}${path}?token=${encodeURIComponent(token)}`;

  async function mailTo(email: string, mail: (account: Account) => Parameters<Mailer['send']>[0]) {
    const account = await store.findAccountByEmail(email);
    if (account) await mailer.send(mail(account));
  }

  const auth = betterAuth({
    appName: 'Charter Monitor',
    baseURL: `${appUrl}${apiBasePath}`,
    basePath: '/auth',
    secret,
    trustedOrigins: [appUrl, ...trustedOrigins],
    database: { dialect: sqlClientDialect(client), type: 'postgres' },
    // Only our own routes call it (server/api/account-routes.ts), which count failures
    // themselves, in the database.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    // A wrong password is an answer, not a warning; failures are counted, not logged.
    logger: { level: 'error' },
    user: {
      modelName: 'auth_users',
      fields: { emailVerified: 'email_verified', createdAt: 'created_at', updatedAt: 'updated_at' },
      additionalFields: {
        appUserId: { type: 'string', required: true, input: false, fieldName: 'app_user_id' },
      },
    },
    session: {
      modelName: 'auth_sessions',
      fields: {
        userId: 'user_id',
        expiresAt: 'expires_at',
        ipAddress: 'ip_address',
        userAgent: 'user_agent',
        createdAt: 'created_at',
        updatedAt: 'updated_at',
      },
      expiresIn: SESSION_IDLE_MS / 1000,
      updateAge: SESSION_REFRESH_MS / 1000,
    },
    account: {
      modelName: 'auth_accounts',
      fields: {
        userId: 'user_id',
        accountId: 'account_id',
        providerId: 'provider_id',
        accessToken: 'access_token',
        refreshToken: 'refresh_token',
        idToken: 'id_token',
        accessTokenExpiresAt: 'access_token_expires_at',
        refreshTokenExpiresAt: 'refresh_token_expires_at',
        createdAt: 'created_at',
        updatedAt: 'updated_at',
      },
    },
    verification: {
      modelName: 'auth_verifications',
      fields: { expiresAt: 'expires_at', createdAt: 'created_at', updatedAt: 'updated_at' },
    },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 1,
      maxPasswordLength: 1024,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: ({ user, token }) =>
        mailTo(user.email, (account) =>
          accountMail('passwordReset', {
            to: user.email,
            language: account.language,
            link: link('/reset-password', token),
          }),
        ),
    },
    plugins: [
      magicLink({
        expiresIn: 15 * 60,
        disableSignUp: true,
        storeToken: 'hashed',
        sendMagicLink: ({ email, token }) =>
          mailTo(email, (account) =>
            accountMail('signInLink', {
              to: email,
              language: account.language,
              link: link('/sign-in/link', token),
            }),
          ),
      }),
    ],
    advanced: {
      cookiePrefix: 'charter-monitor',
      useSecureCookies: appUrl.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
  });

  /** The better-auth user of our user, or null before they ever had a password or link. */
  async function authUserId(appUserId: string): Promise<string | null> {
    const { rows } = await client.query<{ id: string }>(
      'SELECT id FROM auth_users WHERE app_user_id = $1',
      [appUserId],
    );
    return rows[0]?.id ?? null;
  }

  /** Creates better-auth's user (and, with a password, its credential) for our account. */
  async function ensureAuthUser(account: Account, password: string | null): Promise<void> {
    if (account.email === null) throw new Error('An account needs an e-mail address');
    const context = await auth.$context;
    let id = await authUserId(account.id);
    if (id === null) {
      const created = await context.internalAdapter.createUser(
        {
          email: account.email,
          name: account.name,
          emailVerified: true,
          appUserId: account.id,
        },
        { method: 'admin' },
      );
      id = created.id;
    }
    if (password === null) return;
    const hash = await context.password.hash(password);
    const accounts = await context.internalAdapter.findAccounts(id);
    if (accounts.some((existing) => existing.providerId === 'credential')) {
      await context.internalAdapter.updatePassword(id, hash);
    } else {
      await context.internalAdapter.linkAccount({
        userId: id,
        providerId: 'credential',
        accountId: id,
        password: hash,
      });
    }
  }

  /** Our user behind a better-auth answer, with the Set-Cookie headers to pass on. */
  async function signedInAs(appUserId: string, headers: Headers): Promise<SignedIn | null> {
    const account = await store.getAccount(appUserId);
    if (account?.status !== 'active') return null;
    return {
      user: { id: account.id, name: account.name, role: account.role, cityId: account.cityId },
      headers,
    };
  }

  async function recordFailure(email: string, address: string) {
    const at = now();
    await client.query('DELETE FROM sign_in_failures WHERE failed_at < $1', [
      new Date(at.getTime() - FAILURE_WINDOW_MS),
    ]);
    await client.query(
      'INSERT INTO sign_in_failures (email, address, failed_at) VALUES ($1, $2, $3)',
      [email, address, at],
    );
  }

  /**
   * Forgets the account's failures once its password is proven, so that earlier typos do not
   * count towards the next lock. The address's failures stay: they protect other accounts.
   */
  async function forgetFailures(email: string) {
    await client.query('DELETE FROM sign_in_failures WHERE email = $1', [email]);
  }

  async function retryAfter(email: string, address: string): Promise<number | null> {
    const at = now();
    const since = new Date(at.getTime() - FAILURE_WINDOW_MS);
    const { rows } = await client.query<{ email: string; address: string; failed_at: Date }>(
      `SELECT email, address, failed_at FROM sign_in_failures
       WHERE failed_at > $3 AND (email = $1 OR address = $2)`,
      [email, address, since],
    );
    return signInRetryAfter(
      {
        account: rows.filter((row) => row.email === email).map((row) => row.failed_at),
        address: rows.filter((row) => row.address === address).map((row) => row.failed_at),
      },
      at,
    );
  }

  const service: AccountService = {
    async sendInvitation(account, inviterName) {
      if (account.email === null) throw new Error('An invitation needs an e-mail address');
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now().getTime() + INVITATION_LIFETIME_MS);
      await client.query(
        `INSERT INTO invitations (token_hash, user_id, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT (user_id) DO UPDATE SET token_hash = $1, expires_at = $3, created_at = now()`,
        [sha256(token), account.id, expiresAt],
      );
      await mailer.send(
        accountMail('invitation', {
          to: account.email,
          language: account.language,
          link: link('/invitation', token),
          values: { inviter: inviterName, role: roleName(account.role, account.language) },
        }),
      );
    },

    async acceptInvitation(token, password, headers) {
      const { rows } = await client.query<{ user_id: string; expires_at: Date }>(
        'DELETE FROM invitations WHERE token_hash = $1 RETURNING user_id, expires_at',
        [sha256(token)],
      );
      const invitation = rows[0];
      if (!invitation || isInvitationExpired(invitation.expires_at, now())) return null;
      const account = await store.getAccount(invitation.user_id);
      if (account?.status !== 'invited' || account.email === null) return null;
      await ensureAuthUser(account, password);
      await store.updateAccount({ ...account, status: 'active' }, null);
      const answer = await auth.api.signInEmail({
        body: { email: account.email, password },
        headers,
        returnHeaders: true,
      });
      return signedInAs(account.id, answer.headers);
    },

    async signInWithPassword(rawEmail, password, address, headers) {
      const email = normalizeEmail(rawEmail);
      const wait = await retryAfter(email, address);
      if (wait !== null) return { kind: 'rate_limited', retryAfter: wait };
      const account = await store.findAccountByEmail(email);
      if (account?.status === 'active') {
        try {
          const answer = await auth.api.signInEmail({
            body: { email, password },
            headers,
            returnHeaders: true,
          });
          const signedIn = await signedInAs(account.id, answer.headers);
          if (signedIn) {
            await forgetFailures(email);
            return signedIn;
          }
        } catch (error) {
          if (!isAPIError(error) || error.statusCode !== 401) throw error;
        }
      }
      await recordFailure(email, address);
      return { kind: 'wrong_credentials' };
    },

    async sendSignInLink(rawEmail) {
      const email = normalizeEmail(rawEmail);
      const account = await store.findAccountByEmail(email);
      if (account?.status !== 'active' && account?.status !== 'invited') return;
      await ensureAuthUser(account, null);
      await auth.api.signInMagicLink({ body: { email }, headers: new Headers() });
    },

    async signInWithLink(token, headers) {
      try {
        const answer = await auth.api.magicLinkVerify({
          query: { token },
          headers,
          returnHeaders: true,
        });
        const appUserId = (answer.response.user as { appUserId?: string }).appUserId;
        if (appUserId === undefined) return null;
        const account = await store.getAccount(appUserId);
        // A link is the invitee's other way in: following it accepts the invitation.
        if (account?.status === 'invited') {
          await store.updateAccount({ ...account, status: 'active' }, null);
          await client.query('DELETE FROM invitations WHERE user_id = $1', [account.id]);
        }
        return await signedInAs(appUserId, answer.headers);
      } catch (error) {
        if (isAPIError(error)) return null;
        throw error;
      }
    },

    async requestPasswordReset(rawEmail) {
      const email = normalizeEmail(rawEmail);
      const account = await store.findAccountByEmail(email);
      if (account?.status !== 'active') return;
      // An active person without a sign-in identity here came with a restored backup, which
      // carries no credentials (docs/backup.md): the reset is how they set a password.
      if ((await authUserId(account.id)) === null) await ensureAuthUser(account, null);
      await auth.api.requestPasswordReset({ body: { email } });
    },

    async resetPassword(token, password) {
      try {
        await auth.api.resetPassword({ body: { token, newPassword: password } });
        return true;
      } catch (error) {
        if (isAPIError(error)) return false;
        throw error;
      }
    },

    async sessionUser(headers) {
      const answer = await auth.api.getSession({ headers, returnHeaders: true });
      const session = answer.response;
      if (!session) return null;
      const appUserId = (session.user as { appUserId?: string }).appUserId;
      const account = appUserId === undefined ? null : await store.getAccount(appUserId);
      if (!account || account.status !== 'active') {
        if (account) await service.endAllSessions(account.id);
        return null;
      }
      if (isPastLifetime(session.session.createdAt, now())) {
        await client.query('DELETE FROM auth_sessions WHERE id = $1', [session.session.id]);
        return null;
      }
      return signedInAs(account.id, answer.headers);
    },

    async signOut(headers) {
      const answer = await auth.api.signOut({ headers, returnHeaders: true });
      return answer.headers;
    },

    async endAllSessions(userId) {
      await client.query(
        'DELETE FROM auth_sessions WHERE user_id IN (SELECT id FROM auth_users WHERE app_user_id = $1)',
        [userId],
      );
    },
  };
  return service;
}
