/**
 * The API contract (docs/api.md) as one suite of requests and expected answers, run against
 * every store: the mock through MSW over the memory store, and the Node server over PostgreSQL
 * (embedded, and real when DATABASE_URL is set). Expected numbers are counted by hand from
 * the sample data set (mocks/seed), not computed by the code under test.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commitmentIds, keyTrendIds } from '../../src/domain/charter';
import { completeContent } from '../utils/assessment-fixture';
import { describeUsersContract } from './users-contract';
import { describeBackupContract } from './backup-contract';
import {
  contractClient,
  errorCode,
  fieldErrorKeys,
  type Answer,
  type ContractTarget,
} from './contract-client';
import { describeAdministrationContract } from './administration-contract';
import { describeImportContract } from './import-contract';

/** The sample set's 2026 round: 30 expected cities, 24 of them started (mocks/seed). */
const ROUND_2026 = {
  roundId: '2026',
  expectedCities: 30,
  notStarted: 6,
  draft: 5,
  submitted: 6,
  returned: 1,
  approved: 12,
};
/** The sample set's rounds, oldest first. */
const SAMPLE_ROUNDS = ['2013', '2015', '2018', '2020', '2022', '2026'];
/** Lotte's draft at version 2; Barcelona's submission at version 3; Athens approved. */
const GHENT = 'ghent-2026';
const BARCELONA = 'barcelona-2026';
const ATHENS = 'athens-2026';

const roles = {
  coordinator: 'claire-coordinator',
  ghentMember: 'lotte-ghent',
  warsawMember: 'kasia-warsaw',
  viewer: 'sam-viewer',
} as const;
type Role = keyof typeof roles;

interface Assessment {
  id: string;
  version: number;
  status: string;
  ratings: Record<
    string,
    { rating: string | null; reason: string; evidence: string; links: string[] }
  >;
  trends: Record<string, unknown>;
  targetGroups: string[];
  reviewComment: string | null;
}

function contentOf(assessment: Assessment) {
  return {
    ratings: assessment.ratings,
    trends: assessment.trends,
    targetGroups: assessment.targetGroups,
  };
}

/**
 * Every read of the contract (docs/api.md) on seeded ids, but the session's and the demo's:
 * each is checked for every role, for visitors and with public reading off.
 * tests/contract/route-coverage.test.ts fails when the API gains a GET route not listed here.
 */
export const contractReads = [
  '/cities',
  '/cities/ghent',
  '/rounds',
  '/rounds/2026',
  '/rounds/2026/progress',
  '/commitments',
  '/commitments/PM1',
  '/key-trends',
  '/key-trends/mainstreaming',
  '/target-groups',
  '/assessments',
  '/scores',
  `/assessments/${ATHENS}`,
  `/assessments/${ATHENS}/history`,
  '/aggregates/rounds',
  '/aggregates/rounds/2026',
  '/aggregates/rounds/2026/cities',
  '/aggregates/rounds/2026/trend-leaders',
];

