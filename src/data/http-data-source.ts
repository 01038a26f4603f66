/** The DataSource over the REST contract (docs/api.md): the only module that calls fetch. */
import { z } from '../domain/zod';
import { apiErrorBodySchema } from '../domain/api-error';
import { assessmentSchema } from '../domain/assessment';
import { historyEntrySchema } from '../domain/assessment-history';
import { auditPageSchema } from '../domain/audit';
import { backupSchema, restoreSummarySchema } from '../domain/backup';
import { commitmentSchema, keyTrendSchema, targetGroupIdSchema } from '../domain/charter';
import { citySchema } from '../domain/city';
import { demoDataSetInfoSchema } from '../domain/demo-data-set';
import { roundSchema } from '../domain/round';
import {
  cityScoreSchema,
  roundAggregateSchema,
  trendLeadersSchema,
} from '../domain/round-aggregate';
import { importPreviewSchema, importResultSchema } from '../domain/import-preview';
import { servedRoundProgressSchema } from '../domain/round-progress';
import { scoreRowSchema } from '../domain/score-row';
import { accountSchema, invitationResultSchema, sessionOptionsSchema } from '../domain/account';
import { demoSessionSchema, demoUserSchema, sessionSchema } from '../domain/user';
import { ApiError } from './api-error';
import { parseInSlices } from './parse-in-slices';
import type { AggregateOptions, DataSource, ImportFile } from './data-source';

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
  /** Sent as it is instead of a JSON body: an import's file. */
  file?: ImportFile;
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

/** An import sends up to 5 MB and the server checks up to 50,000 rows: it may take a while (ms). */
const IMPORT_TIMEOUT_MS = 120_000;

/**
 * A backup carries every row (megabytes for a large instance), so it may take longer than a
 * page's request, in ms; it is one request a coordinator waits for, watching a progress text.
 */
