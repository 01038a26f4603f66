import { describe, expect, it } from 'vitest';
import { createMockDatabase } from './database';
import { MockApiError } from './mock-api-error';
import { memoryStorage } from './storage';

describe('the mock API store', () => {
  it('keeps changes in its storage, so a new store (a reload) finds them', () => {
    const storage = memoryStorage();
    const first = createMockDatabase({ storage });
    const { user } = first.signIn({ userId: 'kasia-warsaw' });
    first.createAssessment(user, { cityId: 'warsaw', roundId: '2026' });

    const reloaded = createMockDatabase({ storage });
    expect(reloaded.listAssessments(user, { cityId: 'warsaw' })).toHaveLength(1);
  });

  it('starts from the seed when the stored state is unreadable', () => {
    const storage = memoryStorage();
    storage.save({ cities: 'broken' });
    const db = createMockDatabase({ storage });
    expect(db.listCities()).toHaveLength(30);
  });

  it('restores the seed on reset, keeping sessions', () => {
    const db = createMockDatabase({ storage: memoryStorage() });
    const { user, token } = db.signIn({ userId: 'kasia-warsaw' });
    db.createAssessment(user, { cityId: 'warsaw', roundId: '2026' });
    db.reset();
    expect(db.listAssessments(user, { cityId: 'warsaw' })).toHaveLength(0);
    expect(db.authenticate(token)).toEqual(user);
  });

  it('loads a state persisted before history was recorded, with an empty history', () => {
    const storage = memoryStorage();
    const first = createMockDatabase({ storage });
    const { user } = first.signIn({ userId: 'kasia-warsaw' });
    first.createAssessment(user, { cityId: 'warsaw', roundId: '2026' });
    const persisted = storage.load() as Record<string, unknown>;
    expect(persisted).toHaveProperty('history');
    storage.save(
      Object.fromEntries(Object.entries(persisted).filter(([key]) => key !== 'history')),
    );

    const reloaded = createMockDatabase({ storage });
    expect(reloaded.getAssessment(user, 'warsaw-2026')).toMatchObject({ cityId: 'warsaw' });
    expect(reloaded.getAssessmentHistory(user, 'warsaw-2026')).toEqual([]);
  });

  it('records each change with its version, time and actor, and forgets it on reset', () => {
    const db = createMockDatabase({
      storage: memoryStorage(),
      now: () => new Date('2026-10-05T09:30:00.000Z'),
    });
    const { user } = db.signIn({ userId: 'kasia-warsaw' });
    const created = db.createAssessment(user, { cityId: 'warsaw', roundId: '2026' });
    db.saveAssessment(user, created.id, '"1"', { ...created, targetGroups: ['irregular_status'] });
    expect(db.getAssessmentHistory(user, created.id)).toEqual([
      {
        version: 2,
        action: 'saved',
        at: '2026-10-05T09:30:00.000Z',
        actor: { id: 'kasia-warsaw', name: 'Kasia Nowak' },
        changes: [{ field: 'targetGroups', before: [], after: ['irregular_status'] }],
        comment: null,
      },
      {
        version: 1,
        action: 'created',
        at: '2026-10-05T09:30:00.000Z',
        actor: { id: 'kasia-warsaw', name: 'Kasia Nowak' },
        changes: [],
        comment: null,
      },
    ]);
    db.reset();
    const again = db.createAssessment(user, { cityId: 'warsaw', roundId: '2026' });
    expect(db.getAssessmentHistory(user, again.id).map((entry) => entry.action)).toEqual([
      'created',
    ]);
  });

  it('starts seeded assessments with an empty history', () => {
    const db = createMockDatabase({ storage: memoryStorage() });
    const { user } = db.signIn({ userId: 'lotte-ghent' });
    expect(db.getAssessment(user, 'ghent-2026').version).toBeGreaterThan(0);
    expect(db.getAssessmentHistory(user, 'ghent-2026')).toEqual([]);
  });

  it('counts text as a person does: 1,995 letters and a family emoji save, 2,001 do not', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}';
    const db = createMockDatabase({ storage: memoryStorage() });
    const { user } = db.signIn({ userId: 'kasia-warsaw' });
    const created = db.createAssessment(user, { cityId: 'warsaw', roundId: '2026' });
    const withEvidence = (evidence: string) => ({
      ...created,
      ratings: { PM1: { rating: 'fully', reason: '', evidence, links: [] } },
    });

    const saved = db.saveAssessment(
      user,
      created.id,
      '"1"',
      withEvidence('a'.repeat(1995) + family),
    );
    expect(saved.ratings.PM1?.evidence).toBe('a'.repeat(1995) + family);
    expect(() =>
      db.saveAssessment(user, created.id, '"2"', withEvidence('a'.repeat(2000) + family)),
    ).toThrow(MockApiError);
    expect(db.getAssessment(user, created.id).version).toBe(2);
  });
});

