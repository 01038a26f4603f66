import { describe, expect, it } from 'vitest';
import { createMockDatabase } from './database';
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
});
