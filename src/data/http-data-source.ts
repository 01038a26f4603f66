/** The DataSource over the REST contract (docs/api.md): the only module that calls fetch. */
import { z } from '../domain/zod';
import { apiErrorBodySchema } from '../domain/api-error';
import { assessmentSchema } from '../domain/assessment';
import { historyEntrySchema } from '../domain/assessment-history';
import { auditPageSchema } from '../domain/audit';
import { commitmentSchema, keyTrendSchema, targetGroupIdSchema } from '../domain/charter';
import { citySchema } from '../domain/city';
import { demoDataSetInfoSchema } from '../domain/demo-data-set';
import { roundSchema } from '../domain/round';
import {
  cityScoreSchema,
  roundAggregateSchema,
  trendLeadersSchema,
} from '../domain/round-aggregate';
import { servedRoundProgressSchema } from '../domain/round-progress';
import { scoreRowSchema } from '../domain/score-row';
import { demoUserSchema, sessionSchema } from '../domain/user';
import { ApiError } from './api-error';
import type { AggregateOptions, DataSource } from './data-source';

export interface HttpDataSourceOptions {
  /** Absolute or relative to the page, e.g. "/api" or "https://api.example.org/v1". */
  baseUrl: string;
  /** The current session token, read on every request. */
  getToken: () => string | null;
  /**
   * How long one request may take before it is abandoned, in ms, its whole answer included: a
   * save that hangs must fail, so autosave keeps the text and retries, instead of showing
   * "Saving…" for ever; a page shows its error and "Try again" instead of a spinner. The app
   * passes its configured limit (`env.apiTimeoutMs`, 15 s unless `VITE_API_TIMEOUT_MS` says).
   */
  timeoutMs: number;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  ifMatch?: number;
  /** This request's own limit, in ms, instead of the data source's. */
  timeoutMs?: number;
}

/**
 * Signing out ends the session on this device whatever the server says, so it waits for the
 * server only briefly (ms), whatever the limit for other requests: offline, the person is not
 * kept waiting.
 */
const SIGN_OUT_TIMEOUT_MS = 3_000;