describe('the data sets', () => {
  it('serves the sample set unless another was chosen, and says whether it keeps changes', () => {
    const db = createMockDatabase({ storage: memoryStorage() });
    expect(db.dataSetInfo()).toEqual({
      dataSet: 'sample',
      persistence: 'stored',
      cityCount: 30,
      roundCount: 6,
      assessmentCount: expect.any(Number) as number,
    });
  });

  it('switches to the synthetic set in memory only, keeping sessions and the stored sample', () => {
    const storage = memoryStorage();
    const db = createMockDatabase({ storage });
    const { user, token } = db.signIn({ userId: 'kasia-warsaw' });
    db.createAssessment(user, { cityId: 'warsaw', roundId: '2026' });
    const storedSample = storage.load();

    expect(db.selectDataSet({ dataSet: 'synthetic' })).toMatchObject({
      dataSet: 'synthetic',
      persistence: 'memory',
      cityCount: 2000,
      roundCount: 10,
    });
    expect(db.authenticate(token)).toEqual(user);
    expect(db.listAssessments(user, { cityId: 'warsaw', roundId: '2026' })).toHaveLength(0);
    db.createAssessment(user, { cityId: 'warsaw', roundId: '2026' });
    expect(storage.load()).toEqual(storedSample);

    // Back on the sample set, its stored changes are there again.
    db.selectDataSet({ dataSet: 'sample' });
    expect(db.listAssessments(user, { cityId: 'warsaw', roundId: '2026' })).toHaveLength(1);
  });

  it('refuses an unknown data set, changing nothing', () => {
    const db = createMockDatabase({ storage: memoryStorage() });
    expect(() => db.selectDataSet({ dataSet: 'everything' })).toThrow(
      expect.objectContaining({ code: 'validation_failed' }),
    );
    expect(db.dataSetInfo().dataSet).toBe('sample');
  });

  it('remembers the choice and keeps sessions over a reload; synthetic changes are gone', () => {
    const storage = memoryStorage();
    const sessions = memoryStorage();
    const dataSetChoice = memoryStorage();
    const first = createMockDatabase({ storage, sessions, dataSetChoice, dataSet: 'synthetic' });
    const { user, token } = first.signIn({ userId: 'kasia-warsaw' });
    first.createAssessment(user, { cityId: 'warsaw', roundId: '2026' });

    const reloaded = createMockDatabase({ storage, sessions, dataSetChoice });
    expect(reloaded.dataSetInfo().dataSet).toBe('synthetic');
    expect(reloaded.authenticate(token)).toEqual(user);
    expect(reloaded.listAssessments(user, { cityId: 'warsaw', roundId: '2026' })).toHaveLength(0);
  });

  it('keeps the sessions of a state stored before sessions had their own storage', () => {
    const storage = memoryStorage();
    const first = createMockDatabase({ storage });
    const { user } = first.signIn({ userId: 'kasia-warsaw' });
    first.createAssessment(user, { cityId: 'warsaw', roundId: '2026' });
    storage.save({ ...(storage.load() as object), sessions: { 'old-token': user.id } });

    expect(createMockDatabase({ storage }).authenticate('old-token')).toEqual(user);
  });

  it('resets the data set in use, or the one named', () => {
    const db = createMockDatabase({ storage: memoryStorage(), dataSet: 'synthetic' });
    const { user } = db.signIn({ userId: 'kasia-warsaw' });
    db.createAssessment(user, { cityId: 'warsaw', roundId: '2026' });
    db.reset();
    expect(db.dataSetInfo().dataSet).toBe('synthetic');
    expect(db.listAssessments(user, { cityId: 'warsaw', roundId: '2026' })).toHaveLength(0);
    db.reset('sample');
    expect(db.dataSetInfo()).toMatchObject({ dataSet: 'sample', cityCount: 30 });
  });

  it('answers by round from its index, also right after a change', () => {
    const db = createMockDatabase({ storage: memoryStorage(), dataSet: 'synthetic' });
    const { user } = db.signIn({ userId: 'claire-coordinator' });
    const { user: member } = db.signIn({ userId: 'kasia-warsaw' });
    const before = db.listScoreRows(user, { roundId: '2026' }).length;
    db.createAssessment(member, { cityId: 'warsaw', roundId: '2026' });
    expect(db.listScoreRows(user, { roundId: '2026' })).toHaveLength(before + 1);
    expect(db.roundProgress('2026').notStarted).toBe(
      db.roundProgress('2026').expectedCities - before - 1,
    );
    expect(db.getAssessment(member, 'warsaw-2026').status).toBe('draft');
  });
});
