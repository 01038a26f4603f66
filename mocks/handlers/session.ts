import { http, HttpResponse } from 'msw';
import type { MockDatabase } from '../db/database';
import { apiPath, authenticatedRoute, publicRoute, readJsonBody } from './route';

export function sessionHandlers(db: MockDatabase) {
  return [
    http.get(
      apiPath('/session/demo-users'),
      publicRoute(() => HttpResponse.json(db.listDemoUsers())),
    ),
    http.post(
      apiPath('/session'),
      publicRoute(async ({ request }) =>
        HttpResponse.json(db.signIn(await readJsonBody(request)), { status: 201 }),
      ),
    ),
    http.get(
      apiPath('/session'),
      authenticatedRoute(db, ({ user, token }) => HttpResponse.json({ token, user })),
    ),
    http.delete(
      apiPath('/session'),
      authenticatedRoute(db, ({ token }) => {
        db.signOut(token);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];
}
