import { http, HttpResponse } from 'msw';
import type { MockDatabase } from '../db/database';
import { apiPath, authenticatedRoute, pathParam } from './route';

export function cityHandlers(db: MockDatabase) {
  return [
    http.get(
      apiPath('/cities'),
      authenticatedRoute(db, () => HttpResponse.json(db.listCities())),
    ),
    http.get(
      apiPath('/cities/:cityId'),
      authenticatedRoute(db, ({ params }) =>
        HttpResponse.json(db.getCity(pathParam(params, 'cityId'))),
      ),
    ),
  ];
}
