/**
 * The REST contract (docs/api.md), exercised through the HTTP data source against the MSW
 * handlers: happy paths and every error status the contract names.
 */
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockDatabase, server } from '../../mocks/node';
import { noAnswer, stalledAnswer } from '../../tests/utils/slow-api';
import { assessmentSchema, type AssessmentContent } from '../domain/assessment';
import { contentOf, fieldKeyOfErrorPath } from '../domain/assessment-fields';
import { hasWorkInProgress } from '../domain/round-progress';
import { ApiError } from './api-error';
import { createHttpDataSource } from './http-data-source';
import { TEST_REQUEST_TIMEOUT_MS } from '../../tests/utils/test-timeouts';

let token: string | null = null;
const api = createHttpDataSource({
  baseUrl: 'http://localhost/api',
  getToken: () => token,
  timeoutMs: TEST_REQUEST_TIMEOUT_MS,
});

async function signInAs(userId: string) {
  token = null;
  token = (await api.signIn(userId)).token;
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => {
      throw new Error('Expected the request to fail');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

const completeContent: AssessmentContent = {
  ratings: {
    PM1: {
      rating: 'fully',
      reason: '',
      evidence: 'Strategy adopted',
      links: ['https://example.org/a'],
    },
    PM2: { rating: 'partly', reason: '', evidence: '', links: [] },
    PM3: { rating: 'partly', reason: '', evidence: '', links: [] },
    SP1: { rating: 'fully', reason: '', evidence: '', links: [] },
    SP2: { rating: 'not_at_all', reason: '', evidence: '', links: [] },
    EM1: { rating: 'partly', reason: '', evidence: '', links: [] },
    EM2: { rating: 'partly', reason: '', evidence: '', links: [] },
    EM3: { rating: 'fully', reason: '', evidence: '', links: [] },
    BU1: { rating: 'partly', reason: '', evidence: '', links: [] },
    BU2: { rating: 'not_applicable', reason: 'Regional procurement', evidence: '', links: [] },
    BU3: { rating: 'not_at_all', reason: '', evidence: '', links: [] },
  },
  trends: { mainstreaming: { status: 'emerging', example: 'Housing plan' } },
  targetGroups: ['third_country_nationals'],
};

beforeEach(() => {
  token = null;
});

/** For this test, the mock API's store without one seeded assessment (reset after each test). */
function useMockApiWithout(assessmentId: string) {
  const data = mockDatabase.store.data();
  mockDatabase.store.replaceData({
    ...data,
    assessments: data.assessments.filter((assessment) => assessment.id !== assessmentId),
  });
}

describe('session', () => {
  it('lists demo users without a session, and signs one in', async () => {
    const users = await api.listDemoUsers();
    expect(users.map((user) => user.role)).toEqual(
      expect.arrayContaining(['member', 'coordinator', 'viewer']),
    );
    expect(users.find((user) => user.id === 'lotte-ghent')?.cityName).toBe('Ghent');
    const session = await api.signIn('lotte-ghent');
    token = session.token;
    expect((await api.getSession()).user.name).toBe('Lotte Peeters');
  });

  it('reads as a visitor without a session, and answers 401 to a signed-out token', async () => {
    expect((await failure(api.getSession())).status).toBe(401);
    // Public reading: the sample set's 30 cities, without signing in.
    expect(await api.listCities()).toHaveLength(30);
    await signInAs('sam-viewer');
    await api.signOut();
    expect((await failure(api.listCities())).status).toBe(401);
  });

  it('answers 400 for a sign-in body without a user, and 404 for an unknown user', async () => {
    const invalid = await failure(api.signIn(''));
    expect(invalid.status).toBe(400);
    expect(invalid.fieldErrors.userId).toBeDefined();
    expect((await failure(api.signIn('nobody'))).status).toBe(404);
  });
});

describe('reference data', () => {
  beforeEach(async () => {
    await signInAs('sam-viewer');
  });

  it('lists and gets cities, rounds, commitments and key trends', async () => {
    const cities = await api.listCities();
    expect(cities.map((city) => city.name)).toEqual(
      expect.arrayContaining(['London', 'Ghent', 'Toronto', 'Zagreb']),
    );
    expect(await api.getCity('toronto')).toMatchObject({ countryCode: 'CA' });
    const rounds = await api.listRounds();
    expect(rounds.map((round) => round.year)).toEqual([2013, 2015, 2018, 2020, 2022, 2026]);
    expect(await api.getRound('2026')).toMatchObject({ status: 'open' });
    expect(await api.listCommitments()).toHaveLength(11);
    expect(await api.getCommitment('SP2')).toEqual({
      id: 'SP2',
      role: 'service_provider',
      position: 2,
    });
    expect(await api.listKeyTrends()).toHaveLength(8);
    expect(await api.getKeyTrend('mainstreaming')).toEqual({ id: 'mainstreaming', number: 2 });
    expect(await api.listTargetGroups()).toHaveLength(5);
  });

  it('counts where a round stands', async () => {
    const progress = await api.getRoundProgress('2026');
    if (!hasWorkInProgress(progress)) throw new Error('A signed-in reader gets every count');
    const { expectedCities, notStarted, draft, submitted, returned, approved } = progress;
    expect(notStarted + draft + submitted + returned + approved).toBe(expectedCities);
  });

  it('answers 404 for unknown ids', async () => {
    for (const request of [
      api.getCity('atlantis'),
      api.getRound('1999'),
      api.getRoundProgress('1999'),
      api.getCommitment('PM9'),
      api.getKeyTrend('unknown'),
      api.getAssessment('atlantis-2026'),
    ]) {
      const error = await failure(request);
      expect(error.status).toBe(404);
      expect(error.code).toBe('not_found');
    }
  });
});

describe('assessments: reading', () => {
  it('filters by round and city', async () => {
    await signInAs('claire-coordinator');
    const inRound = await api.listAssessments({ roundId: '2022' });
    expect(inRound.length).toBeGreaterThan(0);
    expect(inRound.every((assessment) => assessment.roundId === '2022')).toBe(true);
    const ghent = await api.listAssessments({ cityId: 'ghent' });
    expect(ghent.every((assessment) => assessment.cityId === 'ghent')).toBe(true);
    expect(ghent.length).toBeGreaterThanOrEqual(4);
  });

  it('shows a viewer only approved assessments, and refuses a draft with 403', async () => {
    await signInAs('sam-viewer');
    const visible = await api.listAssessments({ roundId: '2026' });
    expect(visible.every((assessment) => assessment.status === 'approved')).toBe(true);
    const error = await failure(api.getAssessment('ghent-2026'));
    expect(error.status).toBe(403);
  });

  it('lets a member read their own draft', async () => {
    await signInAs('lotte-ghent');
    expect(await api.getAssessment('ghent-2026')).toMatchObject({ status: 'draft' });
  });
});

describe('score rows', () => {
  it('lists the readable assessments of a round as ratings and trend statuses, without evidence', async () => {
    await signInAs('sam-viewer');
    const rows = await api.listScoreRows({ roundId: '2022' });
    const assessments = await api.listAssessments({ roundId: '2022' });
    expect(rows.map((row) => row.cityId).sort()).toEqual(
      assessments.map((assessment) => assessment.cityId).sort(),
    );
    const ghent = assessments.find((assessment) => assessment.cityId === 'ghent');
    const ghentRow = rows.find((row) => row.cityId === 'ghent');
    expect(ghentRow?.ratings.PM1).toEqual({
      rating: ghent?.ratings.PM1?.rating,
      reason: ghent?.ratings.PM1?.reason,
    });
    expect(JSON.stringify(rows)).not.toContain('evidence');
  });

  it('shows a viewer approved rows only, and answers 401 without a session', async () => {
    await signInAs('sam-viewer');
    const open = await api.listScoreRows({ roundId: '2026' });
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((row) => row.status === 'approved')).toBe(true);
    await api.signOut();
    expect((await failure(api.listScoreRows())).status).toBe(401);
  });
});

describe('aggregates', () => {
  it('asks for approved assessments unless told to include the others, which the server scopes', async () => {
    // The sample set's 2026 round: 12 approved of 24 started (mocks/seed).
    await signInAs('claire-coordinator');
    expect((await api.getRoundAggregate('2026')).assessmentCount).toBe(12);
    expect((await api.getRoundAggregate('2026', { includeUnapproved: true })).assessmentCount).toBe(
      24,
    );
    expect(await api.listCityScores('2026', { includeUnapproved: true })).toHaveLength(24);
    const rounds = await api.listRoundAggregates({ includeUnapproved: true });
    expect(rounds.at(-1)).toMatchObject({ roundId: '2026', assessmentCount: 24 });
    await signInAs('sam-viewer');
    expect(await api.listCityScores('2026', { includeUnapproved: true })).toHaveLength(12);
  });

  it('lists up to `limit` leaders per key trend, and refuses a malformed answer', async () => {
    await signInAs('sam-viewer');
    const trends = await api.listTrendLeaders('2022', { limit: 1 });
    expect(trends).toHaveLength(8);
    expect(trends.every((trend) => trend.leaders.length <= 1)).toBe(true);
    server.use(
      http.get('*/api/aggregates/rounds', () => HttpResponse.json([{ roundId: '2026' }]), {
        once: true,
      }),
    );
    expect((await failure(api.listRoundAggregates())).code).toBe('unexpected_response');
  });
});

describe('assessments: saving', () => {
  it('saves with the current version and returns the next version', async () => {
    await signInAs('lotte-ghent');
    const draft = await api.getAssessment('ghent-2026');
    const saved = await api.saveAssessment(draft.id, completeContent, draft.version);
    expect(saved.version).toBe(draft.version + 1);
    expect(saved.ratings.BU2?.reason).toBe('Regional procurement');
    expect(saved.updatedBy?.name).toBe('Lotte Peeters');
    expect(await api.getAssessment(draft.id)).toEqual(saved);
  });

  it('answers 409 with the current copy when the version is stale', async () => {
    await signInAs('lotte-ghent');
    const draft = await api.getAssessment('ghent-2026');
    const first = await api.saveAssessment(draft.id, completeContent, draft.version);
    const error = await failure(api.saveAssessment(draft.id, draft, draft.version));
    expect(error.status).toBe(409);
    expect(error.code).toBe('version_conflict');
    expect(error.current).toEqual(first);
  });

  it('answers 400 with per-field errors for an invalid body, and changes nothing', async () => {
    await signInAs('lotte-ghent');
    const draft = await api.getAssessment('ghent-2026');
    const invalid = {
      ...completeContent,
      ratings: {
        ...completeContent.ratings,
        PM1: { rating: 'fully' as const, reason: '', evidence: '', links: ['javascript:alert(1)'] },
        PM2: { rating: 'partly' as const, reason: '', evidence: 'x'.repeat(2001), links: [] },
      },
    };
    const error = await failure(api.saveAssessment(draft.id, invalid, draft.version));
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.fieldErrors).sort()).toEqual([
      'ratings.PM1.links.0',
      'ratings.PM2.evidence',
    ]);
    expect(await api.getAssessment(draft.id)).toEqual(draft);
  });

  it('keeps evidence without a rating in a draft, and refuses to submit it until rated', async () => {
    await signInAs('lotte-ghent');
    const draft = await api.getAssessment('ghent-2026');
    const unrated = {
      ...completeContent,
      ratings: {
        ...completeContent.ratings,
        PM2: { rating: null, reason: '', evidence: 'Plan being drafted', links: [] },
      },
    };
    const saved = await api.saveAssessment(draft.id, unrated, draft.version);
    expect(saved.ratings.PM2).toEqual({
      rating: null,
      reason: '',
      evidence: 'Plan being drafted',
      links: [],
    });
    const error = await failure(api.submitAssessment(saved.id, saved.version));
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.fieldErrors)).toEqual(['ratings.PM2.rating']);
    expect((await api.getAssessment(saved.id)).status).toBe('draft');
  });

  it("refuses a javascript: link with an error on that commitment's links", async () => {
    await signInAs('lotte-ghent');
    const draft = await api.getAssessment('ghent-2026');
    const withScript = {
      ...completeContent,
      ratings: {
        ...completeContent.ratings,
        SP1: {
          rating: 'fully' as const,
          reason: '',
          evidence: '',
          links: ['https://example.org/ok', 'javascript:alert(1)'],
        },
      },
    };
    const error = await failure(api.saveAssessment(draft.id, withScript, draft.version));
    expect(error.status).toBe(400);
    const keys = Object.keys(error.fieldErrors);
    expect(keys).toHaveLength(1);
    expect(keys[0]?.startsWith('ratings.SP1.links')).toBe(true);
    expect(keys.map(fieldKeyOfErrorPath)).toEqual(['ratings.SP1.links']);
  });

  it('answers 428 when the version the change is based on is missing', async () => {
    await signInAs('lotte-ghent');
    // The data source always sends If-Match, so speak HTTP directly here.
    const response = await fetch('http://localhost/api/assessments/ghent-2026', {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token ?? ''}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(completeContent),
    });
    expect(response.status).toBe(428);
  });

  it('answers 403 when a member edits another city, or a coordinator edits at all', async () => {
    await signInAs('lotte-ghent');
    const helsinki = await failure(api.saveAssessment('helsinki-2026', completeContent, 1));
    expect(helsinki.status).toBe(403);
    await signInAs('claire-coordinator');
    const coordinator = await failure(api.saveAssessment('ghent-2026', completeContent, 2));
    expect(coordinator.status).toBe(403);
  });
});

