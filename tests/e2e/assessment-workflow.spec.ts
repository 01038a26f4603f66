import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  allSaved,
  editorForm,
  evidenceField,
  ghentDraftPath,
  openConflict,
  openGhentEditor,
  ratingGroup,
  saveStatus,
} from './assessment-editor';
import { expectNoViolations } from './axe';
import { signInAs, signOut } from './demo-session';

const ratingLabels = ['Fully', 'Partly', 'Not at all', 'Not applicable', 'Not assessed'] as const;
type RatingLabel = (typeof ratingLabels)[number];

const roles = [
  { name: 'Policymaker', commitments: ['PM1', 'PM2', 'PM3'] },
  { name: 'Service provider', commitments: ['SP1', 'SP2'] },
  { name: 'Employer', commitments: ['EM1', 'EM2', 'EM3'] },
  { name: 'Buyer of goods and services', commitments: ['BU1', 'BU2', 'BU3'] },
] as const;

function reasonField(page: Page, commitmentId: string) {
  return page.getByRole('textbox', {
    name: `Reason for ${commitmentId} (why it is not applicable or not assessed)`,
  });
}

function em3LinkInput(page: Page) {
  return page.getByRole('textbox', { name: 'Add an evidence link for EM3' });
}

async function rate(page: Page, commitmentId: string, rating: RatingLabel) {
  await ratingGroup(page, commitmentId).getByRole('radio', { name: rating, exact: true }).check();
}

/**
 * The 2026 column of the reviewer's table "Ratings by commitment, … and 2026", by commitment:
 * what the coordinator approves. Read in one go from the rows' text (header, before, after, change).
 */
async function ratingsInReview(table: Locator): Promise<Record<string, RatingLabel | null>> {
  await expect(table.getByRole('row')).toHaveCount(1 + 11);
  const rows = await table.getByRole('row').allInnerTexts();
  const ratings: Record<string, RatingLabel | null> = {};
  for (const row of rows.slice(1)) {
    const [commitment = '', , after = ''] = row.split('\t');
    const id = commitment.split(' ')[0] ?? '';
    ratings[id] = ratingLabels.find((label) => after.endsWith(label)) ?? null;
  }
  return ratings;
}

/**
 * The scores the charter's method gives (fully 100, partly 50, not at all 0, the rest left
 * out; a role is the mean of its commitments, overall the mean of the roles), worked out here
 * independently of the app, as the numbers a reader expects to see.
 */
function expectedScores(ratings: Record<string, RatingLabel | null>) {
  const points: Partial<Record<RatingLabel, number>> = { Fully: 100, Partly: 50, 'Not at all': 0 };
  const mean = (values: number[]) =>
    values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
  const byRole = roles.map((role) => ({
    name: role.name,
    score: mean(
      role.commitments.flatMap((id) => {
        const rating = ratings[id];
        const value = rating ? points[rating] : undefined;
        return value === undefined ? [] : [value];
      }),
    ),
  }));
  const overall = mean(byRole.flatMap((role) => (role.score === null ? [] : [role.score])));
  const text = (score: number | null) => (score === null ? 'no score' : String(Math.round(score)));
  return [
    ...byRole.map((role) => ({ name: role.name, score: text(role.score) })),
    { name: 'Overall', score: text(overall) },
  ];
}

