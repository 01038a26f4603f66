import { http, HttpResponse } from 'msw';
import { commitments, keyTrends, targetGroupIds } from '../../src/domain/charter';
import type { MockDatabase } from '../db/database';
import { MockApiError } from '../db/mock-api-error';
import { apiPath, authenticatedRoute, pathParam } from './route';

/** The charter's fixed reference data: commitments, key trends and target groups. */
export function catalogueHandlers(db: MockDatabase) {
  return [
    http.get(
      apiPath('/commitments'),
      authenticatedRoute(db, () => HttpResponse.json(commitments)),
    ),
    http.get(
      apiPath('/commitments/:commitmentId'),
      authenticatedRoute(db, ({ params }) => {
        const id = pathParam(params, 'commitmentId');
        const commitment = commitments.find((candidate) => candidate.id === id);
        if (!commitment) throw new MockApiError('not_found', `No commitment with id ${id}`);
        return HttpResponse.json(commitment);
      }),
    ),
    http.get(
      apiPath('/key-trends'),
      authenticatedRoute(db, () => HttpResponse.json(keyTrends)),
    ),
    http.get(
      apiPath('/key-trends/:trendId'),
      authenticatedRoute(db, ({ params }) => {
        const id = pathParam(params, 'trendId');
        const trend = keyTrends.find((candidate) => candidate.id === id);
        if (!trend) throw new MockApiError('not_found', `No key trend with id ${id}`);
        return HttpResponse.json(trend);
      }),
    ),
    http.get(
      apiPath('/target-groups'),
      authenticatedRoute(db, () => HttpResponse.json(targetGroupIds)),
    ),
  ];
}
