/**
 * Real accounts on the server (server only: the demo has none), over PostgreSQL (PGlite, and
 * DATABASE_URL's server when set): invitation by mail, setting the password, the cookie
 * session, deactivation, the failed sign-in limit, sign-in links, password reset, signing out
 * everywhere and the same-origin rule for cookie writes. Mail is caught by a Mailer that keeps
 * it; the Playwright server journey sends it through a real SMTP sink.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoDataSetSeed } from '../../mocks/seed/data-sets';
import { createAccounts } from '../../server/accounts/auth';
import { createApi, type ContractApi } from '../../server/api/create-api';
import type { MailMessage } from '../../server/mail/mailer';
import { migrate } from '../../server/store/migrate';
import { replaceStoreData } from '../../server/store/postgres-rows';
import { createPostgresStore } from '../../server/store/postgres-store';
import type { SqlClient } from '../../server/store/sql-client';
import { testDatabases } from '../../server/store/test-schema';

const appUrl = 'http://app.test';
const sample = demoDataSetSeed('sample');

/** The link of the last mail to `to`, as a URL. */
function linkIn(mail: MailMessage | undefined): URL {
  const match = /https?:\/\/\S+/.exec(mail?.text ?? '');
  if (!match) throw new Error('No link in the mail');
  return new URL(match[0]);
}

/** The user (as sessions carry it) of a `POST /users` answer. */
function user(invited: { body?: Record<string, unknown> }) {
  const { id, name, role, cityId } = invited.body?.user as Record<string, unknown>;
  return { id, name, role, cityId };
}

/** The field errors of an error answer. */
function fieldErrors(body: Record<string, unknown> | undefined): Record<string, unknown> {
  return (body?.error as { fieldErrors?: Record<string, unknown> } | undefined)?.fieldErrors ?? {};
}

