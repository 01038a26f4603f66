/**
 * The administration endpoints of the contract (docs/api.md, "Administration" and "Audit
 * log"), against every target `describeApiContract` runs on: coordinators only, every role
 * checked, every change recorded in the audit log.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  contractClient,
  errorCode,
  fieldErrorKeys,
  type Answer,
  type ContractTarget,
} from './contract-client';

const roles = {
  coordinator: 'claire-coordinator',
  member: 'lotte-ghent',
  warsawMember: 'kasia-warsaw',
  viewer: 'sam-viewer',
} as const;

/** The sample set's open round (mocks/seed/rounds.ts) and its progress (api-contract.ts). */
const ROUND_2026 = { id: '2026', year: 2026, status: 'open', deadline: '2027-01-31' };
const PROGRESS_2026 = { expectedCities: 30, notStarted: 6, draft: 5, submitted: 6 };

/** A city as a coordinator sends it: every field but the id and the archive mark. */
const lodz = {
  name: 'Lodz',
  names: { pl: 'Łódź', de: 'Lodsch' },
  localLanguages: ['pl'],
  countryCode: 'PL',
  signed: { earliestYear: 2023, latestYear: 2024 },
  coordinates: { lat: 51.759, lon: 19.456 },
  sourceNote: 'Council resolution, 2023 or 2024 (EUROCITIES news)',
};
type Role = keyof typeof roles;

interface AuditEntry {
  id: string;
  at: string;
  actorId: string;
  actorName: string;
  action: string;
  target: { kind: string; id: string };
  before: unknown;
  after: unknown;
}

interface AuditPage {
  entries: AuditEntry[];
  next: string | null;
}

function expectError(answer: Answer, status: number, code: string) {
  expect({ status: answer.status, code: errorCode(answer) }).toEqual({ status, code });
}

/**
 * Runs the administration contract on the target `currentTarget` answers (set by
 * `describeApiContract`'s beforeAll, which also resets the data before each test).
 */
