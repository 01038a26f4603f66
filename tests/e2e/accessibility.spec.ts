import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  allSaved,
  editorForm,
  evidenceField,
  openConflict,
  openGhentEditor,
  ratingGroup,
  saveStatus,
} from './assessment-editor';
import { expectNoViolations } from './axe';
import { expectChartsDrawn } from './charts-drawn';
import { signInAs } from './demo-session';

test('sign-in has no WCAG 2.1 AA violations', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('radio').first()).toBeVisible();
  await expectNoViolations(page);
});

const signedInRoutes = [
  { path: '/', heading: 'Overview', charts: 4 },
  { path: '/cities', heading: 'Signatory cities', charts: 0 },
  { path: '/cities/ghent', heading: 'Ghent', charts: 2 },
  { path: '/compare?cities=ghent,oslo,berlin', heading: 'Compare cities', charts: 1 },
  { path: '/trends', heading: 'Key trends', charts: 2 },
  { path: '/review', heading: 'Review queue', charts: 0 },
  { path: '/settings', heading: 'Settings', charts: 0 },
  { path: '/admin', heading: 'Administration', charts: 0 },
  { path: '/admin/rounds', heading: 'Manage reporting rounds', charts: 0 },
  { path: '/admin/cities', heading: 'Manage signatory cities', charts: 0 },
  { path: '/admin/audit', heading: 'Audit log', charts: 0 },
  { path: '/no-such-page', heading: 'Page not found', charts: 0 },
];

for (const route of signedInRoutes) {
  test(`${route.path} has no WCAG 2.1 AA violations, as chart and as table`, async ({ page }) => {
    await signInAs(page, 'Claire Dubois', route.path);
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
    const charts = page.locator('.chart-frame');
    await expect(charts).toHaveCount(route.charts);
    await expectChartsDrawn(charts);
    await expectNoViolations(page);

    if (route.charts > 0) {
      const showTable = page.getByRole('button', { name: 'Show as table' });
      for (let shown = 0; shown < route.charts; shown += 1) {
        // Each click relabels its button "Show as chart", so the next is always the first.
        await showTable.first().click();
      }
      await expect(showTable).toHaveCount(0);
      await expect(charts.getByRole('table')).toHaveCount(route.charts);
      await expectNoViolations(page);
    }
  });
}

/** Presses `key` until `target` has focus, as a keyboard user would; fails after `limit` presses. */
async function tabUntilFocused(page: Page, key: 'Tab' | 'Shift+Tab', target: Locator, limit = 120) {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** The focused element shows the focus ring (the browser's keyboard-focus heuristic applies). */
async function expectFocusVisible(page: Page) {
  const focus = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      focusVisible: element.matches(':focus-visible'),
      outlineStyle: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth),
    };
  });
  expect(focus).not.toBeNull();
  expect(focus?.focusVisible).toBe(true);
  expect(focus?.outlineStyle).not.toBe('none');
  expect(focus?.outlineWidth).toBeGreaterThanOrEqual(2);
}