test('a draft is restored after a reload, submitted, returned, fixed, resubmitted and approved', async ({
  page,
}) => {
  // Five sign-ins and a dozen pages: longer than one screen's test.
  test.setTimeout(120_000);
  const em2Evidence =
    'Since 2025 every job advert invites applicants of all backgrounds — “welkom”.';
  const em3Reason = 'Staff data by background may not be collected under Belgian law.';
  const returnComment = 'Please add an evidence link for EM2 before we approve.';
  const em2Link = 'https://example.org/ghent/2026/em2-job-adverts';
  const em3Link = 'https://example.org/ghent/2026/em3-regional-law';

  await test.step('Lotte opens her draft from the overview', async () => {
    await signInAs(page, 'Lotte Peeters');
    await page.getByRole('link', { name: 'Continue the 2026 assessment' }).click();
    await expect(page).toHaveURL(ghentDraftPath);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Ghent self-assessment, 2026' }),
    ).toBeVisible();
    await expect(editorForm(page)).toBeVisible();
    for (const id of ['PM1', 'PM2', 'PM3', 'SP1', 'SP2', 'EM1']) {
      await expect(ratingGroup(page, id).getByRole('radio', { checked: true })).toHaveCount(1);
    }
    for (const id of ['EM2', 'EM3', 'BU1', 'BU2', 'BU3']) {
      await expect(ratingGroup(page, id).getByRole('radio', { checked: true })).toHaveCount(0);
    }
  });

  await test.step('she reloads before autosave and loses nothing', async () => {
    await rate(page, 'EM2', 'Fully');
    await evidenceField(page, 'EM2').pressSequentially(em2Evidence);
    await rate(page, 'EM3', 'Not applicable');
    // A link typed but not added yet is typed text too.
    await em3LinkInput(page).pressSequentially(em3Link);
    // The last edit to the answers, so the reload comes well within autosave's pause.
    await reasonField(page, 'EM3').fill(em3Reason);
    await expect(saveStatus(page)).toHaveText('Unsaved changes — saving in a moment…');

    const prompt = page.waitForEvent('dialog');
    const reload = page.reload();
    const dialog = await prompt;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.accept();
    await reload;

    await expect(editorForm(page)).toBeVisible();
    // Whether the restore notice shows depends on whether autosave's pause ran out while the
    // browser asked about leaving (then the edits were saved and there is nothing to restore);
    // the notice itself is tested in the editor's component tests. Either way nothing is lost:
    await expect(ratingGroup(page, 'EM2').getByRole('radio', { name: 'Fully' })).toBeChecked();
    await expect(evidenceField(page, 'EM2')).toHaveValue(em2Evidence);
    await expect(
      ratingGroup(page, 'EM3').getByRole('radio', { name: 'Not applicable' }),
    ).toBeChecked();
    await expect(reasonField(page, 'EM3')).toHaveValue(em3Reason);
    await expect(em3LinkInput(page)).toHaveValue(em3Link);
    // Saved now by this page, or already before the reload.
    await expect(saveStatus(page)).toHaveText(
      /^(All changes saved at \d{1,2}:\d{2}|No unsaved changes)/,
    );
  });

  await test.step('she adds the link she had typed, rates the rest and submits', async () => {
    await em3LinkInput(page).press('Enter');
    await expect(page.getByRole('list', { name: 'Evidence links for EM3' })).toContainText(em3Link);
    await rate(page, 'BU1', 'Partly');
    await rate(page, 'BU2', 'Not at all');
    await rate(page, 'BU3', 'Fully');
    await expect(page.getByText('Every commitment and key trend is answered.')).toBeVisible();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    // Focus, and the view, move to the confirmation.
    await expect(page.getByText(/^Submitted for review by Lotte Peeters on .+\./)).toBeFocused();
    await expect(page.getByText(/^Submitted for review by Lotte Peeters on .+\./)).toBeInViewport();
    await expect(editorForm(page)).toHaveCount(0);
    await expect(page.getByRole('radio')).toHaveCount(0);
  });

  await test.step('Claire returns it, but only with a comment', async () => {
    await signOut(page);
    await signInAs(page, 'Claire Dubois');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Review queue' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
    const ghentRow = page.getByRole('row', { name: /^Ghent 2026 Lotte Peeters/ });
    await expect(ghentRow).toBeVisible();
    await ghentRow.getByRole('link', { name: 'Review Ghent' }).click();
    await expect(page).toHaveURL(ghentDraftPath);

    const changes = page.getByRole('table', { name: 'Ratings by commitment, 2022 and 2026' });
    // The 2026 column shows what Lotte chose (words after a decorative shape).
    await expect(changes.getByRole('row', { name: /^EM2 / }).getByRole('cell').nth(1)).toHaveText(
      /Fully$/,
    );
    const decision = page.getByRole('region', { name: 'Your decision' });
    const comment = decision.getByRole('textbox', { name: 'Comment for the city' });
    await decision.getByRole('button', { name: 'Return to the city' }).click();
    await expect(comment).toHaveAccessibleDescription(
      /Write a comment for the city before returning the assessment\./,
    );
    await expect(comment).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Submitted for review', { exact: true })).toBeVisible();

    await comment.fill(returnComment);
    await decision.getByRole('button', { name: 'Return to the city' }).click();
    await expect(page.getByText('Returned to the city', { exact: true })).toBeVisible();
    await expect(decision).toHaveCount(0);
  });

  await test.step('Lotte reads the comment, adds the link and submits again', async () => {
    await signOut(page);
    await signInAs(page, 'Lotte Peeters');
    await page.getByRole('link', { name: 'Continue the 2026 assessment' }).click();
    await expect(
      page.getByRole('region', { name: 'Returned by the coordinators with this comment' }),
    ).toContainText(returnComment);
    const em2 = page.getByRole('group', { name: /^EM2 / });
    await em2.getByRole('textbox', { name: 'Add an evidence link for EM2' }).fill(em2Link);
    await em2.getByRole('button', { name: 'Add link' }).click();
    await expect(page.getByRole('list', { name: 'Evidence links for EM2' })).toContainText(em2Link);
    await expect(saveStatus(page)).toHaveText(allSaved);
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(page.getByText(/^Submitted for review by Lotte Peeters on /)).toBeVisible();
    await expect(editorForm(page)).toHaveCount(0);
  });

  await test.step('Claire approves it; the city profile switches to 2026', async () => {
    await signOut(page);
    await signInAs(page, 'Claire Dubois', '/cities/ghent');
    // Until 2026 is approved, the profile shows the latest approved round: 2022.
    await expect(page.getByRole('region', { name: 'Scores per role, Ghent, 2022' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Scores per role, Ghent, 2026' })).toHaveCount(0);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Review queue' })
      .click();
    await page.getByRole('link', { name: 'Review Ghent' }).click();
    const changes = page.getByRole('table', { name: 'Ratings by commitment, 2022 and 2026' });
    const approvedRatings = await ratingsInReview(changes);
    expect(approvedRatings).toMatchObject({
      EM2: 'Fully',
      EM3: 'Not applicable',
      BU1: 'Partly',
      BU2: 'Not at all',
      BU3: 'Fully',
    });
    expect(Object.keys(approvedRatings)).toHaveLength(11);
    expect(Object.values(approvedRatings)).not.toContain(null);
    const decision = page.getByRole('region', { name: 'Your decision' });
    await decision.getByRole('button', { name: 'Approve' }).click();
    await decision.getByRole('button', { name: 'Yes, approve' }).click();
    await expect(page.getByText('Approved', { exact: true })).toBeVisible();

    const history = page.getByRole('region', { name: 'History' });
    const entries = history.getByRole('listitem').filter({ hasText: /\(version \d+\)/ });
    await expect(entries.filter({ hasText: 'Claire Dubois approved it' })).toHaveCount(1);
    await expect(entries.filter({ hasText: 'Lotte Peeters submitted it for review' })).toHaveCount(
      2,
    );
    await expect(
      entries.filter({ hasText: 'Claire Dubois returned it to the city' }),
    ).toContainText(returnComment);
    await expect(entries.first()).toContainText('Claire Dubois approved it');

    await page.getByRole('link', { name: 'Ghent city profile' }).click();
    const scores = page.getByRole('region', { name: 'Scores per role, Ghent, 2026' });
    await expect(scores).toBeVisible();
    await scores.getByRole('button', { name: 'Show as table' }).click();
    const table = scores.getByRole('table');
    for (const { name, score } of expectedScores(approvedRatings)) {
      await expect(
        // The first column is Ghent in 2026; the others are its previous round and all cities.
        table
          .getByRole('row', { name: new RegExp(`^${name} `) })
          .getByRole('cell')
          .first(),
      ).toHaveText(score);
    }
  });
});

