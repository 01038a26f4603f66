/**
 * The PostgreSQL store against the contract suite, and the schema's own integrity, on PGlite
 * (always) and on a PostgreSQL server when DATABASE_URL names one (CI starts a throwaway
 * cluster), each in a schema of its own that is dropped afterwards. One PGlite instance for the
 * whole file: it takes seconds and a gigabyte to start.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeBackupStore, makeMemoryStore, roundTripAcross } from './backup-store.contract';
import { describeContractStore, contractSeed, type MakeStore } from './contract-store.contract';
import { describePostgresBackupCoverage } from './postgres-backup.contract';
import { migrate, pendingMigrations, readMigrations } from './migrate';
import { replaceStoreData } from './postgres-rows';
import { createPostgresStore } from './postgres-store';
import type { SqlClient } from './sql-client';
import { testDatabases } from './test-schema';

const targets = testDatabases('store_test');

/** A valid assessment row as columns, to break one rule at a time. */
function assessmentRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'direct',
    city_id: 'oslo',
    round_id: 'r2011',
    status: 'draft',
    version: 1,
    ratings: JSON.stringify({
      PM1: { rating: 'fully', reason: '', evidence: '', links: ['https://example.org'] },
      PM2: { rating: null, reason: '', evidence: 'Soon', links: [] },
    }),
    trends: JSON.stringify({ mainstreaming: { status: null, example: '' } }),
    target_groups: ['irregular_status'],
    updated_at: '2024-01-01T00:00:00.000Z',
    updated_by_id: 'claire',
    updated_by_name: 'Claire Dubois',
    ...overrides,
  };
}

