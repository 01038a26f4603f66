/** Adapts HTTP to the mock database: authentication, JSON bodies and the error contract. */
import { HttpResponse, type DefaultBodyType, type PathParams } from 'msw';
import type { Assessment } from '../../src/domain/assessment';
import type { User } from '../../src/domain/user';
import type { MockDatabase } from '../db/database';
import { MockApiError } from '../db/mock-api-error';

/** Handlers match any origin, so the mock serves whichever host the app runs on. */
export function apiPath(path: string): string {
  return `*/api${path}`;
}

interface RequestInfo {
  request: Request;
  params: PathParams;
}

interface AuthenticatedRequestInfo extends RequestInfo {
  user: User;
  token: string;
}

type Resolver<Info> = (info: Info) => Response | Promise<Response>;

export function bearerToken(request: Request): string | null {
  const header = request.headers.get('Authorization');
  const match = header ? /^Bearer (.+)$/.exec(header) : null;
  return match?.[1] ?? null;
}

export function pathParam(params: PathParams, name: string): string {
  const value = params[name];
  return typeof value === 'string' ? value : '';
}

export async function readJsonBody(request: Request): Promise<unknown> {
  try {
    return (await request.json()) as unknown;
  } catch {
    throw new MockApiError('validation_failed', 'The request body must be JSON', {
      fieldErrors: { _: ['The request body must be JSON'] },
    });
  }
}

export function assessmentResponse(assessment: Assessment, status = 200) {
  return HttpResponse.json(assessment, { status, headers: { ETag: `"${assessment.version}"` } });
}

export function publicRoute(resolver: Resolver<RequestInfo>) {
  return async (info: RequestInfo): Promise<Response> => {
    try {
      return await resolver(info);
    } catch (error) {
      if (error instanceof MockApiError) {
        return HttpResponse.json<DefaultBodyType>(error.toBody(), { status: error.status });
      }
      throw error;
    }
  };
}

/** A route that answers 401 unless the request carries a valid session token. */
export function authenticatedRoute(db: MockDatabase, resolver: Resolver<AuthenticatedRequestInfo>) {
  return publicRoute((info) => {
    const token = bearerToken(info.request);
    const user = db.authenticate(token);
    return resolver({ ...info, user, token: token ?? '' });
  });
}
