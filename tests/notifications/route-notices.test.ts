/**
 * What the assessment routes tell the notifier (server/api/assessment-routes.ts): a stored
 * submission, return or approval, each once, with who made it and a return's comment; nothing
 * for a change the store refused. The notifier's own mail is tested in notifier.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { createDemoDatabase } from '../../mocks/db/demo-database';
import { memoryStorage } from '../../mocks/db/storage';
import { createApi } from '../../server/api/create-api';
import type { AssessmentChange } from '../../server/notifications/notifier';
import type { ContractStore } from '../../server/store/contract-store';
import { completeContent } from '../utils/assessment-fixture';

/** The API over the sample data set, with a notifier that keeps what it is told. */
function setUp(wrapStore: (store: ContractStore) => ContractStore = (store) => store) {
  const database = createDemoDatabase({ storage: memoryStorage() });
  const notices: AssessmentChange[] = [];
  const api = createApi({
    store: wrapStore(database.store),
    demoSignIn: true,
    publicRead: true,
    notifier: {
      assessmentChanged: (change) => notices.push(change),
      sendDueReminders: () => Promise.resolve(0),
      settled: () => Promise.resolve(),
    },
  });
  async function call(
    method: string,
    path: string,
    { token, ifMatch, json }: { token?: string; ifMatch?: string; json?: unknown } = {},
  ) {
    const headers = new Headers();
    if (token !== undefined) headers.set('Authorization', `Bearer ${token}`);
    if (ifMatch !== undefined) headers.set('If-Match', ifMatch);
    if (json !== undefined) headers.set('Content-Type', 'application/json');
    const response = await api.fetch(
      new Request(`http://localhost/api${path}`, {
        method,
        headers,
        body: json === undefined ? null : JSON.stringify(json),
      }),
    );
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }
  async function signIn(userId: string): Promise<string> {
    return String((await call('POST', '/session', { json: { userId } })).body.token);
  }
  return { call, signIn, notices };
}

const kasia = { id: 'kasia-warsaw', name: 'Kasia Nowak' };
const claire = { id: 'claire-coordinator', name: 'Claire Dubois' };

describe('the assessment routes tell the notifier', () => {
  it('of each stored submission, return and approval, by whom, with the comment', async () => {
    const { call, signIn, notices } = setUp();
    const member = await signIn(kasia.id);
    const coordinator = await signIn(claire.id);
    const path = '/assessments/warsaw-2026';
    await call('POST', '/assessments', {
      token: member,
      json: { cityId: 'warsaw', roundId: '2026' },
    });
    await call('PUT', path, { token: member, ifMatch: '"1"', json: completeContent() });
    expect(notices).toEqual([]);

    const submitted = await call('POST', `${path}/submit`, { token: member, ifMatch: '"2"' });
    const returned = await call('POST', `${path}/return`, {
      token: coordinator,
      json: { comment: 'Add the 2025 budget' },
    });
    await call('POST', `${path}/submit`, { token: member });
    const approved = await call('POST', `${path}/approve`, { token: coordinator });
    expect(approved.status).toBe(200);
    expect(notices).toStrictEqual([
      { kind: 'submitted', assessment: submitted.body, actor: kasia },
      {
        kind: 'returned',
        comment: 'Add the 2025 budget',
        assessment: returned.body,
        actor: claire,
      },
      expect.objectContaining({ kind: 'submitted', actor: kasia }),
      { kind: 'approved', assessment: approved.body, actor: claire },
    ]);
  });

  it('of nothing when the store refuses the change (another came first)', async () => {
    const { call, signIn, notices } = setUp((store) => ({
      ...store,
      updateAssessment: () => Promise.resolve(false),
    }));
    const coordinator = await signIn(claire.id);
    const approve = await call('POST', '/assessments/barcelona-2026/approve', {
      token: coordinator,
      ifMatch: '"3"',
    });
    expect(approve.status).toBe(409);
    expect(notices).toEqual([]);
  });
});
