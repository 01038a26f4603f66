/**
 * Real accounts on the Node server (the 'server' project): a coordinator invites a member by
 * e-mail; the member follows the link from the mail the server sent (caught by the SMTP sink of
 * tests/e2e/journey-server.ts), sets a password, is signed in with a cookie the page cannot
 * read, opens her city's assessment, resets her password by mail; deactivated, her open session
 * is refused at its next request; wrong passwords end in 429 with Retry-After. The new pages are
 * checked with axe at 320 and 1280 px.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { signInAs } from './demo-session';
import { expect, test } from './fixtures';
import { expectNoSidewaysScroll } from './layout-checks';
import { linkFromMail as linkFrom } from './mail';

const email = `nora.${String(Date.now())}@example.org`;
const mailFolder = join(process.env.E2E_SERVER_DIR ?? '', 'mail');

/** The link to `path` in the newest mail to `to` that has one, waiting for it to arrive. */
const linkFromMail = (to: string, path: string) => linkFrom(mailFolder, to, path);

async function checkAxeAtWidths(page: Page) {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await expectNoViolations(page);
    await expectNoSidewaysScroll(page, `${String(width)} px`);
  }
}

test('a coordinator invites a member by e-mail; she sets a password, signs in, resets it; deactivated, she is out', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const claireDevice = await browser.newContext();
  const noraDevice = await browser.newContext();
  const claire = await claireDevice.newPage();
  const nora = await noraDevice.newPage();
  let invitationLink = '';

  try {
    await test.step('Claire invites Nora as Ghent’s member', async () => {
      await signInAs(claire, 'Claire Dubois', '/admin/users');
      await expect(claire.getByRole('heading', { level: 1, name: 'Manage people' })).toBeVisible();
      await checkAxeAtWidths(claire);
      const form = claire.getByRole('region', { name: 'Invite a person' });
      await form.getByLabel('Name').fill('Nora Jansen');
      await form.getByLabel('E-mail').fill(email);
      await form.getByLabel('Role').selectOption({ label: 'Working-group member' });
      await form.getByLabel('City').selectOption({ label: 'Ghent' });
      await form.getByRole('button', { name: 'Send the invitation' }).click();
      await expect(form.getByRole('status')).toContainText(
        `Nora Jansen is invited: the invitation went to ${email}.`,
      );
      await expect(
        claire.getByRole('row', { name: new RegExp(`Nora Jansen ${email}`) }),
      ).toContainText('Invited');
      invitationLink = await linkFromMail(email, '/invitation');
    });

    await test.step('Nora opens the link from the mail and sets her password', async () => {
      await nora.goto(invitationLink);
      await expect(
        nora.getByRole('heading', { level: 1, name: 'Accept your invitation' }),
      ).toBeVisible();
      await checkAxeAtWidths(nora);
      await nora.getByLabel('New password').fill('short');
      await nora.getByRole('button', { name: 'Set password and sign in' }).click();
      await expect(nora.getByText('Use at least 12 characters.')).toBeVisible();
      await nora.getByLabel('New password').fill('a long enough password');
      await nora.getByRole('button', { name: 'Set password and sign in' }).click();
      await expect(nora.getByRole('banner')).toContainText('Signed in as Nora Jansen');
      // The session is a cookie page scripts cannot read; nothing secret in storage.
      const cookies = await noraDevice.cookies();
      const session = cookies.find((cookie) => cookie.name.includes('session_token'));
      expect(session?.httpOnly).toBe(true);
      expect(session?.sameSite).toBe('Lax');
      const stored = await nora.evaluate(() => JSON.stringify(Object.entries(localStorage)));
      expect(stored).not.toContain(session?.value.slice(0, 16) ?? 'no session');
      expect(stored).not.toMatch(/"token":"/);
    });

    await test.step('she opens her city’s assessment', async () => {
      await nora.goto('/assessments/ghent-2026');
      await expect(
        nora.getByRole('heading', { level: 1, name: 'Ghent self-assessment, 2026' }),
      ).toBeVisible();
    });

    await test.step('she signs out, asks for a new password by mail and signs in with it', async () => {
      await nora.goto('/settings');
      await nora.getByRole('button', { name: 'Sign out everywhere' }).click();
      await expect(nora.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
      await checkAxeAtWidths(nora);
      const form = nora.getByRole('region', { name: 'Sign in', exact: true });
      await form.getByLabel('E-mail address').fill(email);
      await form.getByRole('button', { name: 'E-mail me a link to reset my password' }).click();
      await expect(nora.getByText(`If ${email} has an account`)).toBeVisible();
      await nora.goto(await linkFromMail(email, '/reset-password'));
      await expect(
        nora.getByRole('heading', { level: 1, name: 'Choose a new password' }),
      ).toBeVisible();
      await checkAxeAtWidths(nora);
      await nora.getByLabel('New password').fill('another long password');
      await nora.getByRole('button', { name: 'Save the new password' }).click();
      await nora.getByRole('link', { name: 'Go to sign-in' }).click();
      const signIn = nora.getByRole('region', { name: 'Sign in', exact: true });
      await signIn.getByLabel('E-mail address').fill(email);
      await signIn.getByLabel('Password', { exact: true }).fill('another long password');
      await signIn.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expect(nora.getByRole('banner')).toContainText('Signed in as Nora Jansen');
    });

    await test.step('Claire deactivates Nora; Nora’s open session is refused at its next request', async () => {
      await claire.reload();
      const row = claire.getByRole('row', { name: new RegExp(`Nora Jansen ${email}`) });
      await row.getByRole('button', { name: 'Deactivate Nora Jansen' }).click();
      const dialog = claire.getByRole('alertdialog', { name: 'Deactivate Nora Jansen?' });
      await expect(dialog.getByRole('button', { name: 'Keep the account' })).toBeFocused();
      await dialog.getByRole('button', { name: 'Deactivate' }).click();
      await expect(row).toContainText('Deactivated');

      const refused = nora.waitForResponse((response) => response.url().endsWith('/api/session'));
      await nora.goto('/settings');
      expect((await refused).status()).toBe(401);
      await expect(nora.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    });

    await test.step('wrong passwords: the sixth try is refused with 429 and a wait', async () => {
      const signIn = nora.getByRole('region', { name: 'Sign in', exact: true });
      const target = `locked.${email}`;
      await signIn.getByLabel('E-mail address').fill(target);
      for (let attempt = 1; attempt <= 5; attempt++) {
        await signIn.getByLabel('Password', { exact: true }).fill(`wrong ${String(attempt)}`);
        const answer = nora.waitForResponse((r) => r.url().endsWith('/api/session/password'));
        await signIn.getByRole('button', { name: 'Sign in', exact: true }).click();
        expect((await answer).status()).toBe(401);
        await expect(signIn.getByRole('alert')).toHaveText(
          'The e-mail address or password is wrong.',
        );
      }
      const sixth = nora.waitForResponse((r) => r.url().endsWith('/api/session/password'));
      await signIn.getByRole('button', { name: 'Sign in', exact: true }).click();
      const answer = await sixth;
      expect(answer.status()).toBe(429);
      expect(Number(await answer.headerValue('retry-after'))).toBeGreaterThan(60);
      await expect(signIn.getByRole('alert')).toHaveText(
        'Too many failed attempts. Try again in 15 minutes.',
      );
    });
  } finally {
    await claireDevice.close();
    await noraDevice.close();
  }
});
