/**
 * The contract of the import of past rounds (docs/api.md, "Import of past rounds"), run
 * against every store from `describeApiContract`, which resets the sample data set before each
 * test. Files are built here: CSV text and XLSX workbooks written with write-excel-file.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_MAX_BYTES } from '../../src/domain/import-rows';
import { CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE } from '../../src/domain/import-preview';
import { importCsv, importRow, importXlsx } from '../../server/import/test-files';
import { contractClient, errorCode, type Answer, type ContractTarget } from './contract-client';

/** Ghent's answers for a round: two commitments, a key trend and its target groups. */
const goodRows = [
  importRow({
    city: 'Gent',
    round: 2011,
    commitment: 'PM1',
    rating: 'fully',
    evidence: 'A yearly public report.',
    links: 'https://stad.gent/en',
    key_trend: 'open_communication',
    trend_status: 'established',
    target_groups: 'third_country_nationals; eu_mobile_citizens',
  }),
  importRow({
    city: 'ghent',
    round: 2011,
    commitment: 'EM1',
    rating: 'not applicable',
    reason: 'Staff are hired by the region.',
  }),
  importRow({ city: 'Barcelona', round: 2015, commitment: 'BU3', rating: 'partly' }),
  importRow({
    city: 'Barcelone',
    round: 2015,
    key_trend: 'participation',
    trend_status: 'emerging',
  }),
];

/** Three bad rows among good ones: an unknown city, a bad rating, an unsafe link. */
const rowsWithThreeProblems = [
  ...goodRows,
  importRow({ city: 'Atlantis', round: 2015, commitment: 'PM1', rating: 'fully' }),
  importRow({ city: 'Ghent', round: 2015, commitment: 'PM2', rating: 'mostly' }),
  importRow({
    city: 'Ghent',
    round: 2015,
    commitment: 'PM3',
    rating: 'fully',
    links: 'javascript:alert(1)',
  }),
];

