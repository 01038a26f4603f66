/** Signing in (the demo's user picker, until real accounts exist), the session, signing out. */
import type { Hono } from 'hono';
import { signInRequestSchema, type DemoUser, type Session } from '../../src/domain/user';
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
  }: { store: ContractStore; demoSignIn: boolean; createToken: () => string },
) {
  function requireDemoSignIn() {
    if (!demoSignIn) throw new ApiProblem('not_found', 'This server offers no demo sign-in');
  }

  app.get('/session/demo-users', async (context) => {
    requireDemoSignIn();
    const [users, cities] = await Promise.all([store.listUsers(), store.listCities()]);
    const cityById = new Map(cities.map((city) => [city.id, city]));
    const demoUsers: DemoUser[] = users.map((user) => {
      const city = user.cityId === null ? undefined : cityById.get(user.cityId);
      return { ...user, cityName: city?.name ?? null, cityNames: city?.names ?? null };
    });
    return context.json(demoUsers);
  });

  app.post('/session', async (context) => {
    requireDemoSignIn();
    const { userId } = parseBody(signInRequestSchema, await readJsonBody(context.req.raw));
    const user = await store.getUser(userId);
    if (!user) throw new ApiProblem('not_found', `No demo user with id ${userId}`);
    const token = createToken();
    await store.createSession(token, user.id);
    const session: Session = { token, user };
    return context.json(session, 201);
  });

  app.get('/session', signedIn(store), (context) => {
    const session: Session = { token: context.get('token'), user: context.get('user') };
    return context.json(session);
  });

  app.delete('/session', signedIn(store), async (context) => {
    await store.deleteSession(context.get('token'));
    return context.body(null, 204);
  });
}
