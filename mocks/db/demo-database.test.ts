/**
 * The demo's own behaviour around the API: where the sample set is kept, switching data sets
 * and resetting them. Requests go through the real API (server/api) over the demo's store.
 */
import { describe, expect, it } from 'vitest';
import { createApi } from '../../server/api/create-api';
import { createDemoDatabase, type DemoDatabaseOptions } from './demo-database';
import { memoryStorage } from './storage';

/** The demo database with its API, and a way to call it as a signed-in user. */
function demoApi(options: DemoDatabaseOptions) {
  const database = createDemoDatabase(options);
  const api = createApi({
    store: database.store,
    demo: database.demo,
    demoSignIn: true,
    publicRead: true,
  });
  async function call(method: string, path: string, token: string | null, body?: unknown) {
    const response = await api.fetch(
      new Request(`http://localhost/api${path}`, {
        method,
        headers: {
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? null : JSON.stringify(body),
      }),
    );
    return { status: response.status, body: (await response.text()) || null };
  }
  async function signIn(userId: string): Promise<string> {
    const { body } = await call('POST', '/session', null, { userId });
    return (JSON.parse(body ?? '{}') as { token: string }).token;
  }
  async function warsawAssessments(token: string): Promise<unknown[]> {
    const { body } = await call('GET', '/assessments?cityId=warsaw&roundId=2026', token);
    return JSON.parse(body ?? '[]') as unknown[];
  }
  return { database, call, signIn, warsawAssessments };
}

const startWarsaw = { cityId: 'warsaw', roundId: '2026' };

describe('the demo database', () => {
  it('keeps changes in its storage, so a new one (a reload) finds them', async () => {
    const storage = memoryStorage();
    const first = demoApi({ storage });
    const kasia = await first.signIn('kasia-warsaw');
    expect((await first.call('POST', '/assessments', kasia, startWarsaw)).status).toBe(201);

    const reloaded = demoApi({ storage });
    expect(await reloaded.warsawAssessments(await reloaded.signIn('kasia-warsaw'))).toHaveLength(1);
  });

  it('keeps invitations and deactivations over a reload, e-mail and status included', async () => {
    const storage = memoryStorage();
    const first = demoApi({ storage });
    const claire = await first.signIn('claire-coordinator');
    const invited = await first.call('POST', '/users', claire, {
      name: 'Marek Nowak',
      email: 'marek@example.org',
      role: 'viewer',
      cityId: null,
      language: 'de',
    });
    expect(invited.status).toBe(201);
    const marekId = (JSON.parse(invited.body ?? '{}') as { user: { id: string } }).user.id;
    const lotteDeactivated = await first.call('POST', '/users/lotte-ghent/deactivation', claire);
    expect(lotteDeactivated.status).toBe(200);

    const reloaded = demoApi({ storage });
    const { body } = await reloaded.call(
      'GET',
      '/users',
      await reloaded.signIn('claire-coordinator'),
    );
    const accounts = JSON.parse(body ?? '[]') as { id: string }[];
    expect(accounts.find((account) => account.id === marekId)).toMatchObject({
      email: 'marek@example.org',
      status: 'invited',
      language: 'de',
    });
    expect(accounts.find((account) => account.id === 'lotte-ghent')).toMatchObject({
      status: 'deactivated',
    });
    expect((await reloaded.call('POST', '/session', null, { userId: 'lotte-ghent' })).status).toBe(
      403,
    );
  });

  it('starts from the seed when the stored state is unreadable', () => {
    const storage = memoryStorage();
    storage.save({ cities: 'broken' });
    expect(createDemoDatabase({ storage }).dataSetInfo().cityCount).toBe(30);
  });

  it('loads a state stored before history was recorded, with an empty history', async () => {
    const storage = memoryStorage();
    const first = demoApi({ storage });
    await first.call('POST', '/assessments', await first.signIn('kasia-warsaw'), startWarsaw);
    const stored = storage.load() as Record<string, unknown>;
    expect(stored).toHaveProperty('history');
    storage.save(Object.fromEntries(Object.entries(stored).filter(([key]) => key !== 'history')));

    const reloaded = demoApi({ storage });
    const kasia = await reloaded.signIn('kasia-warsaw');
    expect((await reloaded.call('GET', '/assessments/warsaw-2026', kasia)).status).toBe(200);
    expect(await reloaded.call('GET', '/assessments/warsaw-2026/history', kasia)).toEqual({
      status: 200,
      body: '[]',
    });
  });

  it('loads a state stored before administration, with changes kept and an empty log', async () => {
    const storage = memoryStorage();
    const first = demoApi({ storage });
    await first.call('POST', '/assessments', await first.signIn('kasia-warsaw'), startWarsaw);
    const stored = storage.load() as Record<string, unknown[]>;
    expect(stored).toHaveProperty('audit');
    const without = (items: unknown[] | undefined, keys: string[]) =>
      (items ?? []).map((item) =>
        Object.fromEntries(Object.entries(item as object).filter(([key]) => !keys.includes(key))),
      );
    storage.save({
      ...Object.fromEntries(Object.entries(stored).filter(([key]) => key !== 'audit')),
      cities: without(stored.cities, ['sourceNote', 'archived']),
      rounds: without(stored.rounds, ['deadline']),
    });

    const reloaded = demoApi({ storage });
    expect(await reloaded.warsawAssessments(await reloaded.signIn('kasia-warsaw'))).toHaveLength(1);
    const claire = await reloaded.signIn('claire-coordinator');
    expect(await reloaded.call('GET', '/audit', claire)).toEqual({
      status: 200,
      body: JSON.stringify({ entries: [], next: null }),
    });
    const rounds = JSON.parse(
      (await reloaded.call('GET', '/rounds', claire)).body ?? '[]',
    ) as unknown[];
    expect(rounds).toContainEqual({
      id: '2026',
      year: 2026,
      status: 'open',
      deadline: '2027-01-31',
    });
    expect(rounds).toContainEqual({ id: '2022', year: 2022, status: 'closed', deadline: null });
    const ghent = JSON.parse(
      (await reloaded.call('GET', '/cities/ghent', claire)).body ?? '{}',
    ) as unknown;
    expect(ghent).toMatchObject({ name: 'Ghent', sourceNote: '', archived: false });
  });

  it("loads a state stored before cities had other names, with the seed's names", async () => {
    const storage = memoryStorage();
    const first = demoApi({ storage });
    await first.call('POST', '/assessments', await first.signIn('kasia-warsaw'), startWarsaw);
    const stored = storage.load() as { cities: Record<string, unknown>[] };
    storage.save({
      ...stored,
      cities: stored.cities.map((city) =>
        Object.fromEntries(
          Object.entries(city).filter(([key]) => key !== 'names' && key !== 'localLanguages'),
        ),
      ),
    });

    const reloaded = demoApi({ storage });
    const kasia = await reloaded.signIn('kasia-warsaw');
    expect(await reloaded.warsawAssessments(kasia)).toHaveLength(1);
    expect(JSON.parse((await reloaded.call('GET', '/cities/warsaw', kasia)).body ?? '')).toEqual(
      expect.objectContaining({
        names: { pl: 'Warszawa', fr: 'Varsovie', de: 'Warschau' },
        localLanguages: ['pl'],
      }),
    );
  });

  it('keeps the sessions of a state stored before sessions had their own storage', async () => {
    const storage = memoryStorage();
    const first = demoApi({ storage });
    await first.call('POST', '/assessments', await first.signIn('kasia-warsaw'), startWarsaw);
    storage.save({ ...(storage.load() as object), sessions: { 'old-token': 'kasia-warsaw' } });

    expect((await demoApi({ storage }).call('GET', '/session', 'old-token')).status).toBe(200);
  });
});

describe('the data sets', () => {
  it('serves the sample set unless another was chosen, and says whether it keeps changes', () => {
    expect(createDemoDatabase({ storage: memoryStorage() }).dataSetInfo()).toEqual({
      dataSet: 'sample',
      persistence: 'stored',
      cityCount: 30,
      roundCount: 6,
      assessmentCount: expect.any(Number) as number,
    });
  });

  it('switches to the synthetic set in memory only, keeping sessions and the stored sample', async () => {
    const storage = memoryStorage();
    const demo = demoApi({ storage });
    const kasia = await demo.signIn('kasia-warsaw');
    const claire = await demo.signIn('claire-coordinator');
    await demo.call('POST', '/assessments', kasia, startWarsaw);
    const storedSample = storage.load();

    const switched = await demo.call('PUT', '/demo/data-set', claire, { dataSet: 'synthetic' });
    expect(JSON.parse(switched.body ?? '{}')).toMatchObject({
      dataSet: 'synthetic',
      persistence: 'memory',
      cityCount: 2000,
      roundCount: 10,
    });
    expect(await demo.warsawAssessments(kasia)).toHaveLength(0);
    expect((await demo.call('POST', '/assessments', kasia, startWarsaw)).status).toBe(201);
    expect(storage.load()).toEqual(storedSample);

    // Back on the sample set, its stored changes are there again.
    await demo.call('PUT', '/demo/data-set', claire, { dataSet: 'sample' });
    expect(await demo.warsawAssessments(kasia)).toHaveLength(1);
  });

  it('remembers the choice and keeps sessions over a reload; synthetic changes are gone', async () => {
    const stores = { storage: memoryStorage(), sessions: memoryStorage() };
    const dataSetChoice = memoryStorage();
    const first = demoApi({ ...stores, dataSetChoice, dataSet: 'synthetic' });
    const kasia = await first.signIn('kasia-warsaw');
    await first.call('POST', '/assessments', kasia, startWarsaw);

    const reloaded = demoApi({ ...stores, dataSetChoice });
    expect(reloaded.database.dataSetInfo().dataSet).toBe('synthetic');
    expect(await reloaded.warsawAssessments(kasia)).toHaveLength(0);
  });

  it('resets the data set in use, or the one named, keeping sessions', async () => {
    const demo = demoApi({ storage: memoryStorage(), dataSet: 'synthetic' });
    const kasia = await demo.signIn('kasia-warsaw');
    await demo.call('POST', '/assessments', kasia, startWarsaw);
    demo.database.reset();
    expect(demo.database.dataSetInfo().dataSet).toBe('synthetic');
    expect(await demo.warsawAssessments(kasia)).toHaveLength(0);
    demo.database.reset('sample');
    expect(demo.database.dataSetInfo()).toMatchObject({ dataSet: 'sample', cityCount: 30 });
  });

  it('answers by round from its index, also right after a change', async () => {
    const demo = demoApi({ storage: memoryStorage(), dataSet: 'synthetic' });
    const claire = await demo.signIn('claire-coordinator');
    const rowCount = async () =>
      (JSON.parse((await demo.call('GET', '/scores?roundId=2026', claire)).body ?? '[]') as [])
        .length;
    const before = await rowCount();
    await demo.call('POST', '/assessments', await demo.signIn('kasia-warsaw'), startWarsaw);
    expect(await rowCount()).toBe(before + 1);
    const progress = JSON.parse(
      (await demo.call('GET', '/rounds/2026/progress', claire)).body ?? '{}',
    ) as { notStarted: number; expectedCities: number };
    expect(progress.notStarted).toBe(progress.expectedCities - before - 1);
  });
});
