/**
 * Issue 14's "Done when", as one journey on a fresh instance started as the README's deployment
 * section says: a new database, `npm run db:migrate`, `npm run admin:invite` for the first
 * coordinator, then `npm run server` with PUBLIC_URL, AUTH_SECRET, SMTP_URL and MAIL_FROM (no
 * demo sign-in). The mail goes to a local SMTP sink. Then, all through the app: the coordinator
 * accepts her mailed invitation, creates and opens a round, adds a city, invites its member and
 * imports the city's past round; the member signs in with a link she asked for by e-mail,
 * starts her assessment from the imported answers and submits it; the coordinator is told by
 * mail, follows its link and approves; the member is told in turn, and the public reads it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { allSaved, editorForm, ratingGroup, saveStatus } from './assessment-editor';
import { expect, test } from './fixtures';
import {
  freePort,
  freshDatabase,
  instanceEnvironment,
  runScript,
  startServer,
  type FreshDatabase,
  type RunningServer,
} from './fresh-server';
import { importGoodFile } from './import-journey';
import { linkFromMail, mailsTo, mailTo } from './mail';
import { startMailSink } from './mail-sink';

const ana = 'ana.lima@example.org';
const zofia = 'zofia.nowak@example.org';

/** The current year's round, and a deadline far enough ahead that no reminder falls due. */
const year = new Date().getFullYear();
const deadline = new Date(Date.now() + 60 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** Opens one page of the administration from the main navigation (through the Menu on a phone). */
async function openAdministration(page: Page, section: string) {
  const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Administration' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: section, exact: true }).click();
}

test('on a fresh instance a coordinator sets up a round, a city and its member; the member submits; the coordinator is notified', async ({
  browser,
}) => {
  // A new database, two scripts, a server start and a long journey on a shared machine.
  test.setTimeout(300_000);
  const folder = await mkdtemp(join(tmpdir(), 'charter-monitor-fresh-'));
  const mailFolder = join(folder, 'mail');
  const sink = await startMailSink(mailFolder);
  let database: FreshDatabase | undefined;
  let server: RunningServer | undefined;
  const port = await freePort();
  const origin = `http://127.0.0.1:${String(port)}`;
  // Three people on three devices, each on the fresh instance (not the journey server).
  const anaDevice = await browser.newContext({ baseURL: origin });
  const zofiaDevice = await browser.newContext({ baseURL: origin });
  const visitorDevice = await browser.newContext({ baseURL: origin });

  try {
    database = await freshDatabase(
      folder,
      `charter_fresh_${String(process.pid)}_${String(Date.now())}`,
    );
    const environment = instanceEnvironment({
      ...database.environment,
      PUBLIC_URL: origin,
      AUTH_SECRET: 'fresh-instance-secret-long-enough-for-cookies',
      SMTP_URL: sink.url,
      MAIL_FROM: 'Charter Monitor <monitor@example.org>',
    });

    await test.step('the README’s deployment: migrate, invite the first coordinator, start', async () => {
      expect(await runScript('scripts/db-migrate.ts', [], environment)).toContain('Applied to');
      await runScript(
        'scripts/admin-invite.ts',
        ['--email', ana, '--name', 'Ana Lima', '--role', 'coordinator'],
        environment,
      );
      server = await startServer(port, environment);
    });

    const anaPage = await anaDevice.newPage();
    const zofiaPage = await zofiaDevice.newPage();

    await test.step('Ana accepts her mailed invitation and chooses a password', async () => {
      await anaPage.goto(await linkFromMail(mailFolder, ana, '/invitation'));
      await expect(
        anaPage.getByRole('heading', { level: 1, name: 'Accept your invitation' }),
      ).toBeVisible();
      await anaPage.getByLabel('New password').fill('first coordinator’s password');
      await anaPage.getByRole('button', { name: 'Set password and sign in' }).click();
      await expect(anaPage.getByRole('banner')).toContainText('Signed in as Ana Lima');
    });

    await test.step(`she creates the ${String(year)} round and opens it`, async () => {
      await openAdministration(anaPage, 'Manage reporting rounds');
      await anaPage.getByRole('textbox', { name: /^Year/ }).fill(String(year));
      await anaPage.getByLabel(/^Deadline/).fill(deadline);
      await anaPage.getByRole('button', { name: 'Create round' }).click();
      await expect(anaPage.getByRole('status')).toHaveText(
        `Round ${String(year)} created. Open it when members should start.`,
      );
      const rounds = anaPage.getByRole('table', { name: 'Rounds, newest first' });
      await rounds.getByRole('button', { name: `Open ${String(year)}` }).click();
      await expect(anaPage.getByRole('status')).toHaveText(`Round ${String(year)} is open.`);
    });

    await test.step('she adds Gdańsk', async () => {
      await openAdministration(anaPage, 'Manage signatory cities');
      await anaPage.getByRole('button', { name: 'Add a city' }).click();
      const form = anaPage.getByRole('form', { name: 'Add a city' });
      await form.getByLabel('Name in English').fill('Gdańsk');
      await form.getByLabel(/^Country code/).fill('PL');
      await form.getByLabel('Latitude').fill('54.352');
      await form.getByLabel('Longitude').fill('18.646');
      await form.getByRole('radio', { name: 'In one year' }).check();
      await form.getByLabel('Year', { exact: true }).fill('2016');
      await form.getByRole('button', { name: 'Add city' }).click();
      await expect(anaPage.getByText('Gdańsk added.')).toBeVisible();
    });

    await test.step('she invites Zofia as Gdańsk’s member', async () => {
      await openAdministration(anaPage, 'Manage people');
      const invite = anaPage.getByRole('region', { name: 'Invite a person' });
      await invite.getByLabel('Name').fill('Zofia Nowak');
      await invite.getByLabel('E-mail').fill(zofia);
      await invite.getByLabel('Role').selectOption({ label: 'Working-group member' });
      await invite.getByLabel('City').selectOption({ label: 'Gdańsk' });
      await invite.getByRole('button', { name: 'Send the invitation' }).click();
      await expect(anaPage.getByRole('status')).toContainText(
        `Zofia Nowak is invited: the invitation went to ${zofia}.`,
      );
    });

    await test.step('she imports Gdańsk’s 2022 self-assessment', async () => {
      await openAdministration(anaPage, 'Import past rounds');
      await importGoodFile(anaPage, {
        cityName: 'Gdańsk',
        cityId: 'gdansk',
        englishName: 'Gdańsk',
        year: 2022,
      });
    });

    await test.step('Zofia opens her invitation and signs in with a link sent by e-mail', async () => {
      await zofiaPage.goto(await linkFromMail(mailFolder, zofia, '/invitation'));
      await zofiaPage
        .getByRole('link', { name: /Rather sign in with a link sent by e-mail/ })
        .click();
      const signIn = zofiaPage.getByRole('region', { name: 'Sign in', exact: true });
      await signIn.getByLabel('E-mail address').fill(zofia);
      await signIn.getByRole('button', { name: 'E-mail me a sign-in link' }).click();
      await expect(zofiaPage.getByText(`If ${zofia} has an account`)).toBeVisible();
      await zofiaPage.goto(await linkFromMail(mailFolder, zofia, '/sign-in/link'));
      await expect(
        zofiaPage.getByRole('heading', { level: 1, name: 'Sign in with your link' }),
      ).toBeVisible();
      await zofiaPage.getByRole('button', { name: 'Continue' }).click();
      await expect(zofiaPage.getByRole('banner')).toContainText('Signed in as Zofia Nowak');
    });

    await test.step('she starts from the imported 2022 answers, changes one and submits', async () => {
      await zofiaPage.goto('/cities/gdansk');
      await zofiaPage.getByRole('radio', { name: /From your city's 2022 answers/ }).check();
      await zofiaPage.getByRole('button', { name: `Start the ${String(year)} assessment` }).click();
      await expect(
        zofiaPage.getByRole('heading', {
          level: 1,
          name: `Gdańsk self-assessment, ${String(year)}`,
        }),
      ).toBeVisible();
      await expect(editorForm(zofiaPage)).toBeVisible();
      await ratingGroup(zofiaPage, 'BU2')
        .getByRole('radio', { name: 'Partly', exact: true })
        .check();
      await expect(saveStatus(zofiaPage)).toHaveText(allSaved);
      await zofiaPage.getByRole('button', { name: 'Submit for review' }).click();
      await expect(
        zofiaPage.getByText(/^Submitted for review by Zofia Nowak on .+\./),
      ).toBeVisible();
    });

    await test.step('Ana gets the mail, follows its link and approves', async () => {
      const mail = await mailTo(
        mailFolder,
        ana,
        new RegExp(`^Gdańsk submitted its self-assessment for the ${String(year)} round$`),
      );
      expect(mail.text).toContain('Zofia Nowak submitted the self-assessment of Gdańsk');
      const link = `${origin}/assessments/gdansk-${String(year)}`;
      expect(mail.text).toContain(link);
      await anaPage.goto(link);
      const decision = anaPage.getByRole('region', { name: 'Your decision' });
      await decision.getByRole('button', { name: 'Approve' }).click();
      await decision.getByRole('button', { name: 'Yes, approve' }).click();
      await expect(anaPage.getByText('Approved', { exact: true })).toBeVisible();
    });

    await test.step('Zofia is told of the approval; nobody was mailed about their own act', async () => {
      await mailTo(
        mailFolder,
        zofia,
        new RegExp(`^The self-assessment of Gdańsk for ${String(year)} was approved$`),
      );
      expect((await mailsTo(mailFolder, ana)).map((mail) => mail.subject)).toEqual([
        'Your invitation to Charter Monitor',
        `Gdańsk submitted its self-assessment for the ${String(year)} round`,
      ]);
      expect((await mailsTo(mailFolder, zofia)).map((mail) => mail.subject)).toEqual([
        'Your invitation to Charter Monitor',
        'Your sign-in link for Charter Monitor',
        `The self-assessment of Gdańsk for ${String(year)} was approved`,
      ]);
    });

    await test.step('the public reads Gdańsk’s approved results', async () => {
      const page = await visitorDevice.newPage();
      await page.goto('/cities/gdansk');
      await expect(page.getByRole('heading', { level: 1, name: 'Gdańsk' })).toBeVisible();
      await expect(page.getByLabel('Reporting round')).toHaveValue(String(year));
      await expect(page.getByText(/^Approved ·/)).toBeVisible();
    });
  } finally {
    for (const device of [anaDevice, zofiaDevice, visitorDevice]) await device.close();
    await server?.stop();
    await sink.close();
    await database?.drop();
    await rm(folder, { recursive: true, force: true });
  }
});