test('edits made offline are kept, then saved once the connection is back', async ({
  context,
  page,
}) => {
  const pm1Evidence = 'Written offline: the 2026 integration plan was adopted in May.';
  const em2Evidence = 'Written offline: anonymised applications for every vacancy.';
  const trendExample = 'Written offline: a yearly integration budget line.';
  const pm3Link = 'https://example.org/ghent/2026/pm3-offline';

  await openGhentEditor(page);
  await context.setOffline(true);
  await evidenceField(page, 'PM1').fill(pm1Evidence);
  await rate(page, 'EM2', 'Partly');
  await evidenceField(page, 'EM2').fill(em2Evidence);
  await page.getByRole('textbox', { name: 'Example for key trend 1' }).fill(trendExample);
  const pm3 = page.getByRole('group', { name: /^PM3 / });
  await pm3.getByRole('textbox', { name: 'Add an evidence link for PM3' }).fill(pm3Link);
  await pm3.getByRole('textbox', { name: 'Add an evidence link for PM3' }).press('Enter');
  await expect(saveStatus(page)).toHaveText(
    /^Offline — your changes are kept on this device and will be saved when you are back online\./,
  );

  await context.setOffline(false);
  await expect(saveStatus(page)).toHaveText(allSaved);

  // Nothing is left unsaved, so a reload asks nothing and shows what the server has.
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  await expect(editorForm(page)).toBeVisible();
  await expect(page.getByText(/^We restored/)).toHaveCount(0);
  expect(dialogs).toEqual([]);
  await expect(evidenceField(page, 'PM1')).toHaveValue(pm1Evidence);
  await expect(ratingGroup(page, 'EM2').getByRole('radio', { name: 'Partly' })).toBeChecked();
  await expect(evidenceField(page, 'EM2')).toHaveValue(em2Evidence);
  await expect(page.getByRole('textbox', { name: 'Example for key trend 1' })).toHaveValue(
    trendExample,
  );
  await expect(page.getByRole('list', { name: 'Evidence links for PM3' })).toContainText(pm3Link);

  // A fresh tab has no copy on this device: its history comes from the API alone.
  const other = await context.newPage();
  await other.goto(ghentDraftPath);
  const history = other.getByRole('region', { name: 'History' });
  const latest = history
    .getByRole('listitem')
    .filter({ hasText: /^.+ Lotte Peeters saved version/ })
    .first();
  await expect(latest).toBeVisible();
  await latest.getByText(/fields? changed$/).click();
  for (const change of [
    `PM1 evidence: from`,
    `to “${pm1Evidence}”`,
    `PM3 evidence links: from`,
    pm3Link,
    'EM2 rating: from “(empty)” to “Partly”',
    `EM2 evidence: from “(empty)” to “${em2Evidence}”`,
    `Key trend 1 example: from`,
    `to “${trendExample}”`,
  ]) {
    await expect(latest).toContainText(change);
  }
});

