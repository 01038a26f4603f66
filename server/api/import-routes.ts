/**
 * Import of past rounds (docs/api.md, "Import of past rounds"; docs/import.md): a coordinator
 * sends a CSV or XLSX file as the request body. `POST /imports/preview` reads and checks it and
 * answers what the import would do, writing nothing; `POST /imports` reads the same file again
 * and writes it whole, or not at all. Reading the file twice, rather than trusting a preview
 * token, keeps the commit idempotent: the same file again finds everything unchanged.
 */
import type { Context, Hono } from 'hono';
import type { Assessment } from '../../src/domain/assessment';
import { fieldChanges } from '../../src/domain/assessment-history';
import { contentOf } from '../../src/domain/assessment-fields';
import { checkImportRows, IMPORT_MAX_BYTES, type ImportCheck } from '../../src/domain/import-rows';
import type {
  ImportFileRefusal,
  ImportPreview,
  ImportResult,
} from '../../src/domain/import-preview';
import type { Round } from '../../src/domain/round';
import { assessmentIdOf, importedAssessment, type Transition } from '../../src/domain/workflow';
import type { ContractStore, ImportBatch } from '../store/contract-store';
import {
  ImportFileRefused,
  importFileKindOf,
  readCsvRows,
  readXlsxRows,
} from '../import/read-import-file';
import { ApiProblem, validationProblem } from './api-problem';
import { auditEntryFor, coordinatorOnly } from './administration';
import type { ApiEnv } from './create-api';

const refusalMessages: Readonly<Record<ImportFileRefusal, string>> = {
  too_large: `The file is larger than ${String(IMPORT_MAX_BYTES / 1024 / 1024)} MB`,
  wrong_type: 'Send a CSV (text/csv) or XLSX file',
  not_csv: 'The file is not CSV text',
  not_xlsx: 'The file is not an XLSX workbook',
  xls: 'Excel 97-2003 (.xls) workbooks cannot be read: save it as XLSX or CSV UTF-8',
  utf16: 'The file is UTF-16 text: save it as CSV UTF-8',
  windows_1252: 'The file looks like Windows-1252 (Latin-1) text, not UTF-8: save it as CSV UTF-8',
  not_utf8: 'The file is not UTF-8 text: save it as CSV UTF-8',
  truncated: 'The file is cut short: it ends inside a value or before its end',
  damaged: 'The workbook is damaged and cannot be read',
  unpacked_too_large: 'The workbook unpacks to more than an import reads',
  too_many_rows: 'The file has more rows than an import reads',
  too_many_columns: 'The sheet has more columns than an import reads',
  empty: 'The file is empty',
};

function refusalProblem(refusal: ImportFileRefusal): ApiProblem {
  const code =
    refusal === 'too_large'
      ? 'payload_too_large'
      : refusal === 'wrong_type'
        ? 'unsupported_media_type'
        : 'unreadable_file';
  const message = refusalMessages[refusal];
  return new ApiProblem(code, message, { reason: refusal, fieldErrors: { file: [message] } });
}

/**
 * The request body, read up to `max` bytes: a larger one is refused as soon as its
 * Content-Length, or its bytes so far, pass the limit, before anything is parsed.
 */
async function readBodyBytes(request: Request, max: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('Content-Length') ?? '0');
  if (declared > max) throw new ImportFileRefused('too_large');
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new ImportFileRefused('too_large');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** A planned import: the preview, and what committing it writes. */
interface ImportPlan {
  preview: ImportPreview;
  batch: ImportBatch;
}

/** The round a past year's import creates: closed, its id the year, as the seeded rounds. */
function roundOf(year: number): Round {
  return { id: String(year), year, status: 'closed', deadline: null };
}