export function describeImportContract(getTarget: () => ContractTarget) {
  describe('import of past rounds', () => {
    let api: ReturnType<typeof contractClient>;
    let coordinator: string;
    let member: string;
    let viewer: string;

    beforeEach(async () => {
      api = contractClient(getTarget());
      coordinator = await api.signIn('claire-coordinator');
      member = await api.signIn('lotte-ghent');
      viewer = await api.signIn('sam-viewer');
    });

    async function send(
      path: '/imports/preview' | '/imports',
      body: string | Uint8Array,
      { token = coordinator, type = CSV_MEDIA_TYPE }: { token?: string | null; type?: string } = {},
    ): Promise<Answer> {
      return api.call('POST', path, { token, file: { body, type } });
    }

    async function snapshot() {
      const rounds = await api.call('GET', '/rounds', { token: coordinator });
      const assessments = await api.call('GET', '/assessments', { token: coordinator });
      const history = await api.call('GET', '/assessments/barcelona-2015/history', {
        token: coordinator,
      });
      const audit = await api.call('GET', '/audit', { token: coordinator });
      return {
        rounds: rounds.body,
        assessments: assessments.body,
        barcelonaHistory: history.body,
        audit: audit.body,
      };
    }

    function expectError(answer: Answer, status: number, code: string, reason?: string) {
      const body = answer.body as { error?: { reason?: string } };
      expect({
        status: answer.status,
        code: errorCode(answer),
        reason: body.error?.reason,
      }).toEqual({ status, code, reason });
    }

    it('is for coordinators only: 401 for visitors, 403 for members and viewers', async () => {
      const file = importCsv(goodRows);
      for (const path of ['/imports/preview', '/imports'] as const) {
        expectError(await send(path, file, { token: null }), 401, 'unauthenticated');
        expectError(await send(path, file, { token: member }), 403, 'forbidden');
        expectError(await send(path, file, { token: viewer }), 403, 'forbidden');
      }
      expect((await send('/imports/preview', file)).status).toBe(200);
    });

    it('previews without writing, imports whole, and a second import changes nothing', async () => {
      const before = await snapshot();
      const file = importCsv(goodRows);
      const preview = await send('/imports/preview', file);
      expect(preview.status).toBe(200);
      expect(preview.body).toMatchObject({
        fileKind: 'csv',
        rowCount: 4,
        problems: [],
        roundsToCreate: [2011],
        assessments: [
          { cityId: 'ghent', year: 2011, assessmentId: 'ghent-2011', outcome: 'created' },
          { cityId: 'barcelona', year: 2015, assessmentId: 'barcelona-2015', outcome: 'changed' },
        ],
        summary: { created: 1, changed: 1, unchanged: 0 },
      });
      expect(await snapshot()).toEqual(before);

      const imported = await send('/imports', file);
      expect(imported.status).toBe(200);
      expect(imported.body).toEqual({
        summary: { created: 1, changed: 1, unchanged: 0 },
        roundsCreated: [2011],
      });
      const rounds = (await api.call('GET', '/rounds')).body as { id: string; status: string }[];
      expect(rounds[0]).toEqual({ id: '2011', year: 2011, status: 'closed', deadline: null });
      // Published at once: a visitor reads it.
      const ghent = await api.call('GET', '/assessments/ghent-2011');
      expect(ghent.body).toMatchObject({
        status: 'approved',
        version: 1,
        targetGroups: ['third_country_nationals', 'eu_mobile_citizens'],
        ratings: {
          PM1: {
            rating: 'fully',
            reason: '',
            evidence: 'A yearly public report.',
            links: ['https://stad.gent/en'],
          },
          EM1: { rating: 'not_applicable', reason: 'Staff are hired by the region.' },
        },
        trends: { open_communication: { status: 'established', example: '' } },
      });
      const barcelona = await api.call('GET', '/assessments/barcelona-2015', {
        token: coordinator,
      });
      expect(barcelona.body).toMatchObject({
        status: 'approved',
        ratings: { BU3: { rating: 'partly' } },
        trends: { participation: { status: 'emerging' } },
      });
      expect(Object.keys((barcelona.body as { ratings: object }).ratings)).toEqual(['BU3']);
      const history = await api.call('GET', '/assessments/barcelona-2015/history', {
        token: coordinator,
      });
      expect((history.body as unknown[])[0]).toMatchObject({
        action: 'imported',
        actor: { id: 'claire-coordinator' },
      });

      const audit = await api.call('GET', '/audit', { token: coordinator });
      expect((audit.body as { entries: unknown[] }).entries[0]).toMatchObject({
        actorId: 'claire-coordinator',
        action: 'import.run',
        target: { kind: 'import', id: '2011 2015' },
        after: { roundsCreated: [2011], created: ['ghent-2011'], changed: ['barcelona-2015'] },
      });

      const afterImport = await snapshot();
      const again = await send('/imports/preview', file);
      expect(again.body).toMatchObject({
        roundsToCreate: [],
        summary: { created: 0, changed: 0, unchanged: 2 },
      });
      expect(await send('/imports', file)).toMatchObject({
        status: 200,
        body: { summary: { created: 0, changed: 0, unchanged: 2 }, roundsCreated: [] },
      });
      expect(await snapshot()).toEqual(afterImport);
    });

    it('reads the same rows from an XLSX workbook', async () => {
      const preview = await send('/imports/preview', await importXlsx(goodRows), {
        type: XLSX_MEDIA_TYPE,
      });
      expect(preview.body).toMatchObject({
        fileKind: 'xlsx',
        rowCount: 4,
        problems: [],
        summary: { created: 1, changed: 1, unchanged: 0 },
      });
    });

    it('lists exactly the bad rows, and writes nothing of a file that has any', async () => {
      const before = await snapshot();
      const file = importCsv(rowsWithThreeProblems);
      const preview = await send('/imports/preview', file);
      expect(preview.body).toMatchObject({
        problems: [
          { row: 6, column: 'city', code: 'unknown_city', value: 'Atlantis' },
          { row: 7, column: 'rating', code: 'bad_rating', value: 'mostly' },
          { row: 8, column: 'links', code: 'unsafe_link', value: 'javascript:alert(1)' },
        ],
        assessments: [],
        roundsToCreate: [],
      });
      expectError(await send('/imports', file), 400, 'validation_failed');
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a file too large, of another type, in another encoding, or cut short', async () => {
      const before = await snapshot();
      for (const path of ['/imports/preview', '/imports'] as const) {
        expectError(
          await send(path, new Uint8Array(IMPORT_MAX_BYTES + 1).fill(0x61)),
          413,
          'payload_too_large',
          'too_large',
        );
        expectError(
          await send(path, '{}', { type: 'application/json' }),
          415,
          'unsupported_media_type',
          'wrong_type',
        );
        const latin1 = Uint8Array.from([
          ...new TextEncoder().encode('city,round\nGen'),
          0xe8,
          ...new TextEncoder().encode('ve,2015\n'),
        ]);
        expectError(await send(path, latin1), 422, 'unreadable_file', 'windows_1252');
        expectError(
          await send(path, 'city,round,evidence\nGhent,2015,"cut'),
          422,
          'unreadable_file',
          'truncated',
        );
        expectError(
          await send(path, new TextEncoder().encode('not a zip'), { type: XLSX_MEDIA_TYPE }),
          422,
          'unreadable_file',
          'not_xlsx',
        );
      }
      expect(await snapshot()).toEqual(before);
    });

    it('refuses rows for the open round', async () => {
      const preview = await send(
        '/imports/preview',
        importCsv([importRow({ city: 'Ghent', round: 2026, commitment: 'PM1', rating: 'fully' })]),
      );
      expect(preview.body).toMatchObject({
        problems: [{ row: 2, column: 'round', code: 'round_not_closed' }],
      });
    });
  });
}
