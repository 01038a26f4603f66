/**
 * The PostgreSQL store's aggregates against the memory store's on the sample data set (30
 * cities, six rounds, every status): the same doubles, not merely close ones, for every kind
 * of reader, with and without unapproved assessments. PostgreSQL computes them in SQL
 * (server/store/postgres-aggregates.ts), the memory store with the domain's functions; both
 * add the cities' scores in the order the cities were added. On PGlite always, and on the
 * PostgreSQL server DATABASE_URL names when set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDataSetSeed } from '../../mocks/seed/data-sets';
import type { ReadScope } from '../../src/domain/permissions';
import type { ContractStore } from '../../server/store/contract-store';
import { createMemoryStore } from '../../server/store/memory-store';
import { migrate } from '../../server/store/migrate';
import { replaceStoreData } from '../../server/store/postgres-rows';
import { createPostgresStore } from '../../server/store/postgres-store';
import type { SqlClient } from '../../server/store/sql-client';
import { testDatabases } from '../../server/store/test-schema';

/** A coordinator, Ghent's member (a draft in 2026), and a viewer. */
const readers: [string, ReadScope][] = [
  ['a coordinator', { kind: 'all' }],
  ['a member', { kind: 'approved-or-city', cityId: 'ghent' }],
  ['a viewer', { kind: 'approved-or-city', cityId: null }],
];

for (const target of testDatabases('store_parity')) {
  describe.skipIf(target.skip)(`aggregates on ${target.name} and in memory`, () => {
    const seed = demoDataSetSeed('sample');
    const memory = createMemoryStore({ data: { ...seed, history: {}, audit: [] } });
    let client: SqlClient | undefined;
    let postgres: ContractStore;

    beforeAll(async () => {
      client = await target.open();
      await migrate(client);
      await replaceStoreData(client, seed);
      postgres = createPostgresStore(client);
    });

    afterAll(async () => {
      await client?.close();
    });

    describe.each(readers)('for %s', (_reader, scope) => {
      it.each([false, true])('are equal, includeUnapproved %s', async (includeUnapproved) => {
        const query = { scope, includeUnapproved };
        const aggregates = await memory.roundAggregates(query);
        // The sample set's rounds all have approved assessments: none is left out.
        expect(aggregates.map(({ roundId }) => roundId)).toStrictEqual(
          seed.rounds.map(({ id }) => id).sort(),
        );
        expect(await postgres.roundAggregates(query)).toStrictEqual(aggregates);
        for (const { roundId } of aggregates) {
          const inRound = { ...query, roundId };
          expect(await postgres.roundAggregates(inRound)).toStrictEqual(
            await memory.roundAggregates(inRound),
          );
          expect(await postgres.cityScores(inRound)).toStrictEqual(
            await memory.cityScores(inRound),
          );
          expect(await postgres.trendLeaders(inRound, 8)).toStrictEqual(
            await memory.trendLeaders(inRound, 8),
          );
        }
      });
    });
  });
}
