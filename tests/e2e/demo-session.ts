import { expect, type Page } from '@playwright/test';
import type { TFunction } from 'i18next';

/**
 * Signs in through the demo sign-in page, as a person would after choosing "Sign in" (or
 * opening a page for signed-in people), and lands on `path`. `t`: the page's language when
 * the browser runs in another than English (see catalogue.ts).
 */
export async function signInAs(page: Page, name: string, path = '/', t?: TFunction) {
  let target = path;
  if (new URL(path, 'http://app').searchParams.has('dataset')) {
    // The demo takes ?dataset= when the app starts, as it does for a visitor following a
    // shared link: open it first, then sign in to come back to the address it leaves.
    await page.goto(path);
    await expect(page).not.toHaveURL(/[?&]dataset=/);
    const opened = new URL(page.url());
    target = opened.pathname + opened.search;
    // The address loses the parameter at once, but the demo remembers the choice only once its
    // mock API has started, just before the page shows: leaving earlier (as no person can)
    // reopened the app on the last data set (CI runs 39 and 40: the sample set's heatmap).
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.goto(`/sign-in?next=${encodeURIComponent(target)}`);
  const title = t ? t('session.signInTitle') : 'Sign in';
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // The demo's picker, beside the accounts' sign-in form on a server that offers both.
  const demo = page.getByRole('region', { name: t ? t('accounts.demoTitle') : 'Demo sign-in' });
  await demo.getByRole('radio', { name: new RegExp(name) }).check();
  await demo.getByRole('button', { name: t ? t('session.signIn') : 'Sign in' }).click();
  await expect(page.getByRole('banner')).toContainText(t ? name : `Signed in as ${name}`);
}

/** Signs out through the header, as a person would: on a phone, through the "Menu" button first. */
export async function signOut(page: Page) {
  const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
}
