import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { signInAs } from './demo-session';

/** Ghent's open-round draft; Lotte Peeters is its member. */
export const ghentDraftPath = '/assessments/ghent-2026';

/** What the editor says about saving (the page's other status lines only say "Loading…"). */
export function saveStatus(page: Page): Locator {
  return page.getByRole('status').filter({ hasNotText: /^Loading/ });
}

export const allSaved = /^All changes saved at \d{1,2}:\d{2}/;

export function editorForm(page: Page): Locator {
  return page.getByRole('form', { name: 'Self-assessment' });
}

export function ratingGroup(page: Page, commitmentId: string): Locator {
  return page.getByRole('group', { name: `Rating for ${commitmentId}`, exact: true });
}

export function evidenceField(page: Page, commitmentId: string): Locator {
  return page.getByRole('textbox', { name: `Evidence for ${commitmentId}`, exact: true });
}

/** Lotte, signed in, in Ghent's editor. */
export async function openGhentEditor(page: Page) {
  await signInAs(page, 'Lotte Peeters', ghentDraftPath);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ghent self-assessment, 2026' }),
  ).toBeVisible();
  await expect(editorForm(page)).toBeVisible();
}

/**
 * Two tabs of one browser, both in Ghent's editor as Lotte: the first saves PM2's evidence,
 * then the second, still on the version it opened, saves its own text (after `beforeSecond`,
 * which may change more there) and is told someone saved first. Returns both pages, with the
 * conflict view showing in the second.
 */
export async function openConflict(
  context: BrowserContext,
  texts: { first: string; second: string; beforeSecond?: (page: Page) => Promise<void> },
) {
  const first = await context.newPage();
  await openGhentEditor(first);
  const second = await context.newPage();
  // Same context, so already signed in: the session lives in localStorage.
  await second.goto(ghentDraftPath);
  await expect(editorForm(second)).toBeVisible();

  await evidenceField(first, 'PM2').fill(texts.first);
  await expect(saveStatus(first)).toHaveText(allSaved);

  // Offline while the second tab types, so all its edits go in one save, however slow the
  // machine: that save is the one that meets the first tab's version.
  await context.setOffline(true);
  await texts.beforeSecond?.(second);
  await evidenceField(second, 'PM2').fill(texts.second);
  await expect(saveStatus(second)).toHaveText(/^Offline/);
  await context.setOffline(false);
  // The same member saved first in the other tab, and the view says so.
  const conflict = second.getByRole('region', {
    name: 'You saved this assessment in another tab or on another device',
  });
  await expect(conflict).toBeVisible();
  return { first, second, conflict };
}