export function describeApiContract(name: string, start: () => Promise<ContractTarget>) {
  describe(`the API contract, ${name}`, () => {
    let target: ContractTarget;
    let api: ReturnType<typeof contractClient>;
    const tokens = {} as Record<Role, string>;

    beforeAll(async () => {
      target = await start();
      api = contractClient(target);
    });
    afterAll(async () => {
      await target.close();
    });
    beforeEach(async () => {
      await target.reset();
      for (const role of Object.keys(roles) as Role[]) tokens[role] = await api.signIn(roles[role]);
    });

    async function assessment(id: string): Promise<Assessment> {
      const answer = await api.call('GET', `/assessments/${id}`, { token: tokens.coordinator });
      expect(answer.status).toBe(200);
      return answer.body as Assessment;
    }
    async function historyLength(id: string): Promise<number> {
      const answer = await api.call('GET', `/assessments/${id}/history`, {
        token: tokens.coordinator,
      });
      return (answer.body as unknown[]).length;
    }
    function expectError(answer: Answer, status: number, code: string) {
      expect({ status: answer.status, code: errorCode(answer) }).toEqual({ status, code });
    }

    describeUsersContract(() => target);
    describeAdministrationContract(() => target);

    describe('sessions', () => {
      it('signs a demo user in, answers who it is, and ends the session', async () => {
        const users = await api.call('GET', '/session/demo-users');
        expect(users.status).toBe(200);
        expect(users.body).toEqual(
          expect.arrayContaining([
            {
              id: 'lotte-ghent',
              name: 'Lotte Peeters',
              role: 'member',
              cityId: 'ghent',
              cityName: 'Ghent',
              cityNames: { nl: 'Gent', fr: 'Gand', de: 'Gent' },
            },
            {
              id: 'sam-viewer',
              name: 'Sam Taylor',
              role: 'viewer',
              cityId: null,
              cityName: null,
              cityNames: null,
            },
          ]),
        );
        const signIn = await api.call('POST', '/session', { json: { userId: 'lotte-ghent' } });
        expect(signIn.status).toBe(201);
        const { token } = signIn.body as { token: string };
        expect(await api.call('GET', '/session', { token })).toMatchObject({
          status: 200,
          body: { token, user: { id: 'lotte-ghent', role: 'member', cityId: 'ghent' } },
        });
        expect((await api.call('DELETE', '/session', { token })).status).toBe(204);
        expectError(await api.call('GET', '/session', { token }), 401, 'unauthenticated');
      });

      it('refuses a missing, unknown or malformed sign-in', async () => {
        expectError(await api.call('POST', '/session', { json: {} }), 400, 'validation_failed');
        expectError(
          await api.call('POST', '/session', { json: { userId: 'nobody' } }),
          404,
          'not_found',
        );
        const extra = await api.call('POST', '/session', {
          json: { userId: 'lotte-ghent', role: 'coordinator' },
        });
        expectError(extra, 400, 'validation_failed');
        expect(fieldErrorKeys(extra)).toEqual(['role']);
        expectError(
          await api.call('POST', '/session', { raw: '{"userId":' }),
          400,
          'validation_failed',
        );
        expectError(await api.call('GET', '/session'), 401, 'unauthenticated');
        expectError(
          await api.call('GET', '/session', { token: 'made-up' }),
          401,
          'unauthenticated',
        );
      });
    });

    describe('reference data', () => {
      it('answers every signed-in role, and with public reading off 401 without a session', async () => {
        const privateApi = contractClient({ ...target, baseUrl: target.privateBaseUrl });
        for (const path of contractReads) {
          expectError(await privateApi.call('GET', path), 401, 'unauthenticated');
          expect({
            path,
            status: (await privateApi.call('GET', path, { token: tokens.viewer })).status,
          }).toEqual({ path, status: 200 });
          for (const role of Object.keys(roles) as Role[]) {
            expect({
              path,
              role,
              status: (await api.call('GET', path, { token: tokens[role] })).status,
            }).toEqual({
              path,
              role,
              status: 200,
            });
          }
        }
      });

      it('answers 404 for unknown ids and endpoints, in the error body', async () => {
        for (const path of [
          '/cities/nowhere',
          '/rounds/1999',
          '/rounds/1999/progress',
          '/commitments/XX9',
          '/key-trends/nothing',
          '/assessments/nowhere-2026',
          '/assessments/nowhere-2026/history',
          '/aggregates/rounds/1999',
          '/aggregates/rounds/1999/cities',
          '/aggregates/rounds/1999/trend-leaders',
          '/no-such-endpoint',
        ]) {
          expectError(await api.call('GET', path, { token: tokens.viewer }), 404, 'not_found');
        }
      });

      it('lists cities as added and rounds oldest first, and counts the open round by hand', async () => {
        const cities = (await api.call('GET', '/cities', { token: tokens.viewer })).body as {
          id: string;
        }[];
        expect(cities).toHaveLength(30);
        const rounds = (await api.call('GET', '/rounds', { token: tokens.viewer })).body as {
          id: string;
        }[];
        expect(rounds.map((round) => round.id)).toEqual(SAMPLE_ROUNDS);
        expect(
          (await api.call('GET', '/rounds/2026/progress', { token: tokens.viewer })).body,
        ).toEqual(ROUND_2026);
        expect(
          (await api.call('GET', '/cities/ghent', { token: tokens.viewer })).body,
        ).toMatchObject({
          id: 'ghent',
          name: 'Ghent',
          countryCode: 'BE',
        });
      });

      it('names each city in other languages and says which are its own', async () => {
        expect(
          (await api.call('GET', '/cities/warsaw', { token: tokens.viewer })).body,
        ).toStrictEqual({
          id: 'warsaw',
          name: 'Warsaw',
          names: { pl: 'Warszawa', fr: 'Varsovie', de: 'Warschau' },
          localLanguages: ['pl'],
          countryCode: 'PL',
          signed: { earliestYear: 2022, latestYear: 2022 },
          coordinates: { lat: 52.23, lon: 21.012 },
          sourceNote: '',
          archived: false,
        });
        const cities = (await api.call('GET', '/cities')).body as {
          id: string;
          names: Record<string, string>;
          localLanguages: string[];
        }[];
        const byId = new Map(cities.map((city) => [city.id, city]));
        expect(byId.get('munich')).toMatchObject({ names: { de: 'München' } });
        expect(byId.get('copenhagen')?.names.da).toBe('København');
        expect(byId.get('brussels')?.localLanguages).toEqual(['fr', 'nl']);
        expect(byId.get('toronto')).toMatchObject({ names: {}, localLanguages: ['en'] });
      });
    });

    describe('public reading (a visitor, no session)', () => {
      interface Served {
        status: string;
        reviewComment: string | null;
        updatedBy: unknown;
        submittedBy: unknown;
      }
      const asVisitor = async <Body>(path: string) => {
        const answer = await api.call('GET', path);
        expect({ path, status: answer.status }).toEqual({ path, status: 200 });
        return answer.body as Body;
      };

      it('serves every published read, and the history of none', async () => {
        for (const path of contractReads.filter((path) => !path.endsWith('/history'))) {
          await asVisitor(path);
        }
        expectError(
          await api.call('GET', `/assessments/${ATHENS}/history`),
          401,
          'unauthenticated',
        );
        // Work in progress: a draft and a submission are not served, and answered as an unknown
        // id is (Warsaw has not started 2026), so their existence is not told either.
        for (const id of [GHENT, BARCELONA, 'warsaw-2026', 'atlantis-2026']) {
          for (const path of [`/assessments/${id}`, `/assessments/${id}/history`]) {
            expectError(await api.call('GET', path), 401, 'unauthenticated');
          }
        }
        // Answers differ by who asks: no shared cache may hand a reader's answer to a visitor.
        for (const answer of [
          await api.call('GET', '/cities'),
          await api.call('GET', '/assessments', { token: tokens.coordinator }),
          await api.call('GET', `/assessments/${GHENT}`),
        ]) {
          expect(answer.headers.get('Vary')).toMatch(/\bAuthorization\b/);
        }
        // A token that is not (or no longer) valid is told so, not served as a visitor.
        expectError(
          await api.call('GET', '/assessments', { token: 'expired-token' }),
          401,
          'unauthenticated',
        );
      });

      it('serves approved assessments only, without who edited them or the review', async () => {
        const all = await asVisitor<Served[]>('/assessments');
        // The sample set: every round's approved assessments; 2026 has 12 (ROUND_2026).
        expect(all.length).toBeGreaterThan(ROUND_2026.approved);
        expect(new Set(all.map(({ status }) => status))).toEqual(new Set(['approved']));
        expect(await asVisitor<Served[]>('/assessments?roundId=2026')).toHaveLength(
          ROUND_2026.approved,
        );
        for (const served of [...all, await asVisitor<Served>(`/assessments/${ATHENS}`)]) {
          expect({
            reviewComment: served.reviewComment,
            updatedBy: served.updatedBy,
            submittedBy: served.submittedBy,
          }).toEqual({ reviewComment: null, updatedBy: null, submittedBy: null });
        }
        for (const status of ['draft', 'submitted', 'returned']) {
          expect(await asVisitor(`/assessments?status=${status}`)).toEqual([]);
          expect(await asVisitor(`/scores?status=${status}`)).toEqual([]);
        }
        const rows = await asVisitor<{ status: string }[]>('/scores?roundId=2026');
        expect(rows).toHaveLength(ROUND_2026.approved);
        expect(new Set(rows.map(({ status }) => status))).toEqual(new Set(['approved']));
        // Ghent's member reads Ghent's 2026 draft; a visitor does not.
        expect(await asVisitor('/scores?cityId=ghent&roundId=2026')).toEqual([]);
      });

      it('counts only published work, even when asked to include the rest', async () => {
        expect(await asVisitor('/rounds/2026/progress')).toEqual({
          roundId: '2026',
          expectedCities: ROUND_2026.expectedCities,
          approved: ROUND_2026.approved,
        });
        const aggregate = await asVisitor<{ assessmentCount: number }>(
          '/aggregates/rounds/2026?include=unapproved',
        );
        expect(aggregate.assessmentCount).toBe(ROUND_2026.approved);
        expect(
          await asVisitor<unknown[]>('/aggregates/rounds/2026/cities?include=unapproved'),
        ).toHaveLength(ROUND_2026.approved);
        for (const path of ['/aggregates/rounds', '/aggregates/rounds/2026/trend-leaders']) {
          expect(await asVisitor(`${path}?include=unapproved`)).toEqual(await asVisitor(path));
          expect(await asVisitor(path)).toEqual(
            (await api.call('GET', path, { token: tokens.viewer })).body,
          );
        }
      });

      it('sees an assessment once it is approved, and changes nothing', async () => {
        const current = await assessment(BARCELONA);
        expectError(
          await api.call('POST', `/assessments/${BARCELONA}/approve`, {
            ifMatch: `"${String(current.version)}"`,
          }),
          401,
          'unauthenticated',
        );
        expectError(await api.call('GET', `/assessments/${BARCELONA}`), 401, 'unauthenticated');
        const approved = await api.call('POST', `/assessments/${BARCELONA}/approve`, {
          token: tokens.coordinator,
          ifMatch: `"${String(current.version)}"`,
        });
        expect(approved.status).toBe(200);
        const served = await asVisitor<Served>(`/assessments/${BARCELONA}`);
        expect({ status: served.status, updatedBy: served.updatedBy }).toEqual({
          status: 'approved',
          updatedBy: null,
        });
        expect(await asVisitor<unknown[]>('/scores?roundId=2026')).toHaveLength(
          ROUND_2026.approved + 1,
        );
      });
    });

    describe('who reads what', () => {
      it('shows approved assessments to everyone, drafts to their city and coordinators', async () => {
        const expected: Record<Role, Record<string, number>> = {
          coordinator: { [GHENT]: 200, [BARCELONA]: 200, [ATHENS]: 200 },
          ghentMember: { [GHENT]: 200, [BARCELONA]: 403, [ATHENS]: 200 },
          warsawMember: { [GHENT]: 403, [BARCELONA]: 403, [ATHENS]: 200 },
          viewer: { [GHENT]: 403, [BARCELONA]: 403, [ATHENS]: 200 },
        };
        for (const role of Object.keys(roles) as Role[]) {
          for (const [id, status] of Object.entries(expected[role])) {
            for (const path of [`/assessments/${id}`, `/assessments/${id}/history`]) {
              const answer = await api.call('GET', path, { token: tokens[role] });
              expect({ role, path, status: answer.status }).toEqual({ role, path, status });
            }
          }
        }
      });

      it('filters lists and score rows by round, city and status, within what the user may read', async () => {
        const count = async (role: Role, path: string) =>
          ((await api.call('GET', path, { token: tokens[role] })).body as unknown[]).length;
        expect(await count('coordinator', '/assessments?roundId=2026')).toBe(24);
        expect(await count('viewer', '/assessments?roundId=2026')).toBe(ROUND_2026.approved);
        expect(await count('ghentMember', '/assessments?roundId=2026')).toBe(
          ROUND_2026.approved + 1,
        );
        expect(await count('coordinator', '/scores?roundId=2026&status=submitted')).toBe(
          ROUND_2026.submitted,
        );
        expect(await count('viewer', '/scores?cityId=ghent')).toBe(5);
        expect(await count('ghentMember', '/scores?cityId=ghent')).toBe(6);
        expect(
          await count('coordinator', '/assessments?roundId=2026&cityId=ghent&status=draft'),
        ).toBe(1);

        const rows = (
          await api.call('GET', '/scores?cityId=ghent&roundId=2022', { token: tokens.viewer })
        ).body as Record<string, unknown>[];
        expect(rows).toHaveLength(1);
        expect(Object.keys(rows[0] ?? {}).sort()).toEqual([
          'cityId',
          'ratings',
          'roundId',
          'status',
          'trends',
        ]);
        const ghent2022 = (
          await api.call('GET', '/assessments/ghent-2022', { token: tokens.viewer })
        ).body as Assessment;
        const firstRating = Object.entries(ghent2022.ratings)[0];
        expect(rows[0]?.ratings).toMatchObject({
          [firstRating?.[0] ?? '']: {
            rating: firstRating?.[1].rating,
            reason: firstRating?.[1].reason,
          },
        });

        const badStatus = await api.call('GET', '/assessments?status=lost', {
          token: tokens.viewer,
        });
        expectError(badStatus, 400, 'validation_failed');
        expect(fieldErrorKeys(badStatus)).toEqual(['status']);
      });
    });

    describe('aggregates', () => {
      interface RoundAggregate {
        roundId: string;
        assessmentCount: number;
        average: { cityCount: number };
      }
      interface TrendLeaders {
        trendId: string;
        cityCount: number;
        leaders: {
          cityId: string;
          cityName: string;
          cityNames: Record<string, string>;
          overall: number | null;
        }[];
      }
      const get = async <Body>(role: Role, path: string) => {
        const answer = await api.call('GET', path, { token: tokens[role] });
        expect({ path, status: answer.status }).toEqual({ path, status: 200 });
        return answer.body as Body;
      };
      const count = async (role: Role, path: string) =>
        (await get<RoundAggregate>(role, path)).assessmentCount;
      const cityIds = async (role: Role, path: string) =>
        (await get<{ cityId: string }[]>(role, path)).map(({ cityId }) => cityId);

      it('count approved assessments for everyone, and the others only where the reader may read them', async () => {
        // 2026: 12 approved of 24 started; Ghent's member also reads Ghent's draft; Warsaw
        // has not started; a viewer reads approved ones only.
        const included: Record<Role, number> = {
          coordinator: 24,
          ghentMember: ROUND_2026.approved + 1,
          warsawMember: ROUND_2026.approved,
          viewer: ROUND_2026.approved,
        };
        for (const role of Object.keys(roles) as Role[]) {
          expect({ role, count: await count(role, '/aggregates/rounds/2026') }).toEqual({
            role,
            count: ROUND_2026.approved,
          });
          expect({
            role,
            count: await count(role, '/aggregates/rounds/2026?include=unapproved'),
          }).toEqual({ role, count: included[role] });
          const cities = await cityIds(role, '/aggregates/rounds/2026/cities?include=unapproved');
          expect({ role, cities: cities.length, ghent: cities.includes('ghent') }).toEqual({
            role,
            cities: included[role],
            ghent: role === 'coordinator' || role === 'ghentMember',
          });
        }
        // A viewer's `include=unapproved` answers exactly what it answers without it.
        for (const path of ['/aggregates/rounds', '/aggregates/rounds/2026/trend-leaders']) {
          expect(await get('viewer', `${path}?include=unapproved`)).toEqual(
            await get('viewer', path),
          );
        }
      });

      it('answer each round oldest first, as each round’s own aggregate, counted as the score rows are', async () => {
        const rounds = await get<RoundAggregate[]>('viewer', '/aggregates/rounds');
        // Every round of the sample set has approved assessments.
        expect(rounds.map(({ roundId }) => roundId)).toEqual(SAMPLE_ROUNDS);
        for (const aggregate of rounds) {
          expect(await get('viewer', `/aggregates/rounds/${aggregate.roundId}`)).toEqual(aggregate);
          const approvedRows = await get<unknown[]>(
            'viewer',
            `/scores?roundId=${aggregate.roundId}&status=approved`,
          );
          expect(aggregate.assessmentCount).toBe(approvedRows.length);
          expect(aggregate.average.cityCount).toBeLessThanOrEqual(aggregate.assessmentCount);
          expect(
            await cityIds('viewer', `/aggregates/rounds/${aggregate.roundId}/cities`),
          ).toHaveLength(approvedRows.length);
        }
        const [first] = rounds;
        expect(Object.keys(first ?? {}).sort()).toEqual([
          'assessmentCount',
          'average',
          'commitmentAverages',
          'roundId',
          'trendAdoption',
        ]);
      });

      it('follow an approval at once', async () => {
        expect(await cityIds('viewer', '/aggregates/rounds/2026/cities')).not.toContain(
          'barcelona',
        );
        const approved = await api.call('POST', `/assessments/${BARCELONA}/approve`, {
          token: tokens.coordinator,
        });
        expect(approved.status).toBe(200);
        expect(await count('viewer', '/aggregates/rounds/2026')).toBe(ROUND_2026.approved + 1);
        expect(await cityIds('viewer', '/aggregates/rounds/2026/cities')).toContain('barcelona');
      });

      it('name up to `limit` leaders of each key trend, counting them all', async () => {
        const trends = await get<TrendLeaders[]>(
          'viewer',
          '/aggregates/rounds/2022/trend-leaders?limit=2',
        );
        expect(trends.map(({ trendId }) => trendId)).toEqual(keyTrendIds);
        for (const trend of trends) {
          expect(trend.leaders.length).toBe(Math.min(2, trend.cityCount));
        }
        const [top] = trends.filter(({ cityCount }) => cityCount > 0);
        const leader = top?.leaders[0];
        expect(leader).toBeDefined();
        const city = await get<{ name: string; names: Record<string, string> }>(
          'viewer',
          `/cities/${leader?.cityId ?? ''}`,
        );
        expect(leader?.cityName).toBe(city.name);
        expect(leader?.cityNames).toStrictEqual(city.names);
        const byDefault = await get<TrendLeaders[]>(
          'viewer',
          '/aggregates/rounds/2022/trend-leaders',
        );
        for (const trend of byDefault) {
          expect(trend.leaders.length).toBe(Math.min(5, trend.cityCount));
        }
      });

      it('refuses an unknown `include` and a `limit` out of range', async () => {
        for (const path of [
          '/aggregates/rounds?include=all',
          '/aggregates/rounds/2026?include=approved',
          '/aggregates/rounds/2026/cities?include=',
          '/aggregates/rounds/2026/trend-leaders?include=drafts',
        ]) {
          const answer = await api.call('GET', path, { token: tokens.coordinator });
          expectError(answer, 400, 'validation_failed');
          expect({ path, fields: fieldErrorKeys(answer) }).toEqual({ path, fields: ['include'] });
        }
        for (const limit of ['0', '101', '2.5', 'ten', '']) {
          const answer = await api.call(
            'GET',
            `/aggregates/rounds/2026/trend-leaders?limit=${limit}`,
            { token: tokens.coordinator },
          );
          expectError(answer, 400, 'validation_failed');
          expect({ limit, fields: fieldErrorKeys(answer) }).toEqual({ limit, fields: ['limit'] });
        }
      });
    });

    describe('changes and their permissions', () => {
      it('lets only the city’s member save and submit, and only a coordinator return or approve', async () => {
        const ghent = await assessment(GHENT);
        const save = (role: Role) =>
          api.call('PUT', `/assessments/${GHENT}`, {
            token: tokens[role],
            ifMatch: `"${String(ghent.version)}"`,
            json: contentOf(ghent),
          });
        for (const role of ['coordinator', 'warsawMember'] as const) {
          expectError(await save(role), 403, 'forbidden');
        }
        expectError(await save('viewer'), 403, 'forbidden');
        const saved = await save('ghentMember');
        expect(saved.status).toBe(200);
        expect(saved.headers.get('ETag')).toBe(`"${String(ghent.version + 1)}"`);
        // Kept strong through any compressing server or proxy, for If-Match to send back.
        expect(saved.headers.get('Cache-Control')).toBe('no-transform');

        for (const role of ['ghentMember', 'warsawMember', 'viewer'] as const) {
          for (const action of ['approve', 'return']) {
            const answer = await api.call('POST', `/assessments/${BARCELONA}/${action}`, {
              token: tokens[role],
              json: action === 'return' ? { comment: 'Please add evidence' } : undefined,
            });
            expect({ role, action, status: answer.status }).toEqual({
              role,
              action,
              status: 403,
            });
          }
        }
        expectError(
          await api.call('POST', `/assessments/${BARCELONA}/submit`, { token: tokens.coordinator }),
          403,
          'forbidden',
        );
        expect((await assessment(BARCELONA)).status).toBe('submitted');
      });

      it('creates a draft only for the member’s own city in an open round, once', async () => {
        const start = (role: Role, body: unknown) =>
          api.call('POST', '/assessments', { token: tokens[role], json: body });
        expectError(
          await start('coordinator', { cityId: 'warsaw', roundId: '2026' }),
          403,
          'forbidden',
        );
        expectError(
          await start('ghentMember', { cityId: 'warsaw', roundId: '2026' }),
          403,
          'forbidden',
        );
        expectError(
          await start('warsawMember', { cityId: 'warsaw', roundId: '2022' }),
          403,
          'forbidden',
        );
        expectError(
          await start('warsawMember', { cityId: 'nowhere', roundId: '2026' }),
          404,
          'not_found',
        );
        expectError(
          await start('warsawMember', { cityId: 'warsaw', roundId: '1999' }),
          404,
          'not_found',
        );
        expectError(
          await start('warsawMember', { cityId: 'warsaw', roundId: '2026', status: 'approved' }),
          400,
          'validation_failed',
        );
        const created = await start('warsawMember', { cityId: 'warsaw', roundId: '2026' });
        expect(created.status).toBe(201);
        expect(created.body).toMatchObject({
          id: 'warsaw-2026',
          status: 'draft',
          version: 1,
          ratings: {},
          trends: {},
          targetGroups: [],
          reviewComment: null,
        });
        expect(created.headers.get('ETag')).toBe('"1"');
        expectError(
          await start('warsawMember', { cityId: 'warsaw', roundId: '2026' }),
          409,
          'already_exists',
        );
        expect(await historyLength('warsaw-2026')).toBe(1);
      });

      it('starts from the city’s latest earlier assessment when asked to', async () => {
        // Amsterdam has not started 2026; its latest earlier assessment is 2022's.
        const previous = (
          await api.call('GET', '/assessments/amsterdam-2022', { token: tokens.viewer })
        ).body as Assessment;
        const sanne = await api.signIn('sanne-amsterdam');
        const created = await api.call('POST', '/assessments', {
          token: sanne,
          json: { cityId: 'amsterdam', roundId: '2026', prefill: 'previous' },
        });
        expect(created.status).toBe(201);
        expect(created.body).toMatchObject({ version: 1, ...contentOf(previous) });
        const [entry] = (
          await api.call('GET', '/assessments/amsterdam-2026/history', { token: sanne })
        ).body as { action: string; changes: unknown[] }[];
        expect(entry?.action).toBe('created');
        expect(entry?.changes.length).toBeGreaterThan(0);
      });

      it('goes draft → submitted → returned → submitted → approved, recording each step', async () => {
        // A draft with unrated commitments cannot be submitted: each gap is named.
        const ghent = await assessment(GHENT);
        const incomplete = await api.call('POST', `/assessments/${GHENT}/submit`, {
          token: tokens.ghentMember,
        });
        expectError(incomplete, 400, 'validation_failed');
        expect(fieldErrorKeys(incomplete).length).toBeGreaterThan(0);
        expect(
          fieldErrorKeys(incomplete).every((key) =>
            /^ratings\.[A-Z]{2}\d\.(rating|reason)$/.test(key),
          ),
        ).toBe(true);
        expect((await assessment(GHENT)).version).toBe(ghent.version);

        const id = 'warsaw-2026';
        await api.call('POST', '/assessments', {
          token: tokens.warsawMember,
          json: { cityId: 'warsaw', roundId: '2026' },
        });
        const complete = completeContent();
        const saved = await api.call('PUT', `/assessments/${id}`, {
          token: tokens.warsawMember,
          ifMatch: '"1"',
          json: complete,
        });
        expect(saved.body).toMatchObject({ status: 'draft', version: 2 });
        const submitted = await api.call('POST', `/assessments/${id}/submit`, {
          token: tokens.warsawMember,
          ifMatch: '"2"',
        });
        expect(submitted.body).toMatchObject({
          status: 'submitted',
          version: 3,
          submittedBy: { id: 'kasia-warsaw', name: 'Kasia Nowak' },
        });
        expectError(
          await api.call('PUT', `/assessments/${id}`, {
            token: tokens.warsawMember,
            ifMatch: '"3"',
            json: complete,
          }),
          409,
          'status_conflict',
        );
        const noComment = await api.call('POST', `/assessments/${id}/return`, {
          token: tokens.coordinator,
          json: { comment: '   ' },
        });
        expectError(noComment, 400, 'validation_failed');
        expect(fieldErrorKeys(noComment)).toEqual(['comment']);
        const returned = await api.call('POST', `/assessments/${id}/return`, {
          token: tokens.coordinator,
          ifMatch: '"3"',
          json: { comment: 'Add the 2025 budget' },
        });
        expect(returned.body).toMatchObject({
          status: 'returned',
          version: 4,
          reviewComment: 'Add the 2025 budget',
        });
        const resubmitted = await api.call('POST', `/assessments/${id}/submit`, {
          token: tokens.warsawMember,
        });
        expect(resubmitted.body).toMatchObject({ status: 'submitted', version: 5 });
        expectError(
          await api.call('POST', `/assessments/${id}/approve`, {
            token: tokens.coordinator,
            ifMatch: '"4"',
          }),
          409,
          'version_conflict',
        );
        const approved = await api.call('POST', `/assessments/${id}/approve`, {
          token: tokens.coordinator,
        });
        expect(approved.body).toMatchObject({
          status: 'approved',
          version: 6,
          reviewComment: null,
        });
        expectError(
          await api.call('POST', `/assessments/${id}/approve`, { token: tokens.coordinator }),
          409,
          'status_conflict',
        );

        const history = (
          await api.call('GET', `/assessments/${id}/history`, { token: tokens.viewer })
        ).body as {
          version: number;
          action: string;
          actor: { id: string };
          changes: unknown[];
          comment: string | null;
        }[];
        expect(
          history.map(({ version, action, actor, comment }) => [
            version,
            action,
            actor.id,
            comment,
          ]),
        ).toEqual([
          [6, 'approved', 'claire-coordinator', null],
          [5, 'submitted', 'kasia-warsaw', null],
          [4, 'returned', 'claire-coordinator', 'Add the 2025 budget'],
          [3, 'submitted', 'kasia-warsaw', null],
          [2, 'saved', 'kasia-warsaw', null],
          [1, 'created', 'kasia-warsaw', null],
        ]);
        // Each commitment's rating and evidence changed: two fields for each of the 14.
        expect(history[4]?.changes).toHaveLength(2 * commitmentIds.length);
      });
    });

    describe('saves and versions', () => {
      it('saves with If-Match, records the changed fields, and answers 409 with the current copy for a stale version', async () => {
        const ghent = await assessment(GHENT);
        const changed = {
          ...contentOf(ghent),
          targetGroups: ['irregular_status'],
        };
        const saved = await api.call('PUT', `/assessments/${GHENT}`, {
          token: tokens.ghentMember,
          ifMatch: `"${String(ghent.version)}"`,
          json: changed,
        });
        expect(saved.status).toBe(200);
        expect(saved.body).toMatchObject({
          version: ghent.version + 1,
          targetGroups: ['irregular_status'],
          updatedBy: { id: 'lotte-ghent', name: 'Lotte Peeters' },
        });
        const [latest] = (
          await api.call('GET', `/assessments/${GHENT}/history`, { token: tokens.ghentMember })
        ).body as { version: number; action: string; changes: unknown[] }[];
        expect(latest).toMatchObject({
          version: ghent.version + 1,
          action: 'saved',
          changes: [
            { field: 'targetGroups', before: ghent.targetGroups, after: ['irregular_status'] },
          ],
        });

        const stale = await api.call('PUT', `/assessments/${GHENT}`, {
          token: tokens.ghentMember,
          ifMatch: `W/"${String(ghent.version)}"`,
          json: contentOf(ghent),
        });
        expectError(stale, 409, 'version_conflict');
        expect((stale.body as { current: Assessment }).current).toMatchObject({
          version: ghent.version + 1,
          targetGroups: ['irregular_status'],
        });
      });

      it('asks for a version (428) and refuses one that is not a decimal integer (400)', async () => {
        const ghent = await assessment(GHENT);
        const put = (ifMatch?: string) =>
          api.call('PUT', `/assessments/${GHENT}`, {
            token: tokens.ghentMember,
            json: contentOf(ghent),
            ...(ifMatch === undefined ? {} : { ifMatch }),
          });
        expectError(await put(), 428, 'precondition_required');
        expectError(await put(''), 428, 'precondition_required');
        for (const bad of ['"abc"', '"1.5"', '"-2"', '"0x2"', '"2e0"', '"2", "3"']) {
          const answer = await put(bad);
          expectError(answer, 400, 'validation_failed');
          expect(fieldErrorKeys(answer)).toEqual(['If-Match']);
        }
        expect((await assessment(GHENT)).version).toBe(ghent.version);
        expect((await put(String(ghent.version))).status).toBe(200);
      });

      it('of 20 concurrent saves from one version, exactly one wins and is recorded once', async () => {
        const ghent = await assessment(GHENT);
        const before = await historyLength(GHENT);
        const answers = await Promise.all(
          Array.from({ length: 20 }, (_, index) =>
            api.call('PUT', `/assessments/${GHENT}`, {
              token: tokens.ghentMember,
              ifMatch: `"${String(ghent.version)}"`,
              json: { ...contentOf(ghent), targetGroups: index % 2 ? ['irregular_status'] : [] },
            }),
          ),
        );
        const statuses = answers.map((answer) => answer.status).sort();
        expect(statuses).toEqual([200, ...Array<number>(19).fill(409)]);
        expect(
          answers
            .filter((answer) => answer.status === 409)
            .every((answer) => errorCode(answer) === 'version_conflict'),
        ).toBe(true);
        expect((await assessment(GHENT)).version).toBe(ghent.version + 1);
        expect(await historyLength(GHENT)).toBe(before + 1);
      });
    });

    describe('strict validation', () => {
      /** Sends `body` as a save of Ghent's draft and checks that nothing changed. */
      async function refusedSave(body: unknown, raw?: string): Promise<string[]> {
        const ghent = await assessment(GHENT);
        const before = await historyLength(GHENT);
        const answer = await api.call('PUT', `/assessments/${GHENT}`, {
          token: tokens.ghentMember,
          ifMatch: `"${String(ghent.version)}"`,
          ...(raw === undefined ? { json: body } : { raw }),
        });
        expectError(answer, 400, 'validation_failed');
        expect(await assessment(GHENT)).toEqual(ghent);
        expect(await historyLength(GHENT)).toBe(before);
        return fieldErrorKeys(answer);
      }

      it('refuses unknown and server-owned fields instead of dropping them', async () => {
        const content = contentOf(await assessment(GHENT));
        for (const field of ['status', 'version', 'cityId', 'updatedBy', 'colour']) {
          expect(await refusedSave({ ...content, [field]: 'x' })).toEqual([field]);
        }
        const firstId = Object.keys(content.ratings)[0] ?? 'PM1';
        expect(
          await refusedSave({
            ...content,
            ratings: { ...content.ratings, [firstId]: { ...content.ratings[firstId], score: 100 } },
          }),
        ).toEqual([`ratings.${firstId}.score`]);
        expect(
          await refusedSave({
            ...content,
            ratings: { ...content.ratings, XX1: content.ratings[firstId] },
          }),
        ).toEqual(['ratings.XX1']);
      });

      it('refuses a __proto__ key at any depth', async () => {
        const content = contentOf(await assessment(GHENT));
        const json = JSON.stringify(content);
        expect(
          await refusedSave(null, `{"__proto__":{"status":"approved"},${json.slice(1)}`),
        ).toEqual(['__proto__']);
        expect(
          await refusedSave(
            null,
            json.replace('"ratings":{', '"ratings":{"__proto__":{"rating":"fully"},'),
          ),
        ).toEqual(['ratings.__proto__']);
      });

      it('refuses what breaks the schema, counting characters as people do', async () => {
        const ghent = await assessment(GHENT);
        const content = contentOf(ghent);
        const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}';
        const withEvidence = (evidence: string, links: string[] = []) => ({
          ...content,
          ratings: { ...content.ratings, PM1: { rating: 'fully', reason: '', evidence, links } },
        });
        expect(await refusedSave(withEvidence('a'.repeat(2000) + family))).toEqual([
          'ratings.PM1.evidence',
        ]);
        expect(await refusedSave(withEvidence('', ['javascript:alert(1)']))).toEqual([
          'ratings.PM1.links.0',
        ]);
        expect(await refusedSave({ ...content, targetGroups: ['aliens'] })).toEqual([
          'targetGroups.0',
        ]);
        expect(await refusedSave(null, '{"ratings":')).toEqual(['_']);
        const saved = await api.call('PUT', `/assessments/${GHENT}`, {
          token: tokens.ghentMember,
          ifMatch: `"${String(ghent.version)}"`,
          json: withEvidence('a'.repeat(1995) + family),
        });
        expect(saved.status).toBe(200);
        expect((saved.body as Assessment).ratings.PM1?.evidence).toBe('a'.repeat(1995) + family);
      });

      it('refuses a body on actions that take none, and extra fields on a return', async () => {
        const submit = await api.call('POST', `/assessments/${GHENT}/submit`, {
          token: tokens.ghentMember,
          json: { status: 'approved' },
        });
        expectError(submit, 400, 'validation_failed');
        expect(fieldErrorKeys(submit)).toEqual(['status']);
        const extra = await api.call('POST', `/assessments/${BARCELONA}/return`, {
          token: tokens.coordinator,
          json: { comment: 'Fine', status: 'approved' },
        });
        expectError(extra, 400, 'validation_failed');
        expect((await assessment(BARCELONA)).status).toBe('submitted');
      });
    });

    describeImportContract(() => target);
    describeBackupContract(() => target);

    describe('demo endpoints', () => {
      it('exist only in the mock, and change data for a coordinator only', async () => {
        if (!target.servesDemoEndpoints) {
          for (const [method, path] of [
            ['GET', '/demo/data-set'],
            ['PUT', '/demo/data-set'],
            ['POST', '/demo/reset'],
          ] as const) {
            expectError(
              await api.call(method, path, {
                token: tokens.coordinator,
                ...(method === 'GET' ? {} : { json: {} }),
              }),
              404,
              'not_found',
            );
          }
          return;
        }
        expect((await api.call('GET', '/demo/data-set')).body).toMatchObject({
          dataSet: 'sample',
          cityCount: 30,
        });
        expectError(await api.call('POST', '/demo/reset'), 401, 'unauthenticated');
        for (const role of ['ghentMember', 'warsawMember', 'viewer'] as const) {
          expectError(
            await api.call('POST', '/demo/reset', { token: tokens[role] }),
            403,
            'forbidden',
          );
          expectError(
            await api.call('PUT', '/demo/data-set', {
              token: tokens[role],
              json: { dataSet: 'synthetic' },
            }),
            403,
            'forbidden',
          );
        }
        await api.call('PUT', `/assessments/${GHENT}`, {
          token: tokens.ghentMember,
          ifMatch: `"${String((await assessment(GHENT)).version)}"`,
          json: { ratings: {}, trends: {}, targetGroups: [] },
        });
        expect((await api.call('POST', '/demo/reset', { token: tokens.coordinator })).status).toBe(
          204,
        );
        expect((await assessment(GHENT)).version).toBe(2);
      });
    });
  });
}