export function createHttpDataSource({
  baseUrl,
  getToken,
  timeoutMs,
}: HttpDataSourceOptions): DataSource {
  const base = baseUrl.replace(/\/+$/, '');

  /**
   * Sends a request and reads its JSON body (undefined when there is none), both within the
   * time limit: a body that stalls after the headers fails like a request that does.
   */
  async function send(
    path: string,
    { method = 'GET', body, ifMatch, timeoutMs: limitMs = timeoutMs }: RequestOptions,
  ): Promise<{ status: number; body: unknown }> {
    const headers = new Headers({ Accept: 'application/json' });
    const token = getToken();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    if (ifMatch !== undefined) headers.set('If-Match', `"${ifMatch}"`);
    const abort = new AbortController();
    const timer = setTimeout(() => {
      abort.abort();
    }, limitMs);
    const timedOut = () =>
      new ApiError(0, 'timeout', `No answer from ${path} within ${String(limitMs)} ms`);
    try {
      let response: Response;
      try {
        response = await fetch(`${base}${path}`, {
          method,
          headers,
          body: body === undefined ? null : JSON.stringify(body),
          signal: abort.signal,
        });
      } catch (cause) {
        throw abort.signal.aborted
          ? timedOut()
          : new ApiError(
              0,
              'network_error',
              cause instanceof Error ? cause.message : 'Network error',
            );
      }
      // The body, an error's too, within the same limit (aborting ends a body still arriving):
      // an answer that stalls after its headers is a timeout, whatever its status said.
      const answer: unknown = await response.json().catch(() => undefined);
      if (abort.signal.aborted) throw timedOut();
      if (!response.ok) throw toApiError(response.status, answer);
      return { status: response.status, body: answer };
    } finally {
      clearTimeout(timer);
    }
  }

  async function request<Schema extends z.ZodMiniType>(
    schema: Schema,
    path: string,
    options: RequestOptions = {},
  ): Promise<z.infer<Schema>> {
    const response = await send(path, options);
    const parsed = schema.safeParse(response.body);
    if (!parsed.success) {
      throw new ApiError(
        response.status,
        'unexpected_response',
        `Unexpected response from ${path}`,
      );
    }
    return parsed.data;
  }

  const id = encodeURIComponent;

  return {
    description: { kind: 'http', baseUrl: base },

    listDemoUsers: () => request(z.array(demoUserSchema), '/session/demo-users'),
    signIn: (userId) => request(sessionSchema, '/session', { method: 'POST', body: { userId } }),
    getSession: () => request(sessionSchema, '/session'),
    signOut: async () => {
      await send('/session', {
        method: 'DELETE',
        timeoutMs: Math.min(SIGN_OUT_TIMEOUT_MS, timeoutMs),
      });
    },

    listCities: () => request(z.array(citySchema), '/cities'),
    getCity: (cityId) => request(citySchema, `/cities/${id(cityId)}`),
    listRounds: () => request(z.array(roundSchema), '/rounds'),
    getRound: (roundId) => request(roundSchema, `/rounds/${id(roundId)}`),
    getRoundProgress: (roundId) =>
      request(servedRoundProgressSchema, `/rounds/${id(roundId)}/progress`),
    listCommitments: () => request(z.array(commitmentSchema), '/commitments'),
    getCommitment: (commitmentId) => request(commitmentSchema, `/commitments/${id(commitmentId)}`),
    listKeyTrends: () => request(z.array(keyTrendSchema), '/key-trends'),
    getKeyTrend: (trendId) => request(keyTrendSchema, `/key-trends/${id(trendId)}`),
    listTargetGroups: () => request(z.array(targetGroupIdSchema), '/target-groups'),

    listAssessments: (filter = {}) =>
      request(z.array(assessmentSchema), `/assessments${queryString(filter)}`),
    listScoreRows: (filter = {}) =>
      request(z.array(scoreRowSchema), `/scores${queryString(filter)}`),
    getAssessment: (assessmentId) => request(assessmentSchema, `/assessments/${id(assessmentId)}`),
    getAssessmentHistory: (assessmentId) =>
      request(z.array(historyEntrySchema), `/assessments/${id(assessmentId)}/history`),
    listRoundAggregates: (options = {}) =>
      request(z.array(roundAggregateSchema), `/aggregates/rounds${inclusion(options)}`),
    getRoundAggregate: (roundId, options = {}) =>
      request(roundAggregateSchema, `/aggregates/rounds/${id(roundId)}${inclusion(options)}`),
    listCityScores: (roundId, options = {}) =>
      request(
        z.array(cityScoreSchema),
        `/aggregates/rounds/${id(roundId)}/cities${inclusion(options)}`,
      ),
    listTrendLeaders: (roundId, { limit, ...options } = {}) =>
      request(
        z.array(trendLeadersSchema),
        `/aggregates/rounds/${id(roundId)}/trend-leaders${queryString({
          include: options.includeUnapproved ? 'unapproved' : undefined,
          limit: limit === undefined ? undefined : String(limit),
        })}`,
      ),
    createAssessment: (body) => request(assessmentSchema, '/assessments', { method: 'POST', body }),
    saveAssessment: (assessmentId, content, basedOnVersion) =>
      request(assessmentSchema, `/assessments/${id(assessmentId)}`, {
        method: 'PUT',
        body: content,
        ifMatch: basedOnVersion,
      }),
    submitAssessment: (assessmentId, basedOnVersion) =>
      request(assessmentSchema, `/assessments/${id(assessmentId)}/submit`, {
        method: 'POST',
        ifMatch: basedOnVersion,
      }),
    returnAssessment: (assessmentId, comment, basedOnVersion) =>
      request(assessmentSchema, `/assessments/${id(assessmentId)}/return`, {
        method: 'POST',
        body: { comment },
        ifMatch: basedOnVersion,
      }),
    approveAssessment: (assessmentId, basedOnVersion) =>
      request(assessmentSchema, `/assessments/${id(assessmentId)}/approve`, {
        method: 'POST',
        ifMatch: basedOnVersion,
      }),

    resetDemoData: async () => {
      await send('/demo/reset', { method: 'POST' });
    },
    getDemoDataSet: () => request(demoDataSetInfoSchema, '/demo/data-set'),
    selectDemoDataSet: (dataSet) =>
      request(demoDataSetInfoSchema, '/demo/data-set', { method: 'PUT', body: { dataSet } }),

    // ---- Administration ----
    listAuditEntries: ({ limit, before } = {}) =>
      request(
        auditPageSchema,
        `/audit${queryString({ limit: limit === undefined ? undefined : String(limit), before })}`,
      ),
    createRound: (body) => request(roundSchema, '/rounds', { method: 'POST', body }),
    updateRound: (roundId, body) =>
      request(roundSchema, `/rounds/${id(roundId)}`, { method: 'PATCH', body }),
    changeRoundStatus: (roundId, transition) =>
      request(roundSchema, `/rounds/${id(roundId)}/${transition}`, { method: 'POST' }),
    createCity: (body) => request(citySchema, '/cities', { method: 'POST', body }),
    updateCity: (cityId, body) =>
      request(citySchema, `/cities/${id(cityId)}`, { method: 'PATCH', body }),
    setCityArchived: (cityId, archived) =>
      request(citySchema, `/cities/${id(cityId)}/${archived ? 'archive' : 'unarchive'}`, {
        method: 'POST',
      }),
  };
}

/** `?include=unapproved` when asked for, else nothing: approved ones are the default. */
function inclusion({ includeUnapproved = false }: AggregateOptions): string {
  return includeUnapproved ? '?include=unapproved' : '';
}

/** The filter's fields that have a value, as a query string (`?a=1&b=2`), or nothing. */
function queryString(filter: object): string {
  const query = new URLSearchParams(
    Object.entries(filter).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  ).toString();
  return query ? `?${query}` : '';
}

function toApiError(status: number, answer: unknown): ApiError {
  const body = apiErrorBodySchema.safeParse(answer);
  if (!body.success) {
    return new ApiError(status, 'unexpected_response', `Request failed with status ${status}`);
  }
  const { code, message, fieldErrors } = body.data.error;
  return new ApiError(status, code, message, fieldErrors, body.data.current);
}
