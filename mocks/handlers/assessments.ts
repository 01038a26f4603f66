import { http, HttpResponse } from 'msw';
import { assessmentStatusSchema, type Assessment } from '../../src/domain/assessment';
import type { User } from '../../src/domain/user';
import type { AssessmentFilter, MockDatabase } from '../db/database';
import { apiPath, assessmentResponse, authenticatedRoute, pathParam, readJsonBody } from './route';

type Transition = (
  user: User,
  assessmentId: string,
  ifMatch: string | null,
  body: unknown,
) => Assessment;

/** `?roundId=&cityId=&status=`, each optional; an unknown status filters nothing. */
function assessmentFilterOf(request: Request): AssessmentFilter {
  const query = new URL(request.url).searchParams;
  const status = assessmentStatusSchema.safeParse(query.get('status'));
  return {
    roundId: query.get('roundId') ?? undefined,
    cityId: query.get('cityId') ?? undefined,
    status: status.success ? status.data : undefined,
  };
}

export function assessmentHandlers(db: MockDatabase) {
  /** POST /assessments/{id}/{action}: a change of status, with an optional If-Match and body. */
  function transition(action: string, act: Transition) {
    return http.post(
      apiPath(`/assessments/:assessmentId/${action}`),
      authenticatedRoute(db, async ({ request, params, user }) => {
        const body = request.headers.get('Content-Type')?.includes('json')
          ? await readJsonBody(request)
          : undefined;
        return assessmentResponse(
          act(user, pathParam(params, 'assessmentId'), request.headers.get('If-Match'), body),
        );
      }),
    );
  }

  return [
    http.get(
      apiPath('/assessments'),
      authenticatedRoute(db, ({ request, user }) =>
        HttpResponse.json(db.listAssessments(user, assessmentFilterOf(request))),
      ),
    ),
    http.get(
      apiPath('/scores'),
      authenticatedRoute(db, ({ request, user }) =>
        HttpResponse.json(db.listScoreRows(user, assessmentFilterOf(request))),
      ),
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
    http.get(
      apiPath('/assessments/:assessmentId/history'),
      authenticatedRoute(db, ({ params, user }) =>
        HttpResponse.json(db.getAssessmentHistory(user, pathParam(params, 'assessmentId'))),
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
    transition('submit', (user, id, ifMatch) => db.submitAssessment(user, id, ifMatch)),
    transition('return', (user, id, ifMatch, body) => db.returnAssessment(user, id, ifMatch, body)),
    transition('approve', (user, id, ifMatch) => db.approveAssessment(user, id, ifMatch)),
  ];
}
