import { http, HttpResponse } from 'msw';
import type { MockDatabase } from '../db/database';
import { apiPath, authenticatedRoute, publicRoute, readJsonBody } from './route';

/** Demo-only: which data set is served, switching to another, and putting it back as seeded. */
export function demoHandlers(db: MockDatabase) {
  return [
    http.get(
      apiPath('/demo/data-set'),
      publicRoute(() => HttpResponse.json(db.dataSetInfo())),
    ),
    http.put(
      apiPath('/demo/data-set'),
      authenticatedRoute(db, async ({ request }) =>
        HttpResponse.json(db.selectDataSet(await readJsonBody(request))),
      ),
    ),
    http.post(
      apiPath('/demo/reset'),
      authenticatedRoute(db, () => {
        db.reset();
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];
}
