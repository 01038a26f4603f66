/**
 * A coordinator runs the reporting rounds and the list of signatories through Administration,
 * on the demo build: creates a round and opens it (after closing the open one, whose dialog
 * names what is still open), adds a city, edits it, archives another, then reads the audit log
 * and downloads it as CSV; the archived city is marked on the public list and its own page.
 * Each page reflows and passes axe at 320 and 1280 px.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoViolations } from './axe';
import { signInAs } from './demo-session';
import { expectNoSidewaysScroll } from './layout-checks';

const viewports = [
  { width: 320, height: 640 },
  { width: 1280, height: 900 },
] as const;

async function expectAccessible(page: Page, state: string) {
  await expectNoSidewaysScroll(page, state);
  await test.step(`${state}: axe`, async () => {
    await expectNoViolations(page);
  });
}

/** Follows an entry of the main navigation, through the Menu on a phone. */
async function followNavigation(page: Page, entry: string) {
  const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: entry }).click();
}

/** Follows the navigation's Administration entry, then a page. */
async function openAdministration(page: Page, section: string) {
  await followNavigation(page, 'Administration');
  await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
  await page.getByRole('link', { name: section }).click();
  await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
}

for (const viewport of viewports) {
  test(`a coordinator runs rounds and cities, and reads the audit log, at ${String(viewport.width)} px`, async ({
    page,
  }) => {
    // A long journey with four axe scans, on a machine shared with other work.
    test.setTimeout(240_000);
    await page.setViewportSize(viewport);
    await signInAs(page, 'Claire Dubois');
    await openAdministration(page, 'Manage reporting rounds');
    await expectAccessible(page, 'rounds');

    // A new round, planned, with its deadline.
    await page.getByRole('textbox', { name: /^Year/ }).fill('2028');
    await page.getByLabel(/^Deadline/).fill('2029-01-31');
    await page.getByRole('button', { name: 'Create round' }).click();
    // Said under the form, where the coordinator is, not at the top of the page.
    await expect(page.getByRole('form', { name: 'New round' }).getByRole('status')).toHaveText(
      'Round 2028 created. Open it when members should start.',
    );
    const table = page.getByRole('table', { name: 'Rounds, newest first' });
    const round2028 = table.getByRole('row', { name: /^2028/ });
    await expect(round2028).toContainText('Planned');
    await expect(round2028).toContainText('31 Jan 2029');

    // Closing 2026 asks first, naming what is still open.
    await table.getByRole('button', { name: 'Close 2026' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Close round 2026?' });
    await expect(dialog).toContainText(
      'Still open: 5 drafts, 6 submissions awaiting review and 1 returned assessment.',
    );
    await expectAccessible(page, 'closing a round');
    await dialog.getByRole('button', { name: 'Close the round' }).click();
    await expect(page.getByRole('status')).toHaveText('Round 2026 is closed.');
    await expect(table.getByRole('row', { name: /^2026/ })).toContainText('Closed');
    await round2028.getByRole('button', { name: 'Open 2028' }).click();
    await expect(page.getByRole('status')).toHaveText('Round 2028 is open.');
    await expect(round2028).toContainText('Open');

    // A new city, then an edit.
    await page.getByRole('link', { name: 'Administration' }).first().click();
    await page.getByRole('link', { name: 'Manage signatory cities' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Manage signatory cities' }),
    ).toBeVisible();
    await expect(page).toHaveTitle('Manage signatory cities · Charter Monitor');
    await page.getByRole('button', { name: 'Add a city' }).click();
    const form = page.getByRole('form', { name: 'Add a city' });
    await form.getByLabel('Name in English').fill('Lodz');
    await form.getByLabel(/^Country code/).fill('PL');
    await form.getByLabel('Latitude').fill('51.759');
    await form.getByLabel('Longitude').fill('19.456');
    await form.getByRole('radio', { name: 'Between two years' }).check();
    await form.getByLabel('From', { exact: true }).fill('2023');
    await form.getByLabel('To', { exact: true }).fill('2024');
    await form.getByRole('button', { name: 'Add a name' }).click();
    await form.getByLabel(/^Language code/).fill('pl');
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Łódź');
    await form.getByRole('checkbox', { name: 'The city’s own language', exact: true }).check();
    await form.getByLabel(/^Source note/).fill('Council resolution (EUROCITIES news)');
    await expectAccessible(page, 'the city form');
    await form.getByRole('button', { name: 'Add city' }).click();
    await expect(page.getByText('Lodz added.')).toBeVisible();

    const cities = page.getByRole('table', { name: 'Signatory cities' });
    await cities.getByRole('button', { name: 'Edit Lodz' }).click();
    const edit = page.getByRole('form', { name: 'Edit Lodz' });
    await edit.getByLabel('Name in English').fill('Łódź');
    await edit.getByRole('button', { name: 'Save city' }).click();
    await expect(page.getByText('Łódź saved.')).toBeVisible();

    // Archiving asks first; the archived city leaves the list unless asked for.
    await page.getByRole('searchbox', { name: 'Search cities' }).fill('Warsaw');
    await cities.getByRole('button', { name: 'Archive Warsaw' }).click();
    const archive = page.getByRole('alertdialog', { name: 'Archive Warsaw?' });
    await expect(archive).toContainText('Its past results stay readable');
    await archive.getByRole('button', { name: 'Archive the city' }).click();
    await expect(page.getByText('Warsaw archived.')).toBeVisible();
    await expect(cities.getByRole('row', { name: /Warsaw/ })).toHaveCount(0);
    await expectAccessible(page, 'cities');

    // The audit log: every change, newest first, and the same as CSV.
    await page.getByRole('link', { name: 'Administration' }).first().click();
    await page.getByRole('link', { name: 'Audit log' }).click();
    const log = page.getByRole('table', { name: 'Administrative changes, newest first' });
    await expect(log.getByRole('row')).toHaveCount(1 + 6);
    const actions = await log.getByRole('row').allInnerTexts();
    expect(actions.slice(1).map((row) => row.split('\t')[2])).toEqual([
      'Archived a city',
      'Edited a city',
      'Added a city',
      'Opened a round',
      'Closed a round',
      'Created a round',
    ]);
    // Each row names the city as it is called now, and words its fields before and after.
    const edited = log.getByRole('row').nth(2);
    await expect(edited.getByRole('cell').nth(2)).toHaveText('Łódź');
    await expect(edited.getByRole('definition')).toHaveText('Before: Lodz → After: Łódź');
    const added = log.getByRole('row').nth(3);
    await expect(added.getByRole('cell').nth(2)).toHaveText('Łódź');
    await expect(added).toContainText('Signing of the charter2023–2024');
    await expect(added).toContainText('Own languagesPolish');
    await expect(added).toContainText('CountryPoland');
    await expect(log.getByRole('row').nth(1).getByRole('cell').nth(2)).toHaveText('Warsaw');
    await expect(log.getByRole('row').nth(1).getByRole('definition')).toHaveText(
      'Before: No → After: Yes',
    );
    await expectAccessible(page, 'audit log');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export as CSV' }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(/^charter-monitor-audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile(await file.path())).toString('utf8');
    expect(csv.startsWith('\uFEFFWhen (UTC),Who,')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 6);
    expect(lines[1]).toContain(
      'Claire Dubois,claire-coordinator,Archived a city,city.archive,city,warsaw',
    );

    // Readers meet the archived city marked as such: on the cities list and on its own page.
    await followNavigation(page, 'Cities');
    await page.getByRole('searchbox', { name: 'Search by name' }).fill('Warsaw');
    const warsaw = page
      .getByRole('table', { name: /^Signatory cities in/ })
      .getByRole('rowheader', { name: /^Warsaw/ });
    await expect(warsaw).toHaveText('Warsaw Archived');
    await expectNoSidewaysScroll(page, 'cities list with an archived city');
    await warsaw.getByRole('link', { name: 'Warsaw' }).click();
    await expect(
      page.getByText(
        'This city is archived: it no longer takes part in reporting rounds. Its past results stay readable here.',
      ),
    ).toBeVisible();
    await expectAccessible(page, 'an archived city’s page');
  });
}