test('two tabs that change different fields: the second merges the first’s saved change instead of undoing it', async ({
  context,
}) => {
  const first = await context.newPage();
  await openGhentEditor(first);
  const second = await context.newPage();
  await second.goto(ghentDraftPath);
  await expect(editorForm(second)).toBeVisible();
  const em1Before = await evidenceField(second, 'EM1').inputValue();

  await evidenceField(first, 'EM1').fill('Tab A: EM1 saved first.');
  await expect(saveStatus(first)).toHaveText(allSaved);
  await evidenceField(second, 'EM2').fill('Tab B: EM2, typed on the version both opened.');

  await expect(saveStatus(second)).toHaveText(allSaved);
  await expect(second.getByRole('region', { name: /saved this assessment/ })).toHaveCount(0);
  await expect(second.getByText(/^You saved version 3 in another tab/)).toBeVisible();
  await expect(evidenceField(second, 'EM1')).toHaveValue('Tab A: EM1 saved first.');
  expect(em1Before).not.toBe('Tab A: EM1 saved first.');

  await first.reload();
  await expect(evidenceField(first, 'EM1')).toHaveValue('Tab A: EM1 saved first.');
  await expect(evidenceField(first, 'EM2')).toHaveValue(
    'Tab B: EM2, typed on the version both opened.',
  );
});

