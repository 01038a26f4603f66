/**
 * Backup and restore as one suite every store runs: a snapshot restored into an empty store
 * reads back as the same snapshot (ids, versions, history order, timestamps); a store that
 * holds data refuses a restore and changes nothing; users the store already has keep their
 * own record. Store-agnostic: it only calls the ContractStore interface.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Account } from '../../src/domain/account';
import type { Assessment } from '../../src/domain/assessment';
import type { HistoryEntry } from '../../src/domain/assessment-history';
import type { BackupContent } from '../../src/domain/backup';
import type { ContractStore, StoreSeed } from './contract-store';
import { createMemoryStore, type MemoryStore } from './memory-store';
import { contractSeed, type MakeStore, type StoreUnderTest } from './contract-store.contract';

/** A store with no city, round or assessment, but the users given (the first coordinator). */
export function emptySeed(users: StoreSeed['users'] = []): StoreSeed {
  return { cities: [], rounds: [], users, assessments: [] };
}

/** A memory store holding exactly `seed`, with no history. */
export function memoryStoreOf(seed: StoreSeed): MemoryStore {
  return createMemoryStore({
    data: {
      cities: [...seed.cities],
      rounds: [...seed.rounds],
      users: [...seed.users],
      assessments: [...seed.assessments],
      history: {},
      audit: [],
    },
  });
}

/** `memoryStoreOf` for the suites. */
export const makeMemoryStore: MakeStore = (seed) =>
  Promise.resolve({ store: memoryStoreOf(seed), close: () => Promise.resolve() });

const claire = { id: 'claire', name: 'Claire Dubois' };

/**
 * Writes history through the store as the API would: a new assessment (Athens, r2011 has
 * none) and two changes to it, and a return of Ghent's r2020 assessment; two entries of the
 * audit log; and an invited person with the third, their invitation.
 */
export async function recordSomeChanges(store: ContractStore): Promise<void> {
  const created: Assessment = {
    id: 'oslo-extra',
    cityId: 'athens',
    roundId: 'r2011',
    status: 'draft',
    version: 1,
    ratings: { PM1: { rating: 'partly', reason: '', evidence: 'Début', links: [] } },
    trends: {},
    targetGroups: ['eu_mobile_citizens'],
    reviewComment: null,
    updatedAt: '2024-03-01T08:00:00.000Z',
    updatedBy: claire,
    submittedAt: null,
    submittedBy: null,
  };
  const entry = (version: number, action: HistoryEntry['action'], at: string): HistoryEntry => ({
    version,
    action,
    at,
    actor: claire,
    changes: [{ field: 'ratings.PM1.rating', before: null, after: 'partly' }],
    comment: action === 'returned' ? 'Ajoutez des preuves' : null,
  });
  expect(await store.insertAssessment(created, entry(1, 'created', created.updatedAt))).toBe(true);
  const saved = { ...created, version: 2, updatedAt: '2024-03-02T09:15:30.123Z' };
  expect(await store.updateAssessment(saved, 1, entry(2, 'saved', saved.updatedAt))).toBe(true);
  const submitted = {
    ...saved,
    version: 3,
    status: 'submitted' as const,
    updatedAt: '2024-03-03T10:00:00.000Z',
    submittedAt: '2024-03-03T10:00:00.000Z',
    submittedBy: claire,
  };
  expect(
    await store.updateAssessment(submitted, 2, entry(3, 'submitted', submitted.updatedAt)),
  ).toBe(true);
  for (const [id, at] of [
    ['audit-1', '2024-02-01T10:00:00.000Z'],
    ['audit-2', '2024-02-02T11:30:00.500Z'],
  ] as const) {
    await store.appendAuditEntry({
      id,
      at,
      actorId: claire.id,
      actorName: claire.name,
      action: 'round.update',
      target: { kind: 'round', id: 'r2024' },
      before: { id: 'r2024', year: 2024, status: 'closed' },
      after: id === 'audit-1' ? { id: 'r2024', note: null, tags: ['a', 1, true] } : null,
    });
  }
  // An invited person, so that every account column holds a value a backup must carry, with
  // the third audit entry, their invitation.
  const invited: Account = {
    id: 'invited-member',
    name: 'Zofia Łęcka',
    role: 'member',
    cityId: 'athens',
    email: 'zofia@example.org',
    status: 'invited',
    language: 'de',
    notificationsEnabled: false,
  };
  expect(
    await store.insertAccount(invited, {
      id: 'audit-3',
      at: '2024-02-03T09:00:00.000Z',
      actorId: claire.id,
      actorName: claire.name,
      action: 'user.invite',
      target: { kind: 'user', id: invited.id },
      before: null,
      after: invited,
    }),
  ).toBe(true);
  const returned = await store.getAssessment('ghent-r2020');
  if (!returned) throw new Error('The contract seed has ghent-r2020');
  expect(
    await store.updateAssessment(
      { ...returned, version: returned.version + 1, updatedAt: '2024-04-01T00:00:00.000Z' },
      returned.version,
      entry(returned.version + 1, 'returned', '2024-04-01T00:00:00.000Z'),
    ),
  ).toBe(true);
}

/** A snapshot's content through JSON, as a backup file carries it. */
function throughJson(content: BackupContent): BackupContent {
  return JSON.parse(JSON.stringify(content)) as BackupContent;
}