describe('assessments: workflow', () => {
  it('submits a complete draft; the coordinator returns it with a comment, then approves it', async () => {
    await signInAs('lotte-ghent');
    const draft = await api.getAssessment('ghent-2026');
    const saved = await api.saveAssessment(draft.id, completeContent, draft.version);
    const submitted = await api.submitAssessment(saved.id, saved.version);
    expect(submitted).toMatchObject({
      status: 'submitted',
      submittedBy: { name: 'Lotte Peeters' },
    });
    const blocked = await failure(api.saveAssessment(saved.id, completeContent, submitted.version));
    expect(blocked.code).toBe('status_conflict');

    await signInAs('claire-coordinator');
    const noComment = await failure(api.returnAssessment(saved.id, '   ', submitted.version));
    expect(noComment.status).toBe(400);
    expect(noComment.fieldErrors.comment).toBeDefined();
    const returned = await api.returnAssessment(saved.id, 'Add links for EM1', submitted.version);
    expect(returned).toMatchObject({ status: 'returned', reviewComment: 'Add links for EM1' });

    await signInAs('lotte-ghent');
    const resubmitted = await api.submitAssessment(saved.id, returned.version);
    await signInAs('claire-coordinator');
    const approved = await api.approveAssessment(saved.id, resubmitted.version);
    expect(approved).toMatchObject({ status: 'approved', reviewComment: null });
  });

  it('refuses to submit an incomplete draft, naming each missing answer', async () => {
    await signInAs('lotte-ghent');
    const draft = await api.getAssessment('ghent-2026');
    const error = await failure(api.submitAssessment(draft.id, draft.version));
    expect(error.status).toBe(400);
    expect(Object.keys(error.fieldErrors)).toContain('ratings.BU3.rating');
  });

  it('answers 403 when a member reviews, and 409 for a stale version on a transition', async () => {
    await signInAs('jordi-barcelona');
    const submitted = await api.getAssessment('barcelona-2026');
    expect((await failure(api.approveAssessment(submitted.id, submitted.version))).status).toBe(
      403,
    );
    await signInAs('claire-coordinator');
    const stale = await failure(api.approveAssessment(submitted.id, submitted.version - 1));
    expect(stale.status).toBe(409);
    expect(stale.current?.status).toBe('submitted');
  });

  it('creates an assessment for a city that has none, empty or from the previous round', async () => {
    await signInAs('kasia-warsaw');
    const created = await api.createAssessment({ cityId: 'warsaw', roundId: '2026' });
    expect(created).toMatchObject({ status: 'draft', version: 1, ratings: {} });
    const again = await failure(api.createAssessment({ cityId: 'warsaw', roundId: '2026' }));
    expect(again.status).toBe(409);
    expect(again.code).toBe('already_exists');
    const elsewhere = await failure(api.createAssessment({ cityId: 'oslo', roundId: '2026' }));
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.code).toBe('forbidden');
  });

  it("answers 201 with a copy of the previous round's content when asked to prefill", async () => {
    useMockApiWithout('ghent-2026');
    await signInAs('lotte-ghent');
    const previous = await api.getAssessment('ghent-2022');
    // The data source does not expose statuses, so speak HTTP directly to see the 201.
    const response = await fetch('http://localhost/api/assessments', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token ?? ''}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ cityId: 'ghent', roundId: '2026', prefill: 'previous' }),
    });
    expect(response.status).toBe(201);
    const created = assessmentSchema.parse(await response.json());
    expect(created).toMatchObject({ id: 'ghent-2026', status: 'draft', version: 1 });
    expect(Object.keys(previous.ratings)).toHaveLength(11);
    expect(contentOf(created)).toEqual(contentOf(previous));

    const [entry, ...older] = await api.getAssessmentHistory(created.id);
    expect(older).toEqual([]);
    expect(entry).toMatchObject({ version: 1, action: 'created', actor: { id: 'lotte-ghent' } });
    expect(entry?.changes).toContainEqual({
      field: 'ratings.PM1.rating',
      before: null,
      after: previous.ratings.PM1?.rating,
    });
  });
});

