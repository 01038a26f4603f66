/**
 * `npm run db:backup -- --output backup.json` (or `npm run -s db:backup > backup.json`): writes
 * all data of the server's database as a backup file (docs/backup.md), the same file a
 * coordinator downloads from the app. Reports go to stderr, so stdout carries the file alone.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { backupFileName, backupOf } from '../src/domain/backup';
import { pendingMigrations } from '../server/store/migrate';
import { createPostgresStore } from '../server/store/postgres-store';
import { openDatabase } from './database';

const { values } = parseArgs({ options: { output: { type: 'string', short: 'o' } } });

const { client, description } = await openDatabase();
try {
  const pending = await pendingMigrations(client);
  if (pending.length > 0) {
    console.error(`The schema of ${description} is not up to date: run npm run db:migrate first.`);
    process.exitCode = 1;
  } else {
    const exportedAt = new Date();
    const backup = backupOf(await createPostgresStore(client).snapshot(), exportedAt);
    const text = `${JSON.stringify(backup, null, 2)}\n`;
    if (values.output === undefined) process.stdout.write(text);
    else await writeFile(values.output, text);
    console.error(
      `Backed up ${description}: ${String(backup.cities.length)} cities, ` +
        `${String(backup.rounds.length)} rounds, ${String(backup.users.length)} users, ` +
        `${String(backup.assessments.length)} assessments` +
        (values.output === undefined
          ? '.'
          : ` into ${values.output} (the app names such a file ${backupFileName(exportedAt)}).`),
    );
  }
} finally {
  await client.close();
}