export function importRoutes(
  app: Hono<ApiEnv>,
  { store, now }: { store: ContractStore; now: () => Date },
) {
  const auth = coordinatorOnly(store);

  /** Reads, checks and plans the file the request carries; only coordinators get this far. */
  async function planOf(context: Context<ApiEnv>): Promise<ImportPlan> {
    const kind = importFileKindOf(context.req.header('Content-Type'));
    let check: ImportCheck;
    try {
      if (kind === null) throw new ImportFileRefused('wrong_type');
      const bytes = await readBodyBytes(context.req.raw, IMPORT_MAX_BYTES);
      const rows = kind === 'csv' ? await readCsvRows(bytes) : await readXlsxRows(bytes);
      const at = now();
      check = checkImportRows(rows, {
        cities: await store.listCities(),
        rounds: await store.listRounds(),
        currentYear: at.getUTCFullYear(),
      });
    } catch (error) {
      if (error instanceof ImportFileRefused) throw refusalProblem(error.refusal);
      throw error;
    }

    const { id, name } = context.get('user');
    const change = { actor: { id, name }, at: now().toISOString() };
    const rounds = check.roundsToCreate.map(roundOf);
    const created: Transition[] = [];
    const changed: ImportBatch['changed'][number][] = [];
    const assessments: ImportPreview['assessments'] = [];
    // Each round's stored assessments, read once, by city.
    const storedByRound = new Map<string, Map<string, Assessment>>();
    for (const roundId of new Set(check.assessments.map((imported) => imported.roundId))) {
      if (roundId === null) continue;
      const stored = await store.listAssessments({ scope: { kind: 'all' }, roundId });
      storedByRound.set(
        roundId,
        new Map(stored.map((assessment) => [assessment.cityId, assessment])),
      );
    }
    for (const imported of check.assessments) {
      const roundId = imported.roundId ?? roundOf(imported.year).id;
      const assessmentId = assessmentIdOf(imported.cityId, roundId);
      const current = storedByRound.get(roundId)?.get(imported.cityId);
      const differences = current ? fieldChanges(contentOf(current), imported.content).length : 0;
      const place = { cityId: imported.cityId, roundId };
      const listed = { cityId: imported.cityId, year: imported.year, assessmentId };
      if (!current) {
        const transition = importedAssessment(null, place, imported.content, change);
        created.push(transition);
        assessments.push({
          ...listed,
          outcome: 'created',
          changedFields: transition.entry.changes.length,
        });
      } else if (differences === 0 && current.status === 'approved') {
        assessments.push({ ...listed, outcome: 'unchanged', changedFields: 0 });
      } else {
        const transition = importedAssessment(current, place, imported.content, change);
        changed.push({ transition, basedOn: current.version });
        assessments.push({ ...listed, outcome: 'changed', changedFields: differences });
      }
    }
    const preview: ImportPreview = {
      fileKind: kind,
      rowCount: check.rowCount,
      problems: check.problems,
      roundsToCreate: check.roundsToCreate,
      assessments,
      summary: {
        created: created.length,
        changed: changed.length,
        unchanged: assessments.length - created.length - changed.length,
      },
    };
    // The log's entry says what the import wrote: the rounds it created and, by id, the
    // assessments it created and changed (their history holds every field).
    const audit = auditEntryFor(context, now, {
      action: 'import.run',
      target: {
        kind: 'import',
        id:
          [...new Set(check.assessments.map(({ year }) => year))].sort((a, b) => a - b).join(' ') ||
          '-',
      },
      before: null,
      after: {
        fileKind: kind,
        rowCount: check.rowCount,
        roundsCreated: check.roundsToCreate,
        created: created.map(({ assessment }) => assessment.id),
        changed: changed.map(({ transition }) => transition.assessment.id),
      },
    });
    return {
      preview,
      batch: { rounds, created, changed, audit },
    };
  }

  app.post('/imports/preview', ...auth, async (context) =>
    context.json((await planOf(context)).preview),
  );

  app.post('/imports', ...auth, async (context) => {
    const { preview, batch } = await planOf(context);
    if (preview.problems.length > 0) {
      throw validationProblem('The file has problems: preview it to see them', {
        file: [`${String(preview.problems.length)} problems; nothing was imported`],
      });
    }
    // The same file again writes nothing: no round, no version, no history, no log entry.
    const writes = batch.rounds.length + batch.created.length + batch.changed.length;
    if (writes > 0 && !(await store.importPastRounds(batch))) {
      throw new ApiProblem(
        'version_conflict',
        'The data changed while the file was read; preview the file again',
      );
    }
    const result: ImportResult = {
      summary: preview.summary,
      roundsCreated: preview.roundsToCreate,
    };
    return context.json(result);
  });
}