test.describe('assessments', () => {
  // axe scans of the whole editor (about 650 elements) take seconds each on a 2-core machine.
  test.describe.configure({ timeout: 90_000 });

  test('the editor has no WCAG 2.1 AA violations, nor with its error summary', async ({ page }) => {
    await openGhentEditor(page);
    await expect(saveStatus(page)).toHaveText('No unsaved changes');
    await expectNoViolations(page);

    await page.getByRole('button', { name: 'Submit for review' }).click();
    const summary = page.getByRole('heading', { name: 'There is a problem' });
    await expect(summary).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'EM2 rating: Choose a rating for EM2.' }),
    ).toBeVisible();
    await expectNoViolations(page);
  });

  test('the review queue and a submitted assessment under review have no violations', async ({
    page,
  }) => {
    await signInAs(page, 'Claire Dubois', '/review');
    await expect(
      page.getByRole('table', { name: 'Assessments submitted for review' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Review Barcelona' })).toBeVisible();
    await expectNoViolations(page);

    await page.getByRole('link', { name: 'Review Barcelona' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Barcelona self-assessment, 2026' }),
    ).toBeVisible();
    await expect(
      page.getByRole('table', { name: /^Ratings by commitment, \d{4} and 2026$/ }),
    ).toBeVisible();
    const decision = page.getByRole('region', { name: 'Your decision' });
    await expect(decision).toBeVisible();
    await expect(page.getByRole('region', { name: 'History' })).toBeVisible();
    await expectNoViolations(page);

    // And with the comment's error showing.
    await decision.getByRole('button', { name: 'Return to the city' }).click();
    await expect(
      decision.getByText('Write a comment for the city before returning the assessment.'),
    ).toBeVisible();
    await expectNoViolations(page);
  });

  test('the conflict view has no violations', async ({ context }) => {
    const { second, conflict } = await openConflict(context, {
      first: 'Saved first, in one tab.',
      second: 'Saved second, in another tab.',
    });
    await expect(conflict.getByRole('group', { name: 'PM2 evidence' })).toBeVisible();
    await expect(
      conflict.getByRole('heading', { name: 'You saved this assessment in another tab' }),
    ).toBeFocused();
    await expectNoViolations(second);
    // Asked to save with nothing chosen: the message and the marked field pass too.
    await conflict.getByRole('button', { name: 'Save the chosen version' }).click();
    await expect(conflict.getByRole('alert')).toBeVisible();
    await expectNoViolations(second);
  });

  test('a member fills in items with the keyboard alone, and always sees where focus is', async ({
    page,
  }) => {
    const evidence = 'Typed with the keyboard: a welcome desk in every district office.';
    const link = 'https://example.org/ghent/2026/em2-keyboard';
    await signInAs(page, 'Lotte Peeters');
    const continueLink = page.getByRole('link', { name: 'Continue the 2026 assessment' });
    await tabUntilFocused(page, 'Tab', continueLink);
    await expectFocusVisible(page);
    await page.keyboard.press('Enter');
    await expect(editorForm(page)).toBeVisible();

    // The first rating group is one Tab stop: its chosen radio.
    const pm1 = ratingGroup(page, 'PM1');
    const pm1Chosen = pm1.getByRole('radio', { checked: true });
    const pm1Before = await pm1Chosen.getAttribute('value');
    await tabUntilFocused(page, 'Tab', pm1Chosen);
    await expectFocusVisible(page);
    await page.keyboard.press('ArrowDown');
    await expect(pm1.getByRole('radio', { checked: true })).toBeFocused();
    expect(await pm1.getByRole('radio', { checked: true }).getAttribute('value')).not.toBe(
      pm1Before,
    );
    await page.keyboard.press('ArrowUp');
    await expect(pm1.getByRole('radio', { checked: true })).toHaveAttribute(
      'value',
      pm1Before ?? '',
    );

    // "Next unanswered" is before the form: back there, then on to EM2, the first open item.
    const next = page.getByRole('button', { name: 'Go to the next unanswered item' });
    await tabUntilFocused(page, 'Shift+Tab', next);
    await expectFocusVisible(page);
    await page.keyboard.press('Enter');
    const em2 = ratingGroup(page, 'EM2');
    await expect(em2.getByRole('radio', { name: 'Fully' })).toBeFocused();
    await expectFocusVisible(page);
    await expect(em2.getByRole('radio', { checked: true })).toHaveCount(0);
    await page.keyboard.press('ArrowDown');
    await expect(em2.getByRole('radio', { name: 'Partly' })).toBeFocused();
    await expect(em2.getByRole('radio', { name: 'Partly' })).toBeChecked();

    await page.keyboard.press('Tab');
    await expect(evidenceField(page, 'EM2')).toBeFocused();
    await expectFocusVisible(page);
    await page.keyboard.type(evidence);
    await expect(evidenceField(page, 'EM2')).toHaveValue(evidence);

    await page.keyboard.press('Tab');
    const addLink = page.getByRole('textbox', { name: 'Add an evidence link for EM2' });
    await expect(addLink).toBeFocused();
    await page.keyboard.type(link);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('list', { name: 'Evidence links for EM2' })).toContainText(link);
    await expect(addLink).toHaveValue('');
    await expect(addLink).toBeFocused();
    await expect(saveStatus(page)).toHaveText(allSaved);

    // EM2 is answered now, so the button moves on to EM3.
    await tabUntilFocused(page, 'Shift+Tab', next);
    await page.keyboard.press('Enter');
    const em3 = ratingGroup(page, 'EM3');
    await expect(em3.getByRole('radio', { name: 'Fully' })).toBeFocused();
    await expectFocusVisible(page);
    await page.keyboard.press('Space');
    await expect(em3.getByRole('radio', { name: 'Fully' })).toBeChecked();
  });
});
