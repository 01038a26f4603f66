/**
 * Backup and restore on the Node server, through the app: a coordinator downloads the journey
 * server's data, then restores that file into a fresh server of its own (a new embedded
 * database holding only its first coordinator, as a new deployment does), which then serves
 * the same cities and assessments. The fresh server is the production build served by
 * server/main.ts, as the journey server is, started here on a free port and stopped after.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyInstanceSeed } from '../../mocks/seed/data-sets';
import { migrate } from '../../server/store/migrate';
import { replaceStoreData } from '../../server/store/postgres-rows';
import { createPgliteClient } from '../../server/store/sql-client';
import { expect, test } from './fixtures';
import { signInAs } from './demo-session';
import { freePort, instanceEnvironment, startServer, type RunningServer } from './fresh-server';

/** A fresh server: a new database with its first coordinator alone, the app's production build. */
async function startFreshServer(folder: string): Promise<RunningServer> {
  const dataDir = join(folder, 'pglite');
  const client = await createPgliteClient(dataDir);
  try {
    await migrate(client);
    await replaceStoreData(client, emptyInstanceSeed());
  } finally {
    await client.close();
  }
  // The embedded database in its own folder, even where the journey server uses DATABASE_URL.
  return startServer(
    await freePort(),
    instanceEnvironment({ DATA_DIR: dataDir, DEMO_SIGN_IN: 'on' }),
  );
}

test('a backup of one server restores into a fresh one, through the app', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await signInAs(page, 'Claire Dubois', '/admin/backup');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const file = await downloading;
  const backupPath = await file.path();
  await expect(page.getByRole('region', { name: 'Restore from a backup' })).toContainText(
    'already holds data',
  );

  const folder = await mkdtemp(join(tmpdir(), 'charter-monitor-restore-'));
  const fresh = await startFreshServer(folder);
  try {
    const context = await browser.newContext({ baseURL: fresh.origin });
    const newPage = await context.newPage();
    await signInAs(newPage, 'Claire Dubois', '/admin/backup');
    const restore = newPage.getByRole('region', { name: 'Restore from a backup' });
    await restore.getByLabel('Backup file (JSON)').setInputFiles({
      name: file.suggestedFilename(),
      mimeType: 'application/json',
      buffer: await readFile(backupPath),
    });
    await expect(restore).toContainText(`${file.suggestedFilename()}, taken `);
    await restore.getByRole('button', { name: 'Restore from this file' }).click();
    const dialog = newPage.getByRole('alertdialog', { name: 'Restore this backup?' });
    await dialog.getByRole('button', { name: 'Restore' }).click();
    const status = restore.getByRole('status');
    await expect(status).toContainText('The backup was restored.', { timeout: 60_000 });
    await expect(restore.getByLabel('Backup file (JSON)')).toHaveCount(0);

    // The fresh server now serves the same data: its own backup holds the file's cities,
    // rounds and assessments (history included), and tells of the restore in its audit log.
    const downloadingAgain = newPage.waitForEvent('download');
    await newPage.getByRole('button', { name: 'Download backup' }).click();
    const [before, after] = await Promise.all([
      readFile(backupPath, 'utf8').then((text) => JSON.parse(text) as Backup),
      downloadingAgain
        .then((again) => again.path())
        .then((path) => readFile(path, 'utf8'))
        .then((text) => JSON.parse(text) as Backup),
    ]);
    expect(after.cities).toEqual(before.cities);
    expect(after.rounds).toEqual(before.rounds);
    expect(after.assessments).toEqual(before.assessments);
    expect(after.history).toEqual(before.history);
    expect(after.audit.at(-1)).toMatchObject({
      action: 'backup.restore',
      actorName: 'Claire Dubois',
    });
    await newPage.goto('/cities');
    await expect(
      newPage.getByRole('heading', { level: 1, name: 'Signatory cities' }),
    ).toBeVisible();
    await expect(newPage.getByRole('link', { name: 'Warsaw', exact: true })).toBeVisible();
    await context.close();
  } finally {
    await fresh.stop();
    await rm(folder, { recursive: true, force: true });
  }
});

interface Backup {
  cities: unknown[];
  rounds: unknown[];
  assessments: unknown[];
  history: unknown;
  audit: { action: string; actorName: string }[];
}
