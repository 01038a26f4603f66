/**
 * The store's part of the import of past rounds (`importPastRounds`), run by every store from
 * `describeContractStore` over its seed (server/store/contract-store.contract.ts): oslo and
 * ghent have approved assessments in r2015 (ghent's at version 4); no round of 2013 exists.
 */
import { describe, expect, it } from 'vitest';
import { emptyAssessmentContent } from '../../src/domain/assessment';
import { auditEntryOf } from '../../src/domain/audit';
import { importedAssessment } from '../../src/domain/workflow';
import type { ContractStore, ImportBatch } from './contract-store';

const change = { actor: { id: 'claire', name: 'Claire Dubois' }, at: '2026-11-30T10:00:00.000Z' };
const content = {
  ...emptyAssessmentContent(),
  ratings: { PM1: { rating: 'partly' as const, reason: '', evidence: 'Imported', links: [] } },
};
/** Numbers the batches' audit entries, each id once. */
let audits = 0;
const r2013 = { id: 'r2013', year: 2013, status: 'closed' as const, deadline: null };

/** Creates r2013 with oslo's assessment, and replaces ghent's of r2015 planned from `basedOn`. */
async function batch(store: ContractStore, basedOn = 4): Promise<ImportBatch> {
  const ghent = await store.getAssessment('ghent-r2015');
  if (!ghent) throw new Error('The seed has ghent-r2015');
  return {
    rounds: [r2013],
    created: [importedAssessment(null, { cityId: 'oslo', roundId: 'r2013' }, content, change)],
    changed: [
      {
        transition: importedAssessment({ ...ghent, version: basedOn }, ghent, content, change),
        basedOn,
      },
    ],
    audit: auditEntryOf(
      {
        actor: change.actor,
        action: 'import.run',
        target: { kind: 'import', id: '2013 2015' },
        before: null,
        after: { created: ['oslo-r2013'], changed: ['ghent-r2015'] },
      },
      `import-${String(basedOn)}-${String(++audits)}`,
      new Date(change.at),
    ),
  };
}

export function describeImportStore(getStore: () => ContractStore): void {
  describe('importing past rounds', () => {
    it('writes the rounds, new and changed assessments and their history together', async () => {
      const store = getStore();
      expect(await store.importPastRounds(await batch(store))).toBe(true);
      expect(await store.getRound('r2013')).toEqual(r2013);
      expect(await store.getAssessment('oslo-r2013')).toMatchObject({
        status: 'approved',
        version: 1,
        ratings: content.ratings,
      });
      expect(await store.getAssessment('ghent-r2015')).toMatchObject({
        status: 'approved',
        version: 5,
        ratings: content.ratings,
      });
      expect((await store.listHistory('ghent-r2015'))[0]).toMatchObject({
        version: 5,
        action: 'imported',
        actor: change.actor,
      });
      expect(await store.listHistory('oslo-r2013')).toHaveLength(1);
      expect(await store.listAuditEntries({ limit: 5 })).toMatchObject([
        { action: 'import.run', actorId: 'claire', after: { changed: ['ghent-r2015'] } },
      ]);
    });

    it('writes nothing when anything moved since the import was planned', async () => {
      const store = getStore();
      const before = {
        rounds: await store.listRounds(),
        assessments: await store.listAssessments({ scope: { kind: 'all' } }),
      };
      // Ghent's assessment is no longer at version 3.
      expect(await store.importPastRounds(await batch(store, 3))).toBe(false);
      // The round's year is taken by then.
      expect(
        await store.importPastRounds({
          ...(await batch(store)),
          rounds: [{ ...r2013, id: 'other', year: 2015 }],
        }),
      ).toBe(false);
      // Oslo has an assessment for r2015 already.
      const taken = importedAssessment(null, { cityId: 'oslo', roundId: 'r2015' }, content, change);
      expect(await store.importPastRounds({ ...(await batch(store)), created: [taken] })).toBe(
        false,
      );
      expect({
        rounds: await store.listRounds(),
        assessments: await store.listAssessments({ scope: { kind: 'all' } }),
      }).toEqual(before);
      expect(await store.listHistory('ghent-r2015')).toEqual([]);
      expect(await store.listAuditEntries({ limit: 5 })).toEqual([]);
    });
  });
}