describe('assessments: history', () => {
  it('records a save with the changed field, its values before and after, and the actor', async () => {
    await signInAs('lotte-ghent');
    const draft = await api.getAssessment('ghent-2026');
    const pm1 = draft.ratings.PM1;
    if (!pm1) throw new Error('The seeded Ghent draft should answer PM1');
    const content = {
      ...contentOf(draft),
      ratings: { ...draft.ratings, PM1: { ...pm1, evidence: 'Strategy adopted in 2026' } },
    };
    const saved = await api.saveAssessment(draft.id, content, draft.version);
    const history = await api.getAssessmentHistory(draft.id);
    expect(history).toEqual([
      {
        version: saved.version,
        action: 'saved',
        at: saved.updatedAt,
        actor: { id: 'lotte-ghent', name: 'Lotte Peeters' },
        changes: [
          {
            field: 'ratings.PM1.evidence',
            before: pm1.evidence,
            after: 'Strategy adopted in 2026',
          },
        ],
        comment: null,
      },
    ]);
  });

  it('lists every change newest first, with the comment of a return', async () => {
    await signInAs('lotte-ghent');
    const draft = await api.getAssessment('ghent-2026');
    const saved = await api.saveAssessment(draft.id, completeContent, draft.version);
    const unchanged = await api.saveAssessment(draft.id, completeContent, saved.version);
    const submitted = await api.submitAssessment(draft.id, unchanged.version);
    await signInAs('claire-coordinator');
    const returned = await api.returnAssessment(draft.id, 'Add links for EM1', submitted.version);
    await signInAs('lotte-ghent');
    const resubmitted = await api.submitAssessment(draft.id, returned.version);
    await signInAs('claire-coordinator');
    const approved = await api.approveAssessment(draft.id, resubmitted.version);

    const history = await api.getAssessmentHistory(draft.id);
    expect(history.map(({ version, action }) => [version, action])).toEqual([
      [approved.version, 'approved'],
      [resubmitted.version, 'submitted'],
      [returned.version, 'returned'],
      [submitted.version, 'submitted'],
      [unchanged.version, 'saved'],
      [saved.version, 'saved'],
    ]);
    expect(history.map((entry) => entry.actor.id)).toEqual([
      'claire-coordinator',
      'lotte-ghent',
      'claire-coordinator',
      'lotte-ghent',
      'lotte-ghent',
      'lotte-ghent',
    ]);
    expect(history.map((entry) => entry.comment)).toEqual([
      null,
      null,
      'Add links for EM1',
      null,
      null,
      null,
    ]);
    // A save that changes nothing is still a version, recorded without changes.
    expect(history[4]?.changes).toEqual([]);
    expect(history[5]?.changes.length).toBeGreaterThan(0);
  });

  it('answers 401 without a session, 403 for an assessment the user may not read, 404 for an unknown one', async () => {
    expect((await failure(api.getAssessmentHistory('ghent-2026'))).status).toBe(401);
    await signInAs('lotte-ghent');
    const forbidden = await failure(api.getAssessmentHistory('barcelona-2026'));
    expect(forbidden.status).toBe(403);
    expect(forbidden.code).toBe('forbidden');
    const unknown = await failure(api.getAssessmentHistory('atlantis-2026'));
    expect(unknown.status).toBe(404);
    expect(unknown.code).toBe('not_found');
  });

  it("shows an approved assessment's history to every signed-in user; seeded ones start empty", async () => {
    await signInAs('sam-viewer');
    expect(await api.getAssessmentHistory('barcelona-2022')).toEqual([]);
  });
});

