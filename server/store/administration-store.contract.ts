/**
 * The administration part of the ContractStore contract (the audit log, and people, rounds and
 * cities changed by coordinators), run by `describeContractStore` against every store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../src/domain/account';
import { auditEntrySchema, type AuditEntry } from '../../src/domain/audit';
import type { City } from '../../src/domain/city';
import type { Round } from '../../src/domain/round';
import type { ContractStore, StoreSeed } from './contract-store';
import type { MakeStore, StoreUnderTest } from './contract-store.contract';

/** An entry appended `minute` minutes after 10:00, with the snapshots given. */
export function auditFixture(
  id: string,
  minute: number,
  fields: Partial<AuditEntry> = {},
): AuditEntry {
  return {
    id,
    at: `2026-11-30T10:${String(minute).padStart(2, '0')}:00.000Z`,
    actorId: 'claire',
    actorName: 'Claire Dubois',
    action: 'round.update',
    target: { kind: 'round', id: 'r2024' },
    before: { deadline: null },
    after: { deadline: '2026-12-31' },
    ...fields,
  };
}

export function describeAdministrationStore(seed: StoreSeed, makeStore: MakeStore): void {
  describe('administration', () => {
    let subject: StoreUnderTest | undefined;
    let store: ContractStore;

    beforeEach(async () => {
      subject = await makeStore(seed);
      store = subject.store;
    });

    afterEach(async () => {
      await subject?.close();
      subject = undefined;
    });

    describe('the audit log', () => {
      it('starts empty', async () => {
        expect(await store.listAuditEntries({ limit: 10 })).toStrictEqual([]);
      });

      it('answers entries newest first, each as appended, JSON snapshots whole', async () => {
        const created = auditFixture('a1', 1, {
          action: 'city.create',
          target: { kind: 'city', id: 'łódź' },
          before: null,
          after: {
            name: 'Łódź',
            names: { pl: 'Łódź' },
            coordinates: { lat: 51.759, lon: 19.456 },
            signed: null,
            archived: false,
            note: 'Council decision 12/2024 — "yes"',
          },
        });
        const archived = auditFixture('a2', 2, {
          action: 'city.archive',
          target: { kind: 'city', id: 'łódź' },
          before: { archived: false },
          after: { archived: true },
        });
        // Appended out of time order: the log is in the order entries were appended.
        const late = auditFixture('a3', 0, { after: null });
        for (const entry of [created, archived, late]) await store.appendAuditEntry(entry);
        const listed = await store.listAuditEntries({ limit: 10 });
        expect(listed).toStrictEqual([late, archived, created]);
        for (const entry of listed) expect(auditEntrySchema.parse(entry)).toStrictEqual(entry);
      });

      it('reads a page at a time: at most `limit`, before the entry given', async () => {
        const entries = Array.from({ length: 7 }, (_, index) =>
          auditFixture(`e${String(index)}`, index),
        );
        for (const entry of entries) await store.appendAuditEntry(entry);
        const newestFirst = [...entries].reverse().map(({ id }) => id);
        const page = async (limit: number, before?: string) =>
          (await store.listAuditEntries({ limit, before })).map(({ id }) => id);
        expect(await page(3)).toStrictEqual(newestFirst.slice(0, 3));
        expect(await page(3, 'e4')).toStrictEqual(['e3', 'e2', 'e1']);
        expect(await page(3, 'e1')).toStrictEqual(['e0']);
        expect(await page(3, 'e0')).toStrictEqual([]);
        expect(await page(3, 'unknown')).toStrictEqual([]);
        expect(await page(100)).toStrictEqual(newestFirst);
      });

      it('refuses a second entry with the same id, keeping the first', async () => {
        const first = auditFixture('same', 1);
        await store.appendAuditEntry(first);
        await expect(store.appendAuditEntry(auditFixture('same', 2))).rejects.toThrow();
        expect(await store.listAuditEntries({ limit: 10 })).toStrictEqual([first]);
      });
    });

    describe('people', () => {
      const invited: Account = {
        id: 'ines',
        name: 'Inès Moreau',
        role: 'member',
        cityId: 'ghent',
        email: 'ines@example.org',
        status: 'invited',
        language: 'fr',
        notificationsEnabled: true,
      };
      const entry = (id: string, action: AuditEntry['action']) =>
        auditFixture(id, 1, { action, target: { kind: 'user', id: invited.id } });
      const auditIds = async () =>
        (await store.listAuditEntries({ limit: 10 })).map(({ id }) => id);

      it('invites a person with the entry, unless the address or id is taken', async () => {
        expect(await store.insertAccount(invited, entry('a', 'user.invite'))).toBe(true);
        expect(await store.getAccount('ines')).toStrictEqual(invited);
        const sameAddress = { ...invited, id: 'other', name: 'Someone else' };
        expect(await store.insertAccount(sameAddress, entry('b', 'user.invite'))).toBe(false);
        const sameId = { ...invited, email: 'other@example.org' };
        expect(await store.insertAccount(sameId, entry('c', 'user.invite'))).toBe(false);
        // The refused invitations wrote neither a person nor an entry.
        expect(await store.getAccount('other')).toBeNull();
        expect(await store.findAccountByEmail('other@example.org')).toBeNull();
        expect(await auditIds()).toEqual(['a']);
      });

      it('changes a person with the entry, and their own choices without one', async () => {
        expect(await store.insertAccount(invited, entry('a', 'user.invite'))).toBe(true);
        const moved = { ...invited, role: 'coordinator' as const, cityId: null };
        await store.updateAccount(moved, entry('b', 'user.update'));
        const deactivated = { ...moved, status: 'deactivated' as const };
        await store.updateAccount(deactivated, entry('c', 'user.deactivate'));
        await store.updateAccount({ ...deactivated, notificationsEnabled: false }, null);
        expect(await store.getAccount('ines')).toStrictEqual({
          ...deactivated,
          notificationsEnabled: false,
        });
        expect(await auditIds()).toEqual(['c', 'b', 'a']);
      });
    });

    describe('rounds and cities', () => {
      const entry = (id: string) => auditFixture(id, 1);

      it('adds a round, with its entry, unless its id or year is taken', async () => {
        const planned: Round = {
          id: 'r2030',
          year: 2030,
          status: 'planned',
          deadline: '2031-01-31',
        };
        expect(await store.insertRound(planned, entry('a'))).toBe(true);
        expect(await store.getRound('r2030')).toStrictEqual(planned);
        expect(await store.insertRound({ ...planned, id: 'other' }, entry('b'))).toBe(false);
        expect(await store.insertRound({ ...planned, year: 2031 }, entry('c'))).toBe(false);
        expect((await store.listAuditEntries({ limit: 10 })).map(({ id }) => id)).toEqual(['a']);
      });

      it('changes a round only as it was seen, and never opens a second one', async () => {
        const rounds = await store.listRounds();
        const open = rounds.find((round) => round.status === 'open');
        const closed = rounds.find((round) => round.status === 'closed');
        if (!open || !closed) throw new Error('The seed has an open and a closed round');
        expect(await store.updateRound({ ...closed, status: 'open' }, closed, entry('a'))).toBe(
          false,
        );
        const closing = { ...open, status: 'closed' as const };
        expect(await store.updateRound(closing, open, entry('b'))).toBe(true);
        // Based on the round as it was before it closed: refused.
        expect(await store.updateRound({ ...open, deadline: null }, open, entry('c'))).toBe(false);
        expect(await store.updateRound({ ...closed, status: 'open' }, closed, entry('d'))).toBe(
          true,
        );
        expect(await store.getRound(open.id)).toStrictEqual(closing);
        expect((await store.listAuditEntries({ limit: 10 })).map(({ id }) => id)).toEqual([
          'd',
          'b',
        ]);
      });

      it('adds a city last and changes it only as it was seen, archived or not', async () => {
        const [first] = await store.listCities();
        if (!first) throw new Error('The seed has cities');
        const added: City = { ...first, id: 'new-city', name: 'New City', sourceNote: 'A note' };
        expect(await store.insertCity(added, entry('a'))).toBe(true);
        expect(await store.insertCity(added, entry('b'))).toBe(false);
        expect((await store.listCities()).at(-1)).toStrictEqual(added);
        const archived = { ...added, archived: true };
        expect(await store.updateCity(archived, added, entry('c'))).toBe(true);
        expect(await store.updateCity({ ...added, name: 'Stale' }, added, entry('d'))).toBe(false);
        expect(await store.getCity('new-city')).toStrictEqual(archived);
        expect(await store.updateCity(added, archived, entry('e'))).toBe(true);
        expect(await store.getCity('new-city')).toStrictEqual(added);
        expect((await store.listAuditEntries({ limit: 10 })).map(({ id }) => id)).toEqual([
          'e',
          'c',
          'a',
        ]);
      });
    });
  });
}
