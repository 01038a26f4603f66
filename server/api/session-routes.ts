/**
 * The session: which ways to sign in the server offers, the demo's user picker (bearer token),
 * reading the session and signing out (bearer or cookie), signing out everywhere. Real
 * accounts' sign-in (server only) is in account-routes.ts.
 */
import type { Hono } from 'hono';
import {
  signInRequestSchema,
  type DemoSession,
  type DemoUser,
  type Session,
} from '../../src/domain/user';
import { notificationChoiceSchema, type SessionOptions } from '../../src/domain/account';
import type { AccountService } from '../accounts/account-service';
import type { ContractStore } from '../store/contract-store';
import { ApiProblem } from './api-problem';
import { signedIn } from './authentication';
import type { ApiEnv } from './create-api';
import { parseBody, readJsonBody } from './request-parsing';

export function sessionRoutes(
  app: Hono<ApiEnv>,
  {
    store,
    demoSignIn,
    createToken,
    accounts,
  }: {
    store: ContractStore;
    demoSignIn: boolean;
    createToken: () => string;
    accounts: AccountService | undefined;
  },
) {
  function requireDemoSignIn() {
    if (!demoSignIn) throw new ApiProblem('not_found', 'This server offers no demo sign-in');
  }

  app.get('/session/options', (context) => {
    const options: SessionOptions = { accounts: accounts !== undefined, demoSignIn };
    return context.json(options);
  });

  app.get('/session/demo-users', async (context) => {
    requireDemoSignIn();
    const [users, accounts, cities] = await Promise.all([
      store.listUsers(),
      store.listAccounts(),
      store.listCities(),
    ]);
    // A deactivated person cannot sign in, so the picker does not offer them.
    const deactivated = new Set(
      accounts.filter(({ status }) => status === 'deactivated').map(({ id }) => id),
    );
    const cityById = new Map(cities.map((city) => [city.id, city]));
    const demoUsers: DemoUser[] = users.flatMap((user) => {
      if (deactivated.has(user.id)) return [];
      const city = user.cityId === null ? undefined : cityById.get(user.cityId);
      return [{ ...user, cityName: city?.name ?? null, cityNames: city?.names ?? null }];
    });
    return context.json(demoUsers);
  });

  app.post('/session', async (context) => {
    requireDemoSignIn();
    const { userId } = parseBody(signInRequestSchema, await readJsonBody(context.req.raw));
    const user = await store.getUser(userId);
    if (!user) throw new ApiProblem('not_found', `No demo user with id ${userId}`);
    if ((await store.getAccount(userId))?.status === 'deactivated') {
      throw new ApiProblem('forbidden', 'This user has been deactivated');
    }
    const token = createToken();
    await store.createSession(token, user.id);
    const session: DemoSession = { token, user };
    return context.json(session, 201);
  });

  app.get('/session', signedIn(store), (context) => {
    // A cookie session has no token for the page to keep.
    const token = context.get('token') as string | undefined;
    const session: Session = {
      ...(token === undefined ? {} : { token }),
      user: context.get('user'),
    };
    return context.json(session);
  });

  app.delete('/session', signedIn(store), async (context) => {
    const token = context.get('token') as string | undefined;
    if (token !== undefined) await store.deleteSession(token);
    else if (accounts) {
      for (const cookie of (await accounts.signOut(context.req.raw.headers)).getSetCookie()) {
        context.header('Set-Cookie', cookie, { append: true });
      }
    }
    return context.body(null, 204);
  });

  /** The signed-in person's own account: their e-mail and choices. */
  async function ownAccount(userId: string) {
    const account = await store.getAccount(userId);
    if (!account) throw new ApiProblem('unauthenticated', 'Sign in to continue');
    return account;
  }

  app.get('/session/account', signedIn(store), async (context) =>
    context.json(await ownAccount(context.get('user').id)),
  );

  app.put('/session/account/notifications', signedIn(store), async (context) => {
    const { notificationsEnabled } = parseBody(
      notificationChoiceSchema,
      await readJsonBody(context.req.raw),
    );
    const account = await ownAccount(context.get('user').id);
    const next = { ...account, notificationsEnabled };
    await store.updateAccount(next, null);
    return context.json(next);
  });

  app.delete('/sessions', signedIn(store), async (context) => {
    const user = context.get('user');
    await store.deleteUserSessions(user.id);
    if (accounts) {
      await accounts.endAllSessions(user.id);
      for (const cookie of (await accounts.signOut(context.req.raw.headers)).getSetCookie()) {
        context.header('Set-Cookie', cookie, { append: true });
      }
    }
    return context.body(null, 204);
  });
}
