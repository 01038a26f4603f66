import { http, HttpResponse } from 'msw';
import type { MockDatabase } from '../db/database';
import { apiPath, authenticatedRoute } from './route';

/** Demo-only: put the sample data set back as it was seeded. */
export function demoHandlers(db: MockDatabase) {
  return [
    http.post(
      apiPath('/demo/reset'),
      authenticatedRoute(db, () => {
        db.reset();
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];
}