for (const database of testDatabases('accounts')) {
  describe.skipIf(database.skip)(`Accounts on the server over ${database.name}`, () => {
    let client: SqlClient;
    let api: ContractApi;
    let mails: MailMessage[] = [];
    let address = '192.0.2.1';

    beforeAll(async () => {
      client = await database.open();
      await migrate(client);
      const store = createPostgresStore(client);
      const accounts = createAccounts({
        client,
        store,
        mailer: {
          send: (message) => {
            mails.push(message);
            return Promise.resolve();
          },
        },
        publicUrl: appUrl,
        apiBasePath: '/api',
        secret: 'a-test-secret-of-at-least-thirty-two-characters',
      });
      api = createApi({
        store,
        demoSignIn: true,
        publicRead: true,
        accounts,
        appOrigin: appUrl,
        clientAddress: () => address,
      });
    }, 60_000);
    afterAll(() => client.close());
    beforeEach(async () => {
      await replaceStoreData(client, sample);
      mails = [];
      address = '192.0.2.1';
    });

    /** A request as the app's page sends it: same origin, JSON, with `cookie` or `token`. */
    async function call(
      method: string,
      path: string,
      {
        body,
        cookie,
        token,
        origin = appUrl,
      }: {
        body?: unknown;
        cookie?: string;
        token?: string;
        origin?: string | null;
      } = {},
    ) {
      const headers = new Headers({ Accept: 'application/json' });
      if (body !== undefined) headers.set('Content-Type', 'application/json');
      if (origin !== null) headers.set('Origin', origin);
      if (cookie !== undefined) headers.set('Cookie', cookie);
      if (token !== undefined) headers.set('Authorization', `Bearer ${token}`);
      const response = await api.fetch(
        new Request(`${appUrl}/api${path}`, {
          method,
          headers,
          body: body === undefined ? null : JSON.stringify(body),
        }),
      );
      const text = await response.text();
      return {
        status: response.status,
        body: text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>),
        headers: response.headers,
        cookie: response.headers
          .getSetCookie()
          .map((line) => line.split(';')[0] ?? '')
          .join('; '),
      };
    }

    async function coordinatorToken(): Promise<string> {
      const signedIn = await call('POST', '/session', { body: { userId: 'claire-coordinator' } });
      return String(signedIn.body?.token);
    }

    /** Invites Nora as Ghent's member and accepts with a password: her session cookie. */
    async function inviteAndAccept(password = 'a long enough password') {
      const token = await coordinatorToken();
      const invited = await call('POST', '/users', {
        token,
        body: {
          name: 'Nora Jansen',
          email: 'Nora@Example.org',
          role: 'member',
          cityId: 'ghent',
          language: 'fr',
        },
      });
      expect(invited.status).toBe(201);
      const link = linkIn(mails.at(-1));
      const accepted = await call('POST', '/invitations/accept', {
        body: { token: link.searchParams.get('token'), password },
      });
      return { token, invited, accepted, link };
    }

    it('answers which ways of signing in it offers', async () => {
      const options = await call('GET', '/session/options');
      expect(options.body).toEqual({ accounts: true, demoSignIn: true });
    });

    it('invites by mail; the link sets the password once and signs in with a cookie session', async () => {
      const { invited, accepted, link } = await inviteAndAccept();
      expect(invited.body).toMatchObject({
        mailed: true,
        user: { email: 'nora@example.org', status: 'invited', role: 'member', cityId: 'ghent' },
      });
      const mail = mails.at(-1);
      expect(mail?.to).toBe('nora@example.org');
      // In the language the coordinator chose, naming the inviter and the role.
      expect(mail?.subject).toBe('Votre invitation à Charter Monitor');
      expect(mail?.text).toContain('Claire Dubois');
      expect(mail?.html).toContain(`href="${link.toString().replace(/&/g, '&amp;')}"`);
      expect(link.origin + link.pathname).toBe(`${appUrl}/invitation`);

      expect(accepted.status).toBe(200);
      expect(accepted.body).toEqual({ user: { ...user(invited), name: 'Nora Jansen' } });
      expect(user(invited)).toMatchObject({ role: 'member', cityId: 'ghent' });
      const setCookie = accepted.headers.get('Set-Cookie') ?? '';
      expect(setCookie).toMatch(/charter-monitor\.session_token=/);
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Lax/i);

      const session = await call('GET', '/session', { cookie: accepted.cookie });
      expect(session.status).toBe(200);
      expect(session.body).not.toHaveProperty('token');
      // Her city's assessments are hers to read, drafts included.
      const own = await call('GET', '/assessments?cityId=ghent', { cookie: accepted.cookie });
      expect(own.status).toBe(200);

      // The link works once.
      const again = await call('POST', '/invitations/accept', {
        body: { token: link.searchParams.get('token'), password: 'another long password' },
      });
      expect(again.status).toBe(404);

      const signedIn = await call('POST', '/session/password', {
        body: { email: 'nora@example.org', password: 'a long enough password' },
      });
      expect(signedIn.status).toBe(200);
    });

    it('refuses a short password, and an old link once the invitation was sent again', async () => {
      const token = await coordinatorToken();
      const invited = await call('POST', '/users', {
        token,
        body: {
          name: 'Ana',
          email: 'ana@example.org',
          role: 'viewer',
          cityId: null,
          language: 'en',
        },
      });
      const first = linkIn(mails.at(-1)).searchParams.get('token');
      const short = await call('POST', '/invitations/accept', {
        body: { token: first, password: 'too short' },
      });
      expect(short.status).toBe(400);
      expect(Object.keys(fieldErrors(short.body))).toEqual(['password']);

      const userId = (invited.body?.user as { id: string }).id;
      const resent = await call('POST', `/users/${userId}/invitation`, { token });
      expect(resent.status).toBe(200);
      const old = await call('POST', '/invitations/accept', {
        body: { token: first, password: 'a long enough password' },
      });
      expect(old.status).toBe(404);
      const fresh = linkIn(mails.at(-1)).searchParams.get('token');
      const accepted = await call('POST', '/invitations/accept', {
        body: { token: fresh, password: 'a long enough password' },
      });
      expect(accepted.status).toBe(200);
    });

    it('refuses a deactivated user’s open session at its next request', async () => {
      const { token, accepted, invited } = await inviteAndAccept();
      const userId = (invited.body?.user as { id: string }).id;
      expect((await call('GET', '/session', { cookie: accepted.cookie })).status).toBe(200);
      const deactivated = await call('POST', `/users/${userId}/deactivation`, { token });
      expect(deactivated.status).toBe(200);
      expect((await call('GET', '/session', { cookie: accepted.cookie })).status).toBe(401);
      const signIn = await call('POST', '/session/password', {
        body: { email: 'nora@example.org', password: 'a long enough password' },
      });
      expect(signIn.status).toBe(401);
    });

    it('answers 429 with Retry-After after 5 failures for one account', async () => {
      await inviteAndAccept();
      for (let attempt = 1; attempt <= 5; attempt++) {
        const wrong = await call('POST', '/session/password', {
          body: { email: 'nora@example.org', password: `wrong password ${String(attempt)}` },
        });
        expect(wrong.status).toBe(401);
      }
      const sixth = await call('POST', '/session/password', {
        body: { email: 'nora@example.org', password: 'a long enough password' },
      });
      expect(sixth.status).toBe(429);
      expect(Number(sixth.headers.get('Retry-After'))).toBeGreaterThan(800);
      // Another address changes nothing: the account is held.
      address = '192.0.2.99';
      const elsewhere = await call('POST', '/session/password', {
        body: { email: 'nora@example.org', password: 'a long enough password' },
      });
      expect(elsewhere.status).toBe(429);
    });

    /** A password sign-in as Nora from the current address: its status. */
    async function signInAsNora(password: string): Promise<number> {
      const answer = await call('POST', '/session/password', {
        body: { email: 'nora@example.org', password },
      });
      return answer.status;
    }

    it('forgets the account’s failures when its password sign-in succeeds', async () => {
      await inviteAndAccept();
      for (let attempt = 1; attempt <= 4; attempt++) {
        expect(await signInAsNora('wrong password')).toBe(401);
      }
      expect(await signInAsNora('a long enough password')).toBe(200);
      // Counted from zero again: 5 failures are answered, the 6th attempt is held.
      for (let attempt = 1; attempt <= 5; attempt++) {
        expect(await signInAsNora('wrong password')).toBe(401);
      }
      expect(await signInAsNora('a long enough password')).toBe(429);
    });

    it('keeps the address’s failures when one of its accounts signs in', async () => {
      await inviteAndAccept();
      for (let attempt = 1; attempt <= 19; attempt++) {
        const wrong = await call('POST', '/session/password', {
          body: { email: `someone${String(attempt)}@example.org`, password: 'wrong' },
        });
        expect(wrong.status).toBe(401);
      }
      expect(await signInAsNora('a long enough password')).toBe(200);
      // The 20th failure from the address still counts with the 19 before it.
      expect(await signInAsNora('wrong password')).toBe(401);
      expect(await signInAsNora('a long enough password')).toBe(429);
    });

    it('answers 429 after 20 failures from one address, whatever the accounts', async () => {
      for (let attempt = 1; attempt <= 20; attempt++) {
        const wrong = await call('POST', '/session/password', {
          body: { email: `someone${String(attempt)}@example.org`, password: 'wrong' },
        });
        expect(wrong.status).toBe(401);
      }
      const next = await call('POST', '/session/password', {
        body: { email: 'another@example.org', password: 'wrong' },
      });
      expect(next.status).toBe(429);
    });

    it('signs in with an e-mailed link, once', async () => {
      await inviteAndAccept();
      const asked = await call('POST', '/session/link', { body: { email: 'nora@example.org' } });
      expect(asked.status).toBe(202);
      const link = linkIn(mails.at(-1));
      expect(link.pathname).toBe('/sign-in/link');
      const token = link.searchParams.get('token');
      const signedIn = await call('POST', '/session/link/sign-in', { body: { token } });
      expect(signedIn.status).toBe(200);
      expect((await call('GET', '/session', { cookie: signedIn.cookie })).status).toBe(200);
      expect((await call('POST', '/session/link/sign-in', { body: { token } })).status).toBe(404);
      // An unknown address gets the same answer, and no mail.
      const count = mails.length;
      expect(
        (await call('POST', '/session/link', { body: { email: 'nobody@example.org' } })).status,
      ).toBe(202);
      expect(mails).toHaveLength(count);
    });

    it('resets the password by mail and ends the sessions', async () => {
      const { accepted } = await inviteAndAccept();
      expect(
        (await call('POST', '/password-reset', { body: { email: 'nora@example.org' } })).status,
      ).toBe(202);
      const link = linkIn(mails.at(-1));
      expect(link.pathname).toBe('/reset-password');
      const reset = await call('POST', '/password-reset/confirm', {
        body: { token: link.searchParams.get('token'), password: 'a brand new password' },
      });
      expect(reset.status).toBe(204);
      expect((await call('GET', '/session', { cookie: accepted.cookie })).status).toBe(401);
      const signedIn = await call('POST', '/session/password', {
        body: { email: 'nora@example.org', password: 'a brand new password' },
      });
      expect(signedIn.status).toBe(200);
    });

    it('signs out, and signs out everywhere', async () => {
      const { accepted } = await inviteAndAccept();
      const other = await call('POST', '/session/password', {
        body: { email: 'nora@example.org', password: 'a long enough password' },
      });
      const out = await call('DELETE', '/session', { cookie: accepted.cookie });
      expect(out.status).toBe(204);
      expect((await call('GET', '/session', { cookie: accepted.cookie })).status).toBe(401);
      expect((await call('GET', '/session', { cookie: other.cookie })).status).toBe(200);
      const third = await call('POST', '/session/password', {
        body: { email: 'nora@example.org', password: 'a long enough password' },
      });
      expect((await call('DELETE', '/sessions', { cookie: third.cookie })).status).toBe(204);
      expect((await call('GET', '/session', { cookie: other.cookie })).status).toBe(401);
    });

    it('refuses a cookie request from another origin, or without one (403)', async () => {
      const { accepted } = await inviteAndAccept();
      const forged = await call('DELETE', '/sessions', {
        cookie: accepted.cookie,
        origin: 'https://evil.example',
      });
      expect(forged.status).toBe(403);
      const bare = await call('DELETE', '/sessions', { cookie: accepted.cookie, origin: null });
      expect(bare.status).toBe(403);
      expect((await call('GET', '/session', { cookie: accepted.cookie })).status).toBe(200);
    });
  });
}
