/**
 * A coordinator backs up the demo's data from the Backup and restore page: one JSON file,
 * named with the day, holding every part of the data. The demo always holds data, so the page
 * explains why it offers no restore here (restoring is checked by the contract suite on every
 * store and by the page's component tests). The page reflows and passes axe at 320 and 1280 px.
 */
import { expect, test } from './fixtures';
import { expectNoViolations } from './axe';
import { signInAs, signOut } from './demo-session';
import { bytesOf } from './download';
import { expectNoSidewaysScroll } from './layout-checks';

test('a coordinator downloads a backup of all data', async ({ page }) => {
  await signInAs(page, 'Claire Dubois', '/admin/backup');
  await expect(page.getByRole('heading', { level: 1, name: 'Backup and restore' })).toBeVisible();
  await expect(page).toHaveTitle(/^Backup and restore/);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^charter-monitor-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse((await bytesOf(file)).toString('utf8')) as Record<string, unknown[]>;
  expect(Object.keys(backup)).toEqual([
    'format',
    'version',
    'exportedAt',
    'cities',
    'rounds',
    'users',
    'assessments',
    'history',
    'audit',
  ]);
  expect(backup).toMatchObject({ format: 'charter-monitor-backup', version: 1 });
  expect([backup.cities?.length, backup.rounds?.length, backup.users?.length]).toEqual([30, 6, 7]);

  const download = page.getByRole('region', { name: 'Download a backup' });
  await expect(download.getByRole('status')).toContainText(
    `Downloaded ${file.suggestedFilename()}. It holds:`,
  );
  await expect(download.getByRole('status').getByRole('definition').first()).toHaveText('30');
  const restore = page.getByRole('region', { name: 'Restore from a backup' });
  await expect(restore).toContainText('already holds data (cities: 30, rounds: 6)');
  await expect(restore.getByLabel('Backup file (JSON)')).toHaveCount(0);

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 320, height: 640 },
  ]) {
    await page.setViewportSize(viewport);
    await expectNoSidewaysScroll(page, `${String(viewport.width)} px`);
    await expectNoViolations(page);
  }

  await signOut(page);
  await signInAs(page, 'Sam Taylor', '/admin/backup');
  await expect(page.getByText('Only coordinators administer Charter Monitor.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download backup' })).toHaveCount(0);
});
