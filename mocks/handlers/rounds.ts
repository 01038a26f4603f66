import { http, HttpResponse } from 'msw';
import type { MockDatabase } from '../db/database';
import { apiPath, authenticatedRoute, pathParam } from './route';

export function roundHandlers(db: MockDatabase) {
  return [
    http.get(
      apiPath('/rounds'),
      authenticatedRoute(db, () => HttpResponse.json(db.listRounds())),
    ),
    http.get(
      apiPath('/rounds/:roundId'),
      authenticatedRoute(db, ({ params }) =>
        HttpResponse.json(db.getRound(pathParam(params, 'roundId'))),
      ),
    ),
    http.get(
      apiPath('/rounds/:roundId/progress'),
      authenticatedRoute(db, ({ params }) =>
        HttpResponse.json(db.roundProgress(pathParam(params, 'roundId'))),
      ),
    ),
  ];
}
