import { expect, type Locator, type Page } from '@playwright/test';
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