for (const target of targets) {
  describe.skipIf(target.skip)(target.name, () => {
    let connection: SqlClient | undefined;
    const client = (): SqlClient => {
      if (!connection) throw new Error('The database did not open');
      return connection;
    };

    beforeAll(async () => {
      connection = await target.open();
      await migrate(connection);
    });

    afterAll(async () => {
      await connection?.close();
    });

    const makeStore: MakeStore = async (seed) => {
      await replaceStoreData(client(), seed);
      // The store holds nothing of its own; the connection stays open for the next test.
      return { store: createPostgresStore(client()), close: () => Promise.resolve() };
    };
    describeContractStore(target.name, makeStore);
    describeBackupStore(target.name, makeStore);
    describePostgresBackupCoverage(client);

    it('restores a memory store’s backup, whose own backup restores into memory the same', () =>
      roundTripAcross(makeMemoryStore, makeStore));

    describe('the database itself refuses', () => {
      beforeEach(async () => {
        await replaceStoreData(client(), contractSeed);
      });

      async function insertAssessment(overrides: Record<string, unknown> = {}) {
        const row = assessmentRow(overrides);
        const columns = Object.keys(row);
        await client().query(
          `INSERT INTO assessments (${columns.join(', ')})
           VALUES (${columns.map((_, index) => `$${index + 1}`).join(', ')})`,
          Object.values(row),
        );
      }

      const checkViolation = { code: '23514' };

      it('nothing about a valid row (the baseline of the cases below)', async () => {
        await insertAssessment();
        const { rows } = await client().query<{ id: string }>(
          "SELECT id FROM assessments WHERE id = 'direct'",
        );
        expect(rows).toStrictEqual([{ id: 'direct' }]);
      });

      it('an unknown assessment status', async () => {
        await expect(insertAssessment({ status: 'pending' })).rejects.toMatchObject(checkViolation);
      });

      it('a rating off the scale, an unknown commitment, or an answer missing a part', async () => {
        const ratings = (answers: Record<string, unknown>) => ({
          ratings: JSON.stringify(answers),
        });
        const answer = { rating: 'fully', reason: '', evidence: '', links: [] };
        await expect(
          insertAssessment(ratings({ PM1: { ...answer, rating: 'mostly' } })),
        ).rejects.toMatchObject(checkViolation);
        await expect(insertAssessment(ratings({ XX9: answer }))).rejects.toMatchObject(
          checkViolation,
        );
        await expect(
          insertAssessment(ratings({ PM1: { rating: 'fully', evidence: '', links: [] } })),
        ).rejects.toMatchObject(checkViolation);
        await expect(
          insertAssessment(ratings({ PM1: { ...answer, links: ['https://a.example', 7] } })),
        ).rejects.toMatchObject(checkViolation);
        await expect(
          insertAssessment(ratings({ PM1: { ...answer, extra: true } })),
        ).rejects.toMatchObject(checkViolation);
        await expect(insertAssessment({ ratings: '[]' })).rejects.toMatchObject(checkViolation);
      });

      it('a trend status off the scale or an unknown trend', async () => {
        const trends = (answers: Record<string, unknown>) => ({ trends: JSON.stringify(answers) });
        await expect(
          insertAssessment(trends({ mainstreaming: { status: 'widespread', example: '' } })),
        ).rejects.toMatchObject(checkViolation);
        await expect(
          insertAssessment(trends({ trend_nine: { status: 'emerging', example: '' } })),
        ).rejects.toMatchObject(checkViolation);
      });

      it('an unknown or repeated target group', async () => {
        await expect(insertAssessment({ target_groups: ['tourists'] })).rejects.toMatchObject(
          checkViolation,
        );
        await expect(
          insertAssessment({ target_groups: ['irregular_status', 'irregular_status'] }),
        ).rejects.toMatchObject(checkViolation);
      });

      it('a second assessment for the same city and round', async () => {
        await expect(
          insertAssessment({ id: 'oslo-r2015-again', round_id: 'r2015' }),
        ).rejects.toMatchObject({ code: '23505' });
      });

      it('an assessment of an unknown city or round', async () => {
        await expect(insertAssessment({ city_id: 'atlantis' })).rejects.toMatchObject({
          code: '23503',
        });
        await expect(insertAssessment({ round_id: 'r1999' })).rejects.toMatchObject({
          code: '23503',
        });
      });

      it("a city's names that are not an object of language codes to names", async () => {
        const insertCity = (names: string, localLanguages: string[] = []) =>
          client().query(
            `INSERT INTO cities (id, name, names, local_languages, country_code, lat, lon)
             VALUES ('lodz', 'Lodz', $1::jsonb, $2, 'PL', 51.759, 19.456)`,
            [names, localLanguages],
          );
        for (const names of [
          '[]',
          '"Łódź"',
          'null',
          '{"pl": ""}',
          '{"pl": 7}',
          '{"pl": ["Łódź"]}',
          '{"PL": "Łódź"}',
          '{"pl-PL": "Łódź"}',
          '{"polish": "Łódź"}',
          '{"en": "Lodz"}',
        ]) {
          expect({
            names,
            error: await insertCity(names).catch((error: unknown) => error),
          }).toMatchObject({ names, error: checkViolation });
        }
        // Local languages: each a language code, once, English or with a name in `names`.
        for (const languages of [['de'], ['pl', 'pl'], ['PL'], ['']]) {
          await expect(insertCity('{"pl": "Łódź"}', languages)).rejects.toMatchObject(
            checkViolation,
          );
        }
        await insertCity('{"pl": "Łódź", "de": "Lodz"}', ['pl', 'en']);
        const { rows } = await client().query<{ names: unknown; local_languages: unknown }>(
          "SELECT names, local_languages FROM cities WHERE id = 'lodz'",
        );
        expect(rows).toStrictEqual([
          { names: { pl: 'Łódź', de: 'Lodz' }, local_languages: ['pl', 'en'] },
        ]);
      });

      it('a round status, user role or history action outside its set', async () => {
        await expect(
          client().query("INSERT INTO rounds (id, year, status) VALUES ('r2030', 2030, 'paused')"),
        ).rejects.toMatchObject(checkViolation);
        await expect(
          client().query("INSERT INTO users (id, name, role) VALUES ('eve', 'Eve', 'admin')"),
        ).rejects.toMatchObject(checkViolation);
        await expect(
          client().query(
            `INSERT INTO assessment_history
               (assessment_id, version, action, at, actor_id, actor_name, changes)
             VALUES ('oslo-r2015', 4, 'deleted', now(), 'claire', 'Claire', '[]')`,
          ),
        ).rejects.toMatchObject(checkViolation);
      });

      it('a second history entry for one version', async () => {
        const entry = `INSERT INTO assessment_history
            (assessment_id, version, action, at, actor_id, actor_name, changes)
          VALUES ('oslo-r2015', 4, 'saved', now(), 'claire', 'Claire', '[]')`;
        await client().query(entry);
        await expect(client().query(entry)).rejects.toMatchObject({ code: '23505' });
      });
    });

    describe('the answer views for aggregates', () => {
      it('give one row per answer, unrated answers as NULL', async () => {
        await replaceStoreData(client(), contractSeed);
        const { rows } = await client().query<{ commitment_id: string; rating: string | null }>(
          `SELECT commitment_id, rating FROM rating_answers
           WHERE assessment_id = 'oslo-r2024' ORDER BY commitment_id`,
        );
        expect(rows).toStrictEqual([
          { commitment_id: 'BU2', rating: 'not_applicable' },
          { commitment_id: 'PM1', rating: 'fully' },
          { commitment_id: 'PM2', rating: null },
        ]);
        const { rows: trends } = await client().query<{ trend_id: string; status: string | null }>(
          `SELECT trend_id, status FROM trend_answers
           WHERE assessment_id = 'oslo-r2024' ORDER BY trend_id`,
        );
        expect(trends).toStrictEqual([
          { trend_id: 'mainstreaming', status: null },
          { trend_id: 'participation', status: 'established' },
        ]);
      });

      it('score each assessment per role and overall, as src/domain/scoring does', async () => {
        await replaceStoreData(client(), contractSeed);
        const { rows } = await client().query<Record<string, unknown>>(
          `SELECT assessment_id, policymaker, service_provider, employer, buyer, overall
           FROM assessment_scores
           WHERE assessment_id IN ('oslo-r2024', 'athens-r2024', 'ghent-r2015', 'zagreb-r2020')
           ORDER BY assessment_id`,
        );
        // By hand (server/store/contract-store.contract.ts): athens rated nothing; ghent PM
        // (100+50+0)/3, SP not applicable or not assessed, EM (100+100)/2 with EM3 unanswered,
        // BU (0+50+100)/3, overall (50+100+50)/3; oslo's draft PM1 fully and PM2 unrated;
        // zagreb PM 100, SP 50, EM not applicable, BU unanswered, overall (100+50)/2.
        expect(rows).toEqual([
          {
            assessment_id: 'athens-r2024',
            policymaker: null,
            service_provider: null,
            employer: null,
            buyer: null,
            overall: null,
          },
          {
            assessment_id: 'ghent-r2015',
            policymaker: 50,
            service_provider: null,
            employer: 100,
            buyer: 50,
            overall: expect.closeTo(200 / 3, 9) as unknown,
          },
          {
            assessment_id: 'oslo-r2024',
            policymaker: 100,
            service_provider: null,
            employer: null,
            buyer: null,
            overall: 100,
          },
          {
            assessment_id: 'zagreb-r2020',
            policymaker: 100,
            service_provider: 50,
            employer: null,
            buyer: null,
            overall: 75,
          },
        ]);
      });
    });

    describe('migrations', () => {
      it('leaves none pending and applies none twice', async () => {
        expect(await pendingMigrations(client())).toStrictEqual([]);
        expect(await migrate(client())).toStrictEqual([]);
      });

      it('rolls a failing migration back whole, leaving it pending', async () => {
        const failing = {
          name: '9999_failing.sql',
          sql: 'CREATE TABLE half_done (id int); SELECT 1 / 0;',
          checksum: 'test',
        };
        const migrations = [...(await readMigrations()), failing];
        await expect(migrate(client(), migrations)).rejects.toMatchObject({ code: '22012' });
        const { rows } = await client().query<{ exists: boolean }>(
          "SELECT to_regclass('half_done') IS NOT NULL AS exists",
        );
        expect(rows).toStrictEqual([{ exists: false }]);
        expect(await pendingMigrations(client(), migrations)).toStrictEqual(['9999_failing.sql']);
      });

      it('refuses to run when an applied migration was edited since', async () => {
        const [first, ...rest] = await readMigrations();
        if (!first) throw new Error('No migration files');
        const edited = [{ ...first, checksum: 'edited' }, ...rest];
        await expect(migrate(client(), edited)).rejects.toThrow(/0001_initial\.sql/);
      });
    });
  });
}