export function describeAdministrationContract(currentTarget: () => ContractTarget) {
  describe('administration', () => {
    let api: ReturnType<typeof contractClient>;
    const tokens = {} as Record<Role, string>;

    beforeEach(async () => {
      api = contractClient(currentTarget());
      for (const role of Object.keys(roles) as Role[]) tokens[role] = await api.signIn(roles[role]);
    });

    /** The audit log as a coordinator reads it. */
    async function audit(query = ''): Promise<AuditPage> {
      const answer = await api.call('GET', `/audit${query}`, { token: tokens.coordinator });
      expect(answer.status).toBe(200);
      return answer.body as AuditPage;
    }

    /** Answers 401 to a visitor and 403 to a member and a viewer. */
    async function expectCoordinatorsOnly(method: string, path: string, json?: unknown) {
      const body = json === undefined ? {} : { json };
      expectError(await api.call(method, path, body), 401, 'unauthenticated');
      for (const role of ['member', 'viewer'] as const) {
        expectError(
          await api.call(method, path, { ...body, token: tokens[role] }),
          403,
          'forbidden',
        );
      }
    }

    /** A coordinator's call, expected to answer `status`; its body. */
    async function asCoordinator(method: string, path: string, status: number, json?: unknown) {
      const answer = await api.call(method, path, {
        token: tokens.coordinator,
        ...(json === undefined ? {} : { json }),
      });
      expect({ method, path, status: answer.status, body: answer.body }).toMatchObject({
        method,
        path,
        status,
      });
      return answer.body;
    }

    /** A coordinator's call expected to be refused with 400, naming exactly `fields`. */
    async function expectInvalid(method: string, path: string, json: unknown, fields: string[]) {
      const answer = await api.call(method, path, { token: tokens.coordinator, json });
      expect({ method, path, json, status: answer.status, fields: fieldErrorKeys(answer) }).toEqual(
        { method, path, json, status: 400, fields },
      );
    }

    /** Warsaw has not started 2026: its member is refused (a closed round, an archived city). */
    async function expectWarsawCannotStart2026() {
      expectError(
        await api.call('POST', '/assessments', {
          token: tokens.warsawMember,
          json: { cityId: 'warsaw', roundId: '2026' },
        }),
        403,
        'forbidden',
      );
    }

    async function progress(roundId: string) {
      return asCoordinator('GET', `/rounds/${roundId}/progress`, 200);
    }

    /** The audit log's entries, newest first, as action and target id. */
    async function auditTrail(): Promise<string[]> {
      return (await audit('?limit=200')).entries.map(
        ({ action, target }) => `${action} ${target.id}`,
      );
    }

    describe('the audit log', () => {
      it('is read by coordinators only, even with public reading on', async () => {
        await expectCoordinatorsOnly('GET', '/audit');
        const privateApi = contractClient({
          ...currentTarget(),
          baseUrl: currentTarget().privateBaseUrl,
        });
        expectError(await privateApi.call('GET', '/audit'), 401, 'unauthenticated');
        expect(await audit()).toStrictEqual({ entries: [], next: null });
      });

      it('refuses a limit out of range and unknown parameters are ignored', async () => {
        for (const limit of ['0', '201', '-1', '1.5', 'ten']) {
          const answer = await api.call('GET', `/audit?limit=${limit}`, {
            token: tokens.coordinator,
          });
          expectError(answer, 400, 'validation_failed');
          expect(fieldErrorKeys(answer)).toEqual(['limit']);
        }
        expect(await audit('?limit=200&sort=asc')).toStrictEqual({ entries: [], next: null });
      });

      it('records each action with who, when, what, before and after, read a page at a time', async () => {
        const started = Date.now();
        await asCoordinator('POST', '/rounds', 201, { year: 2028, deadline: '2029-01-31' });
        await asCoordinator('PATCH', '/rounds/2028', 200, { deadline: '2029-02-28' });
        await asCoordinator('POST', '/cities', 201, lodz);
        const { entries, next } = await audit('?limit=2');
        expect(next).toBe(entries[1]?.id);
        expect(entries.map(({ action }) => action)).toEqual(['city.create', 'round.update']);
        const [created, updated] = entries;
        expect(updated).toMatchObject({
          actorId: 'claire-coordinator',
          actorName: 'Claire Dubois',
          target: { kind: 'round', id: '2028' },
          before: { id: '2028', year: 2028, status: 'planned', deadline: '2029-01-31' },
          after: { id: '2028', year: 2028, status: 'planned', deadline: '2029-02-28' },
        });
        expect(created).toMatchObject({ before: null, after: { id: 'lodz', ...lodz } });
        for (const entry of entries) {
          expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(started - 1000);
          expect(entry.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
        }
        const older = await audit(`?limit=2&before=${next ?? ''}`);
        expect(older.entries.map(({ action }) => action)).toEqual(['round.create']);
        expect(older.next).toBeNull();
      });
    });

    describe('rounds', () => {
      it('are changed by coordinators only', async () => {
        await expectCoordinatorsOnly('POST', '/rounds', { year: 2028, deadline: null });
        await expectCoordinatorsOnly('PATCH', '/rounds/2026', { deadline: null });
        await expectCoordinatorsOnly('POST', '/rounds/2026/close');
        await expectCoordinatorsOnly('POST', '/rounds/2022/open');
        expect(await asCoordinator('GET', '/rounds/2026', 200)).toStrictEqual(ROUND_2026);
        expect(await auditTrail()).toEqual([]);
      });

      it('are listed oldest first, a round created for an earlier year in its place', async () => {
        // Created after the others, with the year before the first: the client relies on the
        // order (docs/api.md) and never sorts the rounds again.
        await asCoordinator('POST', '/rounds', 201, { year: 2030, deadline: null });
        await asCoordinator('POST', '/rounds', 201, { year: 2012, deadline: null });
        const rounds = (await asCoordinator('GET', '/rounds', 200)) as { id: string }[];
        expect(rounds.map(({ id }) => id).join(' ')).toBe(
          '2012 2013 2015 2018 2020 2022 2026 2030',
        );
      });

      it('are created planned, one per year from 2010 to 2100, with a real date or none', async () => {
        expect(
          await asCoordinator('POST', '/rounds', 201, { year: 2028, deadline: '2028-02-29' }),
        ).toStrictEqual({ id: '2028', year: 2028, status: 'planned', deadline: '2028-02-29' });
        expect(
          await asCoordinator('POST', '/rounds', 201, { year: 2030, deadline: null }),
        ).toMatchObject({ id: '2030', status: 'planned', deadline: null });
        const taken = await api.call('POST', '/rounds', {
          token: tokens.coordinator,
          json: { year: 2026, deadline: null },
        });
        expectError(taken, 409, 'already_exists');
        expect(fieldErrorKeys(taken)).toEqual(['year']);
        for (const year of [2009, 2101, 2027.5, '2027']) {
          await expectInvalid('POST', '/rounds', { year, deadline: null }, ['year']);
        }
        for (const deadline of ['2027-02-29', '2027-13-01', '31/01/2028', '2028-01-31T00:00:00Z']) {
          await expectInvalid('POST', '/rounds', { year: 2027, deadline }, ['deadline']);
        }
        await expectInvalid('POST', '/rounds', { year: 2027 }, ['deadline']);
        // A deadline before the round's own year is a slip: refused, on creation and change.
        await expectInvalid('POST', '/rounds', { year: 2029, deadline: '2028-12-31' }, [
          'deadline',
        ]);
        await expectInvalid('PATCH', '/rounds/2028', { deadline: '2020-01-01' }, ['deadline']);
        expect(await asCoordinator('GET', '/rounds/2028', 200)).toMatchObject({
          deadline: '2028-02-29',
        });
        expect(
          await asCoordinator('POST', '/rounds', 201, { year: 2029, deadline: '2029-01-01' }),
        ).toMatchObject({ id: '2029', deadline: '2029-01-01' });
        await expectInvalid('POST', '/rounds', { year: 2027, deadline: null, status: 'open' }, [
          'status',
        ]);
        const years = ((await asCoordinator('GET', '/rounds', 200)) as { year: number }[]).map(
          ({ year }) => year,
        );
        expect(years).toEqual([2013, 2015, 2018, 2020, 2022, 2026, 2028, 2029, 2030]);
        expect(await auditTrail()).toEqual([
          'round.create 2029',
          'round.create 2030',
          'round.create 2028',
        ]);
      });

      it('are seen planned by signed-in users only: a visitor is not told of one', async () => {
        await asCoordinator('POST', '/rounds', 201, { year: 2028, deadline: '2029-01-31' });
        const planned = { id: '2028', year: 2028, status: 'planned', deadline: '2029-01-31' };
        const yearsFor = async (token?: string) => {
          const answer = await api.call('GET', '/rounds', token === undefined ? {} : { token });
          expect(answer.status).toBe(200);
          return (answer.body as { year: number }[]).map(({ year }) => year);
        };
        for (const role of ['coordinator', 'member', 'viewer'] as const) {
          expect(await yearsFor(tokens[role])).toEqual([2013, 2015, 2018, 2020, 2022, 2026, 2028]);
          const answer = await api.call('GET', '/rounds/2028', { token: tokens[role] });
          expect({ role, status: answer.status, body: answer.body }).toEqual({
            role,
            status: 200,
            body: planned,
          });
        }
        expect(await yearsFor()).toEqual([2013, 2015, 2018, 2020, 2022, 2026]);
        // Answered as a round that does not exist is, everywhere a round is read by its id.
        for (const path of [
          '/rounds/2028',
          '/rounds/2028/progress',
          '/aggregates/rounds/2028',
          '/aggregates/rounds/2028/cities',
          '/aggregates/rounds/2028/trend-leaders',
        ]) {
          expectError(await api.call('GET', path), 404, 'not_found');
        }
        await asCoordinator('POST', '/rounds/2026/close', 200);
        await asCoordinator('POST', '/rounds/2028/open', 200);
        expect(await yearsFor()).toEqual([2013, 2015, 2018, 2020, 2022, 2026, 2028]);
      });

      it('change their deadline, validated, recorded only when it changes', async () => {
        expect(
          await asCoordinator('PATCH', '/rounds/2026', 200, { deadline: '2027-03-15' }),
        ).toStrictEqual({ ...ROUND_2026, deadline: '2027-03-15' });
        await asCoordinator('PATCH', '/rounds/2026', 200, { deadline: '2027-03-15' });
        await asCoordinator('PATCH', '/rounds/2022', 200, { deadline: null });
        await expectInvalid('PATCH', '/rounds/2026', { deadline: '2027-04-31' }, ['deadline']);
        await expectInvalid('PATCH', '/rounds/2026', { deadline: null, year: 2027 }, ['year']);
        expectError(
          await api.call('PATCH', '/rounds/1999', {
            token: tokens.coordinator,
            json: { deadline: null },
          }),
          404,
          'not_found',
        );
        expect(await auditTrail()).toEqual(['round.update 2026']);
      });

      it('open one at a time and close, each recorded; a closed round is read-only for members', async () => {
        await asCoordinator('POST', '/rounds', 201, { year: 2028, deadline: '2029-01-31' });
        expectError(
          await api.call('POST', '/rounds/2028/open', { token: tokens.coordinator }),
          409,
          'status_conflict',
        );
        expectError(
          await api.call('POST', '/rounds/2022/close', { token: tokens.coordinator }),
          409,
          'status_conflict',
        );
        // What closing the round leaves open, as the page asks before closing.
        expect(await progress('2026')).toMatchObject(PROGRESS_2026);
        expect(await asCoordinator('POST', '/rounds/2026/close', 200)).toStrictEqual({
          ...ROUND_2026,
          status: 'closed',
        });
        expectError(
          await api.call('POST', '/rounds/2026/close', { token: tokens.coordinator }),
          409,
          'status_conflict',
        );

        // Lotte's draft (version 2) can be neither saved nor submitted; nothing starts.
        const draft = { ratings: {}, trends: {}, targetGroups: [] };
        for (const [method, path, json] of [
          ['PUT', '/assessments/ghent-2026', draft],
          ['POST', '/assessments/ghent-2026/submit', undefined],
        ] as const) {
          expectError(
            await api.call(method, path, {
              token: tokens.member,
              ifMatch: '"2"',
              ...(json ? { json } : {}),
            }),
            403,
            'forbidden',
          );
        }
        await expectWarsawCannotStart2026();
        expect(await asCoordinator('GET', '/assessments/ghent-2026', 200)).toMatchObject({
          version: 2,
          status: 'draft',
        });
        // Coordinators still review what was submitted before the round closed.
        await asCoordinator('POST', '/assessments/barcelona-2026/approve', 200);

        expect(await asCoordinator('POST', '/rounds/2028/open', 200)).toMatchObject({
          status: 'open',
        });
        expectError(
          await api.call('POST', '/rounds/2026/open', { token: tokens.coordinator }),
          409,
          'status_conflict',
        );
        const started = await api.call('POST', '/assessments', {
          token: tokens.warsawMember,
          json: { cityId: 'warsaw', roundId: '2028' },
        });
        expect(started.status).toBe(201);

        const [opened, closed] = (await audit()).entries.filter(({ target }) =>
          ['2026', '2028'].includes(target.id),
        );
        expect(opened).toMatchObject({
          action: 'round.open',
          before: { id: '2028', status: 'planned' },
          after: { id: '2028', status: 'open' },
        });
        expect(closed).toMatchObject({
          action: 'round.close',
          before: ROUND_2026,
          after: { ...ROUND_2026, status: 'closed' },
        });
      });

      it('take no body to open or close', async () => {
        await expectInvalid('POST', '/rounds/2026/close', { force: true }, ['force']);
        expect(await asCoordinator('GET', '/rounds/2026', 200)).toStrictEqual(ROUND_2026);
      });
    });

    describe('cities', () => {
      it('are changed by coordinators only', async () => {
        await expectCoordinatorsOnly('POST', '/cities', lodz);
        await expectCoordinatorsOnly('PATCH', '/cities/ghent', { sourceNote: 'x' });
        await expectCoordinatorsOnly('POST', '/cities/ghent/archive');
        await expectCoordinatorsOnly('POST', '/cities/ghent/unarchive');
        expect(await asCoordinator('GET', '/cities/ghent', 200)).toMatchObject({
          sourceNote: '',
          archived: false,
        });
        expect(await auditTrail()).toEqual([]);
      });

      it('are added with every field, an id made from the name, listed last, recorded', async () => {
        const created = await asCoordinator('POST', '/cities', 201, lodz);
        expect(created).toStrictEqual({ id: 'lodz', ...lodz, archived: false });
        expect(await asCoordinator('GET', '/cities/lodz', 200)).toStrictEqual(created);
        const cities = (await asCoordinator('GET', '/cities', 200)) as { id: string }[];
        expect(cities.at(-1)).toStrictEqual(created);
        // A second city of the same name gets an id of its own.
        expect(
          await asCoordinator('POST', '/cities', 201, { ...lodz, signed: null, sourceNote: '' }),
        ).toMatchObject({ id: 'lodz-2', signed: null });
        expect(await auditTrail()).toEqual(['city.create lodz-2', 'city.create lodz']);
        // Signed 2023-2024: expected in no round before 2025, so 2026 expects one more.
        expect(await progress('2026')).toMatchObject({
          expectedCities: PROGRESS_2026.expectedCities + 1,
          notStarted: PROGRESS_2026.notStarted + 1,
        });
      });

      it('are refused field by field when not valid, nothing written', async () => {
        const cases: [Record<string, unknown>, string[]][] = [
          [{ name: '' }, ['name']],
          [{ name: '   ' }, ['name']],
          [{ names: { pl: ' ' } }, ['names.pl']],
          [{ name: 'x'.repeat(121) }, ['name']],
          [{ countryCode: 'pl' }, ['countryCode']],
          [{ coordinates: { lat: 91, lon: 0 } }, ['coordinates.lat']],
          [{ coordinates: { lat: 0, lon: -181 } }, ['coordinates.lon']],
          [{ signed: { earliestYear: 2024, latestYear: 2023 } }, ['signed.latestYear']],
          [{ signed: { earliestYear: 2009, latestYear: 2023 } }, ['signed.earliestYear']],
          [{ names: { en: 'Lodz' } }, ['names.en']],
          [{ names: { PL: 'Łódź' } }, ['names.PL']],
          [{ localLanguages: ['pl', 'pl'] }, ['localLanguages']],
          [{ localLanguages: ['uk'] }, ['localLanguages']],
          [{ sourceNote: 'x'.repeat(1001) }, ['sourceNote']],
          [{ archived: true }, ['archived']],
          [{ id: 'lodz' }, ['id']],
        ];
        for (const [change, fields] of cases) {
          await expectInvalid('POST', '/cities', { ...lodz, ...change }, fields);
          await expectInvalid('PATCH', '/cities/ghent', change, fields);
        }
        await expectInvalid('POST', '/cities', { ...lodz, name: undefined }, ['name']);
        expect(((await asCoordinator('GET', '/cities', 200)) as unknown[]).length).toBe(30);
        expect(await auditTrail()).toEqual([]);
      });

      it('are saved with their names trimmed', async () => {
        const created = await asCoordinator('POST', '/cities', 201, {
          ...lodz,
          name: '  Lodz ',
          names: { pl: ' Łódź', de: 'Lodsch  ' },
        });
        expect(created).toMatchObject({
          id: 'lodz',
          name: 'Lodz',
          names: { pl: 'Łódź', de: 'Lodsch' },
        });
      });

      it('are edited field by field, before and after recorded, nothing recorded for no change', async () => {
        const ghent = (await asCoordinator('GET', '/cities/ghent', 200)) as Record<string, unknown>;
        const edited = await asCoordinator('PATCH', '/cities/ghent', 200, {
          names: { nl: 'Gent', fr: 'Gand', de: 'Gent', es: 'Gante' },
          sourceNote: 'Signed at Integrating Cities IV',
        });
        expect(edited).toStrictEqual({
          ...ghent,
          names: { nl: 'Gent', fr: 'Gand', de: 'Gent', es: 'Gante' },
          sourceNote: 'Signed at Integrating Cities IV',
        });
        await asCoordinator('PATCH', '/cities/ghent', 200, {
          sourceNote: 'Signed at Integrating Cities IV',
        });
        await asCoordinator('PATCH', '/cities/ghent', 200, {});
        const [entry, ...rest] = (await audit()).entries;
        expect(rest).toEqual([]);
        expect(entry).toMatchObject({ action: 'city.update', before: ghent, after: edited });
        expectError(
          await api.call('PATCH', '/cities/atlantis', {
            token: tokens.coordinator,
            json: { sourceNote: '' },
          }),
          404,
          'not_found',
        );
      });

      it('are archived, never deleted: past results stay, new rounds no longer expect them', async () => {
        // Warsaw has not started 2026; Ghent has a draft in it.
        const archived = await asCoordinator('POST', '/cities/warsaw/archive', 200);
        expect(archived).toMatchObject({ id: 'warsaw', archived: true });
        await asCoordinator('POST', '/cities/ghent/archive', 200);
        expectError(
          await api.call('POST', '/cities/warsaw/archive', { token: tokens.coordinator }),
          409,
          'status_conflict',
        );
        expect(await progress('2026')).toMatchObject({
          expectedCities: PROGRESS_2026.expectedCities - 1,
          notStarted: PROGRESS_2026.notStarted - 1,
          draft: PROGRESS_2026.draft,
        });
        await expectWarsawCannotStart2026();
        expect(await asCoordinator('GET', '/cities/ghent', 200)).toMatchObject({ archived: true });
        expect(((await asCoordinator('GET', '/cities', 200)) as unknown[]).length).toBe(30);
        await asCoordinator('GET', '/assessments/ghent-2022', 200);
        expectError(
          await api.call('DELETE', '/cities/warsaw', { token: tokens.coordinator }),
          404,
          'not_found',
        );

        expect(await asCoordinator('POST', '/cities/warsaw/unarchive', 200)).toMatchObject({
          archived: false,
        });
        expect(await progress('2026')).toMatchObject({
          expectedCities: PROGRESS_2026.expectedCities,
          notStarted: PROGRESS_2026.notStarted,
        });
        expect(await auditTrail()).toEqual([
          'city.unarchive warsaw',
          'city.archive ghent',
          'city.archive warsaw',
        ]);
      });
    });
  });
}