describe('transport failures', () => {
  it('turns a network failure into a network_error', async () => {
    await signInAs('sam-viewer');
    server.use(http.get('*/api/cities', () => HttpResponse.error(), { once: true }));
    const error = await failure(api.listCities());
    expect(error.code).toBe('network_error');
  });

  it('refuses a response that does not match the schema', async () => {
    await signInAs('sam-viewer');
    server.use(http.get('*/api/cities', () => HttpResponse.json([{ id: 1 }]), { once: true }));
    expect((await failure(api.listCities())).code).toBe('unexpected_response');
  });
});

describe('time limits', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A data source that gives up after `timeoutMs`, or after its default limit. */
  const impatient = (timeoutMs?: number) =>
    createHttpDataSource({
      baseUrl: 'http://localhost/api',
      getToken: () => token,
      timeoutMs: timeoutMs ?? TEST_REQUEST_TIMEOUT_MS,
    });

  /** How `promise` has settled so far: 'pending', 'resolved', or its error's code. */
  function outcomeOf(promise: Promise<unknown>) {
    let outcome = 'pending';
    promise.then(
      () => {
        outcome = 'resolved';
      },
      (error: unknown) => {
        outcome = error instanceof ApiError ? error.code : String(error);
      },
    );
    return () => outcome;
  }

  it('waits 15 s for an answer by default, then gives up with a timeout error', async () => {
    await signInAs('sam-viewer');
    server.use(http.get('*/api/cities', noAnswer));
    vi.useFakeTimers();
    const outcome = outcomeOf(impatient().listCities());
    await vi.advanceTimersByTimeAsync(14_999);
    expect(outcome()).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome()).toBe('timeout');
  });

  it('gives up on a save that gets no answer in time, and the save is not applied', async () => {
    server.use(http.put('*/api/assessments/:id', noAnswer));
    await signInAs('lotte-ghent');
    const draft = await api.getAssessment('ghent-2026');
    const error = await failure(impatient(50).saveAssessment(draft.id, draft, draft.version));
    expect(error.status).toBe(0);
    expect(error.code).toBe('timeout');
    expect((await api.getAssessment(draft.id)).version).toBe(draft.version);
  });

  it('gives up on an answer whose body stalls after the headers, with a timeout error', async () => {
    server.use(http.put('*/api/assessments/:id', () => stalledAnswer()));
    await signInAs('lotte-ghent');
    const draft = await api.getAssessment('ghent-2026');
    const error = await failure(impatient(50).saveAssessment(draft.id, draft, draft.version));
    expect(error.status).toBe(0);
    expect(error.code).toBe('timeout');
  });

  it('calls an error whose body stalls a timeout too: without its body it cannot be acted on', async () => {
    // A 409 that never says which conflict, nor carries the current copy: autosave retries a
    // timeout, where it would stop at an unexplained refusal.
    server.use(http.put('*/api/assessments/:id', () => stalledAnswer(409)));
    await signInAs('lotte-ghent');
    const draft = await api.getAssessment('ghent-2026');
    const error = await failure(impatient(50).saveAssessment(draft.id, draft, draft.version));
    expect(error.status).toBe(0);
    expect(error.code).toBe('timeout');
  });

  it('waits for sign-out 3 s at most, and never longer than for other requests', async () => {
    server.use(http.delete('*/api/session', noAnswer));
    vi.useFakeTimers();
    const patient = outcomeOf(impatient().signOut());
    const hurried = outcomeOf(impatient(1_000).signOut());
    await vi.advanceTimersByTimeAsync(1_000);
    expect([patient(), hurried()]).toEqual(['pending', 'timeout']);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(patient()).toBe('timeout');
  });
});
