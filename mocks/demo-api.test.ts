/**
 * The demo's data-set endpoints through the HTTP data source, and what the mock answers over
 * the synthetic set's 2,000 cities and some 17,000 assessments. How fast it answers is for the
 * benchmark (scripts/bench.mjs), never for a timed unit test.
 */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/data/api-error';
import { createHttpDataSource } from '../src/data/http-data-source';
import { mockDatabase } from './node';

const baseUrl = 'http://localhost/api';
let token: string | null = null;
/** The app's default request limit, in ms (src/lib/env.ts). */
const api = createHttpDataSource({ baseUrl, getToken: () => token, timeoutMs: 15_000 });

async function signInAs(userId: string) {
  token = null;
  token = (await api.signIn(userId)).token;
}

/** The parsed JSON body of a successful GET: the mock's answer. */
async function getJson(path: string): Promise<unknown> {
  const response = await fetch(`${baseUrl}${path}`, {
    headers: { Authorization: `Bearer ${token ?? ''}` },
  });
  expect(response.status).toBe(200);
  return response.json();
}

describe('the data-set endpoints', () => {
  it('say which set is served, to anyone, and switch it for a coordinator only', async () => {
    token = null;
    expect(await api.getDemoDataSet()).toMatchObject({ dataSet: 'sample', persistence: 'stored' });
    await expect(api.selectDemoDataSet('synthetic')).rejects.toMatchObject({
      status: 401,
    });
    for (const userId of ['sam-viewer', 'lotte-ghent']) {
      await signInAs(userId);
      await expect(api.selectDemoDataSet('synthetic')).rejects.toMatchObject({ status: 403 });
      await expect(api.resetDemoData()).rejects.toMatchObject({ status: 403 });
    }
    expect(await api.getDemoDataSet()).toMatchObject({ dataSet: 'sample' });

    await signInAs('claire-coordinator');
    expect(await api.selectDemoDataSet('synthetic')).toMatchObject({
      dataSet: 'synthetic',
      persistence: 'memory',
      cityCount: 2000,
      roundCount: 10,
    });
    expect(await api.listCities()).toHaveLength(2000);
    // The session survives the switch.
    expect((await api.getSession()).user.id).toBe('claire-coordinator');
  });

  it('refuse an unknown data set with the field at fault', async () => {
    await signInAs('claire-coordinator');
    const response = await fetch(`${baseUrl}/demo/data-set`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token ?? ''}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ dataSet: 'everything' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { fieldErrors: Record<string, unknown> } };
    expect(Object.keys(body.error.fieldErrors)).toEqual(['dataSet']);
    await expect(api.getDemoDataSet()).resolves.toMatchObject({ dataSet: 'sample' });
  });
});

describe('the mock over the synthetic set', () => {
  // Generating the synthetic set (some 17,000 assessments) took over 5 s on a busy machine.
  it('answers scores, cities, progress and one assessment', async () => {
    mockDatabase.reset('synthetic');
    await signInAs('claire-coordinator');
    const assessmentCount = mockDatabase.dataSetInfo().assessmentCount;

    expect(await getJson('/scores')).toHaveLength(assessmentCount);
    expect(await getJson('/cities')).toHaveLength(2000);
    await getJson('/scores?roundId=2026');
    await getJson('/rounds/2026/progress');
    await getJson('/assessments/synthetic-1970-2025');
  }, 30_000);

  it('still parses in the app: a round of score rows through the HTTP data source', async () => {
    mockDatabase.reset('synthetic');
    await signInAs('sam-viewer');
    const rows = await api.listScoreRows({ roundId: '2025' });
    expect(rows.length).toBeGreaterThan(1800);
    expect(rows.every((row) => row.status === 'approved')).toBe(true);
    await expect(api.getAssessment('nowhere-2025')).rejects.toBeInstanceOf(ApiError);
  });
});
