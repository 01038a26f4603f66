/**
 * `npm run db:restore -- backup.json`: restores a backup file (docs/backup.md) into the
 * server's database, after applying any pending migration, in one transaction. Refused, with
 * nothing written, when the file is not a valid backup or the database already holds a city,
 * a round or an assessment. Users already there keep their own record. The audit log records
 * the restore, by the command line and the account that ran it.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { auditEntryOf } from '../src/domain/audit';
import { backupAuditRecord, contentOf, readBackup } from '../src/domain/backup';
import { migrate } from '../server/store/migrate';
import { createPostgresStore } from '../server/store/postgres-store';
import { openDatabase } from './database';

/** Field errors listed at most, so a badly broken file does not flood the terminal. */
const MAX_FIELD_ERRORS = 20;

const { positionals } = parseArgs({ allowPositionals: true });
const [file] = positionals;
if (file === undefined || positionals.length > 1) {
  console.error('Usage: npm run db:restore -- <backup.json>');
  process.exit(2);
}

let value: unknown;
try {
  value = JSON.parse(await readFile(file, 'utf8')) as unknown;
} catch (error) {
  console.error(`Cannot read ${file} as JSON: ${error instanceof Error ? error.message : ''}`);
  process.exit(1);
}
const reading = readBackup(value);
if (!reading.ok) {
  const errors = Object.entries(reading.problem.fieldErrors);
  console.error(`${file}: ${reading.problem.message}.`);
  for (const [field, messages] of errors.slice(0, MAX_FIELD_ERRORS)) {
    console.error(`  ${field}: ${messages.join('; ')}`);
  }
  if (errors.length > MAX_FIELD_ERRORS) {
    console.error(`  … and ${String(errors.length - MAX_FIELD_ERRORS)} more`);
  }
  process.exit(1);
}

const { client, description } = await openDatabase();
try {
  const applied = await migrate(client);
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(', ')}`);
  const entry = auditEntryOf(
    {
      ...backupAuditRecord('backup.restore', reading.backup),
      actor: { id: 'command-line', name: `npm run db:restore (${userInfo().username})` },
    },
    randomUUID(),
    new Date(),
  );
  const summary = await createPostgresStore(client).restore(contentOf(reading.backup), entry);
  if (summary === null) {
    console.error(
      `${description} already holds data: a backup is restored only into a database with ` +
        'no city, round or assessment. Nothing was written.',
    );
    process.exitCode = 1;
  } else {
    console.log(
      `Restored ${file} (taken ${reading.backup.exportedAt}) into ${description}: ` +
        `${String(summary.cities)} cities, ${String(summary.rounds)} rounds, ` +
        `${String(summary.users)} users added, ${String(summary.assessments)} assessments, ` +
        `${String(summary.historyEntries)} history entries, ` +
        `${String(summary.auditEntries)} audit entries (the restore's own included).`,
    );
  }
} finally {
  await client.close();
}
