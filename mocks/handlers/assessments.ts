import { http, HttpResponse } from 'msw';
import { assessmentStatusSchema } from '../../src/domain/assessment';
import type { MockDatabase } from '../db/database';
import { apiPath, assessmentResponse, authenticatedRoute, pathParam, readJsonBody } from './route';

export function assessmentHandlers(db: MockDatabase) {
  return [
    http.get(
      apiPath('/assessments'),
      authenticatedRoute(db, ({ request, user }) => {
        const query = new URL(request.url).searchParams;
        const status = assessmentStatusSchema.safeParse(query.get('status'));
        return HttpResponse.json(
          db.listAssessments(user, {
            roundId: query.get('roundId') ?? undefined,
            cityId: query.get('cityId') ?? undefined,
            status: status.success ? status.data : undefined,
          }),
        );
      }),
    ),
    http.post(
      apiPath('/assessments'),
      authenticatedRoute(db, async ({ request, user }) =>
        assessmentResponse(db.createAssessment(user, await readJsonBody(request)), 201),
      ),
    ),
    http.get(
      apiPath('/assessments/:assessmentId'),
      authenticatedRoute(db, ({ params, user }) =>
        assessmentResponse(db.getAssessment(user, pathParam(params, 'assessmentId'))),
      ),
    ),
    http.put(
      apiPath('/assessments/:assessmentId'),
      authenticatedRoute(db, async ({ request, params, user }) =>
        assessmentResponse(
          db.saveAssessment(
            user,
            pathParam(params, 'assessmentId'),
            request.headers.get('If-Match'),
            await readJsonBody(request),
          ),
        ),
      ),
    ),
    http.post(
      apiPath('/assessments/:assessmentId/submit'),
      authenticatedRoute(db, ({ request, params, user }) =>
        assessmentResponse(
          db.submitAssessment(
            user,
            pathParam(params, 'assessmentId'),
            request.headers.get('If-Match'),
          ),
        ),
      ),
    ),
    http.post(
      apiPath('/assessments/:assessmentId/return'),
      authenticatedRoute(db, async ({ request, params, user }) =>
        assessmentResponse(
          db.returnAssessment(
            user,
            pathParam(params, 'assessmentId'),
            request.headers.get('If-Match'),
            await readJsonBody(request),
          ),
        ),
      ),
    ),
    http.post(
      apiPath('/assessments/:assessmentId/approve'),
      authenticatedRoute(db, ({ request, params, user }) =>
        assessmentResponse(
          db.approveAssessment(
            user,
            pathParam(params, 'assessmentId'),
            request.headers.get('If-Match'),
          ),
        ),
      ),
    ),
  ];
}