export function describeBackupStore(name: string, makeStore: MakeStore): void {
  describe(`${name} backs up and restores`, () => {
    // Stores opened one after another may share a database (the PostgreSQL tests' stores
    // do): each test is done with a store before it opens the next.
    const opened: StoreUnderTest[] = [];
    async function open(seed: StoreSeed): Promise<ContractStore> {
      const subject = await makeStore(seed);
      opened.push(subject);
      return subject.store;
    }
    afterEach(async () => {
      for (const subject of opened.splice(0)) await subject.close();
    });

    it('restores a snapshot into an empty store that then reads back the same', async () => {
      const source = await open(contractSeed);
      await recordSomeChanges(source);
      const before = throughJson(await source.snapshot());
      expect(before.history['oslo-extra']?.map((entry) => entry.version)).toEqual([1, 2, 3]);
      expect(before.assessments).toHaveLength(contractSeed.assessments.length + 1);

      const empty = await open(emptySeed());
      expect(await empty.restore(before)).toEqual({
        cities: 4,
        rounds: 4,
        users: 5,
        assessments: 9,
        historyEntries: 4,
        auditEntries: 3,
      });
      const after = throughJson(await empty.snapshot());
      expect(after).toEqual(before);
      // The lists read back in the same order, and the restored rows work as any other.
      expect(await empty.listHistory('oslo-extra')).toEqual(
        [...(before.history['oslo-extra'] ?? [])].reverse(),
      );
      const restored = await empty.getAssessment('oslo-extra');
      if (!restored) throw new Error('The restored assessment is missing');
      expect(await empty.updateAssessment({ ...restored, version: 4 }, 2, anyEntry(4))).toBe(false);
      expect(await empty.updateAssessment({ ...restored, version: 4 }, 3, anyEntry(4))).toBe(true);
    });

    it('refuses to restore into a store that holds data, changing nothing', async () => {
      const source = await open(contractSeed);
      const snapshot = throughJson(await source.snapshot());
      expect(await source.restore({ ...snapshot, users: [] })).toBeNull();
      expect(throughJson(await source.snapshot())).toEqual(snapshot);

      // One round is enough to make a store not empty.
      const withRound = await open({ ...emptySeed(), rounds: contractSeed.rounds.slice(0, 1) });
      expect(await withRound.restore(snapshot)).toBeNull();
      expect(await withRound.listCities()).toEqual([]);
    });

    it('keeps the users and audit entries a store has, adding the others after them', async () => {
      const source = await open(contractSeed);
      await recordSomeChanges(source);
      const snapshot = throughJson(await source.snapshot());
      const firstCoordinator = { id: 'sam', name: 'Sam T.', role: 'coordinator', cityId: null };
      const newcomer = { id: 'nadia', name: 'Nadia Haddad', role: 'viewer', cityId: null };
      const target = await open(emptySeed([newcomer, firstCoordinator] as StoreSeed['users']));
      const [first, second] = snapshot.audit;
      if (!first || !second) throw new Error('recordSomeChanges appends two audit entries');
      const invited = { ...second, id: 'audit-0', action: 'city.create' as const };
      await target.appendAuditEntry(invited);
      await target.appendAuditEntry({ ...first, actorName: 'Kept as it was' });
      const restoring = { ...invited, id: 'audit-4', action: 'backup.restore' as const };
      expect(await target.restore(snapshot, restoring)).toMatchObject({
        users: 4,
        auditEntries: 3,
      });
      expect((await target.snapshot()).audit.map(({ id, actorName }) => [id, actorName])).toEqual([
        ['audit-0', 'Claire Dubois'],
        ['audit-1', 'Kept as it was'],
        ['audit-2', 'Claire Dubois'],
        ['audit-3', 'Claire Dubois'],
        ['audit-4', 'Claire Dubois'],
      ]);
      expect((await target.listUsers()).map(({ id, name }) => `${id}: ${name}`)).toEqual([
        'nadia: Nadia Haddad',
        'sam: Sam T.',
        'claire: Claire Dubois',
        'lotte: Lotte Peeters',
        'zoran: Zoran Horvat',
        'invited-member: Zofia Łęcka',
      ]);
    });
  });
}

function anyEntry(version: number): HistoryEntry {
  return {
    version,
    action: 'saved',
    at: '2024-05-01T00:00:00.000Z',
    actor: claire,
    changes: [],
    comment: null,
  };
}

/**
 * Restores `first`'s snapshot into an empty `second` store and back into an empty `first`
 * one: all three snapshots are the same (memory -> PostgreSQL -> memory, say).
 */
export async function roundTripAcross(first: MakeStore, second: MakeStore): Promise<void> {
  const stores: StoreUnderTest[] = [];
  try {
    const source = await first(contractSeed);
    stores.push(source);
    await recordSomeChanges(source.store);
    const original = throughJson(await source.store.snapshot());
    const middle = await second(emptySeed());
    stores.push(middle);
    await middle.store.restore(original);
    const there = throughJson(await middle.store.snapshot());
    const back = await first(emptySeed());
    stores.push(back);
    await back.store.restore(there);
    expect(there).toEqual(original);
    expect(throughJson(await back.store.snapshot())).toEqual(original);
  } finally {
    for (const subject of stores) await subject.close();
  }
}
