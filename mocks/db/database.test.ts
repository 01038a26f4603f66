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
});