test('two tabs that change the same field: the second asks about that field alone, with nothing chosen, and keeps what its user chooses', async ({
  context,
}) => {
  const firstText = 'Tab one: the council debates the integration report every spring.';
  const secondText = 'Tab two: the integration report goes to the council each March.';
  const { first, second, conflict } = await openConflict(context, {
    first: firstText,
    second: secondText,
    beforeSecond: async (page) => {
      await rate(page, 'EM2', 'Not assessed');
    },
  });

  await expect(saveStatus(second)).toHaveText(/^Not saved — someone saved a newer version\./);
  await expect(conflict).toContainText('You saved version 3 in another tab or on another device');
  // EM2's rating was changed in this tab only: merged, not asked about.
  await expect(conflict.getByRole('group')).toHaveCount(1);
  const pm2Choice = conflict.getByRole('group', { name: 'PM2 evidence' });
  const keepMine = pm2Choice.getByRole('radio', { name: /^Keep this device's version/ });
  const takeTheirs = pm2Choice.getByRole('radio', { name: /^Take version 3/ });
  await expect(keepMine).toHaveAccessibleDescription(secondText);
  await expect(takeTheirs).toHaveAccessibleDescription(firstText);
  await expect(keepMine).not.toBeChecked();
  await expect(takeTheirs).not.toBeChecked();

  await conflict.getByRole('button', { name: 'Save the chosen version' }).click();
  await expect(conflict.getByRole('alert')).toHaveText(/Choose a version for the field/);
  await expect(keepMine).toBeFocused();
  await conflict.getByRole('button', { name: 'Take all from the other tab' }).click();
  await expect(takeTheirs).toBeChecked();
  await conflict.getByRole('button', { name: 'Keep all of mine' }).click();
  await expect(keepMine).toBeChecked();
  await takeTheirs.check();
  await conflict.getByRole('button', { name: 'Save the chosen version' }).click();

  await expect(conflict).toHaveCount(0);
  await expect(saveStatus(second)).toHaveText(allSaved);
  await expect(evidenceField(second, 'PM2')).toHaveValue(firstText);
  await expect(
    ratingGroup(second, 'EM2').getByRole('radio', { name: 'Not assessed' }),
  ).toBeChecked();

  await first.reload();
  await expect(evidenceField(first, 'PM2')).toHaveValue(firstText);
  await expect(
    ratingGroup(first, 'EM2').getByRole('radio', { name: 'Not assessed' }),
  ).toBeChecked();
});

test('a member starts the open round from her city’s previous answers', async ({ page }) => {
  await signInAs(page, 'Sanne de Vries', '/cities/amsterdam');
  // The profile shows the 2022 round, the one she may start from.
  await expect(page.getByRole('combobox', { name: 'Reporting round' })).toHaveValue('2022');
  const pm1In2022 = await page
    .getByRole('region', { name: 'Commitments and evidence' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /^PM1 / }) })
    .innerText();

  const start = page.getByRole('region', { name: 'Amsterdam: your 2026 self-assessment' });
  await expect(start).toContainText('Your city has not started its 2026 self-assessment yet.');
  const fromPrevious = start.getByRole('radio', { name: /^From your city's 2022 answers/ });
  await expect(fromPrevious).toBeChecked();
  await expect(start.getByRole('radio', { name: 'With an empty form' })).not.toBeChecked();
  await start.getByRole('button', { name: 'Start the 2026 assessment' }).click();

  await expect(page).toHaveURL('/assessments/amsterdam-2026');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Amsterdam self-assessment, 2026' }),
  ).toBeVisible();
  await expect(editorForm(page)).toBeVisible();
  await expect(
    page.getByRole('progressbar', { name: '11 of 11 commitments answered' }),
  ).toBeVisible();
  const pm1Rating = ratingGroup(page, 'PM1').getByRole('radio', { checked: true });
  await expect(pm1Rating).toHaveCount(1);
  const pm1Evidence = await evidenceField(page, 'PM1').inputValue();
  expect(pm1Evidence).not.toBe('');
  expect(pm1In2022).toContain(pm1Evidence);
  await expect(page.getByRole('region', { name: 'History' })).toContainText(
    'Sanne de Vries started the assessment (version 1).',
  );
});

test('a member of another city cannot open Ghent’s draft by its address', async ({ page }) => {
  await signInAs(page, 'Aino Virtanen', ghentDraftPath);
  await expect(page.getByRole('alert')).toContainText('You do not have permission to see this.');
  await expect(editorForm(page)).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0);
});

test('signing out saves what was typed, or asks before deleting it, and leaves no draft in the browser', async ({
  context,
  page,
}) => {
  // Two sign-ins and an axe scan of the whole editor.
  test.slow();
  const draftKeys = () =>
    page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('charter-monitor.draft')),
    );
  const signOutButton = page.getByRole('button', { name: 'Sign out' });

  await openGhentEditor(page);
  await evidenceField(page, 'EM2').fill('Typed a moment before signing out.');
  await signOutButton.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  expect(await draftKeys()).toEqual([]);

  await openGhentEditor(page);
  await expect(evidenceField(page, 'EM2')).toHaveValue('Typed a moment before signing out.');
  await context.setOffline(true);
  await evidenceField(page, 'EM2').fill('Typed offline, then signing out.');
  await signOutButton.click();
  const dialog = page.getByRole('alertdialog', { name: 'Some of your changes are not saved' });
  await expect(dialog.getByRole('button', { name: 'Stay signed in' })).toBeFocused();
  await expectNoViolations(page);
  await dialog.getByRole('button', { name: 'Sign out and delete them' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await draftKeys()).toEqual([]);
  // The sign-in page lists the demo users once the browser is back online.
  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
});