const BACKUP_TIMEOUT_MS = 120_000;

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
    { method = 'GET', body, file, ifMatch, timeoutMs: limitMs = timeoutMs }: RequestOptions,
  ): Promise<{ status: number; body: unknown }> {
    const headers = new Headers({ Accept: 'application/json' });
    const token = getToken();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    if (file) headers.set('Content-Type', file.type);
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
          // A real account's session is a cookie the page cannot read; the browser sends it.
          credentials: 'same-origin',
          body: file ? file.body : body === undefined ? null : JSON.stringify(body),
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
      if (!response.ok) {
        throw toApiError(response.status, answer, response.headers.get('Retry-After'));
      }
      return { status: response.status, body: answer };
    } finally {
      clearTimeout(timer);
    }
  }

  /** An answer that is not what the contract says `path` answers. */
  function unexpectedResponse(status: number, path: string): ApiError {
    return new ApiError(status, 'unexpected_response', `Unexpected response from ${path}`);
  }

  async function request<Schema extends z.ZodMiniType>(
    schema: Schema,
    path: string,
    options: RequestOptions = {},
  ): Promise<z.infer<Schema>> {
    const response = await send(path, options);
    const parsed = schema.safeParse(response.body);
    if (!parsed.success) {
      throw unexpectedResponse(response.status, path);
    }
    return parsed.data;
  }

  /** A list, its items checked a few milliseconds' worth at a time (parse-in-slices.ts). */
  async function requestList<Item extends z.ZodMiniType>(
    itemSchema: Item,
    path: string,
    options: RequestOptions = {},
  ): Promise<z.infer<Item>[]> {
    const response = await send(path, options);
    const parsed = await parseInSlices(itemSchema, response.body);
    if (!parsed.success) {
      throw unexpectedResponse(response.status, path);
    }
    return parsed.data;
  }

  const id = encodeURIComponent;

  return {
    description: { kind: 'http', baseUrl: base },

    listDemoUsers: () => requestList(demoUserSchema, '/session/demo-users'),
    signIn: (userId) =>
      request(demoSessionSchema, '/session', { method: 'POST', body: { userId } }),
    getSession: () => request(sessionSchema, '/session'),
    signOut: async () => {
      await send('/session', {
        method: 'DELETE',
        timeoutMs: Math.min(SIGN_OUT_TIMEOUT_MS, timeoutMs),
      });
    },

    listCities: () => requestList(citySchema, '/cities'),
    getCity: (cityId) => request(citySchema, `/cities/${id(cityId)}`),
    listRounds: () => requestList(roundSchema, '/rounds'),
    getRound: (roundId) => request(roundSchema, `/rounds/${id(roundId)}`),
    getRoundProgress: (roundId) =>
      request(servedRoundProgressSchema, `/rounds/${id(roundId)}/progress`),
    listCommitments: () => requestList(commitmentSchema, '/commitments'),
    getCommitment: (commitmentId) => request(commitmentSchema, `/commitments/${id(commitmentId)}`),
    listKeyTrends: () => requestList(keyTrendSchema, '/key-trends'),
    getKeyTrend: (trendId) => request(keyTrendSchema, `/key-trends/${id(trendId)}`),
    listTargetGroups: () => requestList(targetGroupIdSchema, '/target-groups'),

    listAssessments: (filter = {}) =>
      requestList(assessmentSchema, `/assessments${queryString(filter)}`),
    listScoreRows: (filter = {}) => requestList(scoreRowSchema, `/scores${queryString(filter)}`),
    getAssessment: (assessmentId) => request(assessmentSchema, `/assessments/${id(assessmentId)}`),
    getAssessmentHistory: (assessmentId) =>
      requestList(historyEntrySchema, `/assessments/${id(assessmentId)}/history`),
    listRoundAggregates: (options = {}) =>
      requestList(roundAggregateSchema, `/aggregates/rounds${inclusion(options)}`),
    getRoundAggregate: (roundId, options = {}) =>
      request(roundAggregateSchema, `/aggregates/rounds/${id(roundId)}${inclusion(options)}`),
    listCityScores: (roundId, options = {}) =>
      requestList(cityScoreSchema, `/aggregates/rounds/${id(roundId)}/cities${inclusion(options)}`),
    listTrendLeaders: (roundId, { limit, ...options } = {}) =>
      requestList(
        trendLeadersSchema,
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

    previewImport: (file) =>
      request(importPreviewSchema, '/imports/preview', {
        method: 'POST',
        file,
        timeoutMs: Math.max(IMPORT_TIMEOUT_MS, timeoutMs),
      }),
    commitImport: (file) =>
      request(importResultSchema, '/imports', {
        method: 'POST',
        file,
        timeoutMs: Math.max(IMPORT_TIMEOUT_MS, timeoutMs),
      }),

    resetDemoData: async () => {
      await send('/demo/reset', { method: 'POST' });
    },
    getSessionOptions: () => request(sessionOptionsSchema, '/session/options'),
    signInWithPassword: (email, password) =>
      request(sessionSchema, '/session/password', { method: 'POST', body: { email, password } }),
    acceptInvitation: (token, password) =>
      request(sessionSchema, '/invitations/accept', { method: 'POST', body: { token, password } }),
    requestSignInLink: async (email) => {
      await send('/session/link', { method: 'POST', body: { email } });
    },
    signInWithLink: (token) =>
      request(sessionSchema, '/session/link/sign-in', { method: 'POST', body: { token } }),
    requestPasswordReset: async (email) => {
      await send('/password-reset', { method: 'POST', body: { email } });
    },
    resetPassword: async (token, password) => {
      await send('/password-reset/confirm', { method: 'POST', body: { token, password } });
    },
    getOwnAccount: () => request(accountSchema, '/session/account'),
    setNotifications: (notificationsEnabled) =>
      request(accountSchema, '/session/account/notifications', {
        method: 'PUT',
        body: { notificationsEnabled },
      }),
    signOutEverywhere: async () => {
      await send('/sessions', { method: 'DELETE' });
    },
    listAccounts: () => requestList(accountSchema, '/users'),
    inviteUser: (invitation) =>
      request(invitationResultSchema, '/users', { method: 'POST', body: invitation }),
    resendInvitation: (userId) =>
      request(invitationResultSchema, `/users/${id(userId)}/invitation`, { method: 'POST' }),
    changeAccount: (userId, change) =>
      request(accountSchema, `/users/${id(userId)}`, { method: 'PATCH', body: change }),
    deactivateAccount: (userId) =>
      request(accountSchema, `/users/${id(userId)}/deactivation`, { method: 'POST' }),

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

    downloadBackup: () =>
      request(backupSchema, '/backup', { timeoutMs: Math.max(BACKUP_TIMEOUT_MS, timeoutMs) }),
    restoreBackup: (backup) =>
      request(restoreSummarySchema, '/restore', {
        method: 'POST',
        body: backup,
        timeoutMs: Math.max(BACKUP_TIMEOUT_MS, timeoutMs),
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

function toApiError(status: number, answer: unknown, retryAfter: string | null): ApiError {
  const body = apiErrorBodySchema.safeParse(answer);
  if (!body.success) {
    return new ApiError(status, 'unexpected_response', `Request failed with status ${status}`);
  }
  const { code, message, fieldErrors, reason } = body.data.error;
  const seconds = retryAfter !== null && /^\d+$/.test(retryAfter) ? Number(retryAfter) : undefined;
  return new ApiError(status, code, message, fieldErrors, body.data.current, seconds, reason);
}
