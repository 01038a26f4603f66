import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../../mocks/node';
import { contentOf, withFieldValue } from '../../domain/assessment-fields';
import { createDraftJournal } from '../../data/draft-journal';
import type { AssessmentContent } from '../../domain/assessment';
import { apiAs, applySave, storedAssessment } from '../../../tests/utils/mock-api';
import { renderApp, signInAs, type RenderAppOptions } from '../../../tests/utils/render-app';
import { noAnswer, stalledAnswer } from '../../../tests/utils/slow-api';

const GHENT = 'ghent-2026';
const SAVE_WAIT = { timeout: 4000 };
/** A save that times out and its retry: the time limit, the retry's pause, and the saves. */
const RETRY_WAIT = { timeout: 8000 };

/** What the API holds now. */
function serverCopy(id = GHENT) {
  return storedAssessment(id);
}

async function openEditor(path = `/assessments/${GHENT}`, options?: RenderAppOptions) {
  const view = renderApp(path, options);
  await screen.findByRole('heading', { level: 1, name: 'Ghent self-assessment, 2026' });
  await screen.findByRole('form', { name: 'Self-assessment' });
  return view;
}

const saveFails = () => {
  server.use(http.put('*/api/assessments/:id', () => HttpResponse.error()));
};

describe('assessment editor', () => {
  it('groups the commitments by role, explains the scale, and saves a change without a button', async () => {
    signInAs('lotte-ghent');
    const user = userEvent.setup();
    await openEditor();
    for (const role of [
      'Policymaker',
      'Service provider',
      'Employer',
      'Buyer of goods and services',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name: role })).toBeInTheDocument();
    }
    const scale = screen.getByRole('group', { name: 'Rating for EM2' });
    expect(
      within(scale).getByRole('radio', { name: 'Not applicable' }),
    ).toHaveAccessibleDescription(/has no such duty/);

    await user.click(within(scale).getByRole('radio', { name: 'Fully' }));
    await user.type(screen.getByLabelText('Evidence for EM2'), 'Fair-treatment audit 2025');
    expect(screen.getByLabelText('Evidence for EM2')).toHaveAccessibleDescription(
      /25 of 2,000 characters/,
    );
    await screen.findByText(/All changes saved at/, {}, SAVE_WAIT);
    expect(serverCopy().ratings.EM2).toMatchObject({
      rating: 'fully',
      evidence: 'Fair-treatment audit 2025',
    });
    expect(screen.getByText('Employer: 2 of 3')).toBeInTheDocument();
  });

  it('refuses an evidence link that is not http or https, next to the field, and adds a web address', async () => {
    signInAs('lotte-ghent');
    const user = userEvent.setup();
    await openEditor();
    const before = serverCopy().ratings.PM1?.links ?? [];
    const input = screen.getByLabelText('Add an evidence link for PM1');
    await user.type(input, 'javascript:alert(1)');
    await user.click(
      within(input.closest('.evidence-links') as HTMLElement).getByRole('button', {
        name: 'Add link',
      }),
    );
    expect(input).toHaveAccessibleDescription(/Only web addresses starting with http/);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('link', { name: /javascript:/ })).not.toBeInTheDocument();

    await user.clear(input);
    await user.type(input, 'https://ghent.example/report{Enter}');
    expect(
      within(screen.getByRole('list', { name: 'Evidence links for PM1' })).getByRole('link', {
        name: /https:\/\/ghent.example\/report/,
      }),
    ).toBeInTheDocument();
    await screen.findByText(/All changes saved at/, {}, SAVE_WAIT);
    expect(serverCopy().ratings.PM1?.links).toEqual([...before, 'https://ghent.example/report']);
  });

  it('shows a text over its limit as an error next to it and in the summary, and does not send it', async () => {
    signInAs('lotte-ghent');
    const user = userEvent.setup();
    await openEditor();
    const evidence = screen.getByLabelText('Evidence for EM3');
    await user.click(evidence);
    await user.paste('x'.repeat(2001));
    expect(
      await screen.findByText(/Not saved — fix the problems/, {}, SAVE_WAIT),
    ).toBeInTheDocument();
    expect(evidence).toHaveAccessibleDescription(/Shorten this to 2,000 characters or fewer/);
    const summary = screen.getByRole('heading', { name: 'There is a problem' })
      .parentElement as HTMLElement;
    await user.click(within(summary).getByRole('link', { name: /EM3 evidence/ }));
    expect(evidence).toHaveFocus();
    expect(serverCopy().ratings.EM3).toBeUndefined();
  });

  it('submits only when every commitment is rated, listing what is missing with links to it', async () => {
    signInAs('lotte-ghent');
    const user = userEvent.setup();
    await openEditor();
    await user.click(screen.getByRole('button', { name: 'Submit for review' }));
    const summary = (await screen.findByRole('heading', { name: 'There is a problem' }))
      .parentElement as HTMLElement;
    expect(within(summary).getAllByRole('link')).toHaveLength(5);
    await user.click(within(summary).getByRole('link', { name: /BU3 rating/ }));
    expect(
      within(screen.getByRole('group', { name: 'Rating for BU3' })).getByRole('radio', {
        name: 'Fully',
      }),
    ).toHaveFocus();
    expect(serverCopy().status).toBe('draft');

    for (const id of ['EM2', 'EM3', 'BU1', 'BU2']) {
      await user.click(
        within(screen.getByRole('group', { name: `Rating for ${id}` })).getByRole('radio', {
          name: 'Partly',
        }),
      );
    }
    await user.click(
      within(screen.getByRole('group', { name: 'Rating for BU3' })).getByRole('radio', {
        name: 'Not applicable',
      }),
    );
    expect(await screen.findByLabelText(/Reason for BU3/)).toHaveAccessibleDescription(
      /Give a reason for the answer to BU3/,
    );
    await user.type(
      screen.getByLabelText(/Reason for BU3/),
      'The city buys through a regional agency',
    );
    expect(screen.queryByRole('heading', { name: 'There is a problem' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Submit for review' }));
    // The form is gone: focus moves to the confirmation.
    expect(
      await screen.findByText(/Submitted for review by Lotte Peeters/, {}, SAVE_WAIT),
    ).toHaveFocus();
    expect(screen.queryByRole('form', { name: 'Self-assessment' })).not.toBeInTheDocument();
    expect(serverCopy().status).toBe('submitted');
    expect(serverCopy().ratings.BU3).toMatchObject({
      rating: 'not_applicable',
      reason: 'The city buys through a regional agency',
    });
  });

  it("shows the API's per-field errors next to the field they belong to", async () => {
    server.use(
      http.put('*/api/assessments/:id', () =>
        HttpResponse.json(
          {
            error: {
              code: 'validation_failed',
              message: 'The request body is not valid',
              fieldErrors: { 'ratings.SP2.evidence': ['Evidence must not name individuals'] },
            },
          },
          { status: 400 },
        ),
      ),
    );
    signInAs('lotte-ghent');
    const user = userEvent.setup();
    await openEditor();
    await user.type(screen.getByLabelText('Evidence for SP2'), ' Mr X helped.');
    await screen.findByText(/Not saved — fix the problems/, {}, SAVE_WAIT);
    expect(screen.getByLabelText('Evidence for SP2')).toHaveAccessibleDescription(
      /The server refused this: Evidence must not name individuals/,
    );
    expect(screen.getByLabelText('Evidence for SP2')).toHaveValue(
      `${serverCopy().ratings.SP2?.evidence ?? ''} Mr X helped.`,
    );
  });

  it('keeps the edits on this device when saving fails, retries, and saves them once the API answers', async () => {
    saveFails();
    signInAs('lotte-ghent');
    const user = userEvent.setup();
    await openEditor();
    await user.type(screen.getByLabelText('Evidence for EM2'), 'Kept while the API is down');
    expect(
      await screen.findByText(/Not saved — the server did not answer/, {}, SAVE_WAIT),
    ).toBeInTheDocument();
    expect(createDraftJournal('lotte-ghent', GHENT).load()?.content.ratings.EM2?.evidence).toBe(
      'Kept while the API is down',
    );

    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Retry now' }));
    await screen.findByText(/All changes saved at/, {}, SAVE_WAIT);
    expect(serverCopy().ratings.EM2?.evidence).toBe('Kept while the API is down');
    expect(createDraftJournal('lotte-ghent', GHENT).load()).toBeNull();
  });

  it.each([
    ['gets no answer', noAnswer],
    [
      'is applied, but its answer stalls after the headers',
      async ({ request }: { request: Request }) => {
        await applySave(GHENT, 'lotte-ghent', (await request.json()) as AssessmentContent);
        return stalledAnswer();
      },
    ],
  ])(
    'when a save %s, says so instead of "Saving…", keeps the text, and saves it on the next attempt',
    async (_, firstSave) => {
      server.use(http.put('*/api/assessments/:id', firstSave, { once: true }));
      signInAs('lotte-ghent');
      const user = userEvent.setup();
      // A short time limit, so the test does not wait the app's 15 s.
      await openEditor(undefined, { requestTimeoutMs: 300 });
      // One edit, so the one save that fails is the first.
      await user.click(screen.getByLabelText('Evidence for EM2'));
      await user.paste('Typed while the API hangs');
      expect(
        await screen.findByText(/Not saved — the server did not answer/, {}, RETRY_WAIT),
      ).toBeInTheDocument();
      expect(screen.queryByText('Saving…')).not.toBeInTheDocument();
      expect(screen.getByLabelText('Evidence for EM2')).toHaveValue('Typed while the API hangs');
      expect(createDraftJournal('lotte-ghent', GHENT).load()?.content.ratings.EM2?.evidence).toBe(
        'Typed while the API hangs',
      );

      // Nothing pressed: autosave tries again after its pause, and the API answers this time
      // (a save it had applied comes back as a conflict with itself, settled without a question).
      await screen.findByText(/All changes saved at|No unsaved changes/, {}, RETRY_WAIT);
      expect(
        screen.queryByRole('region', { name: /saved this assessment/ }),
      ).not.toBeInTheDocument();
      expect(serverCopy().ratings.EM2?.evidence).toBe('Typed while the API hangs');
      expect(createDraftJournal('lotte-ghent', GHENT).load()).toBeNull();
    },
  );

  it('says when the browser is offline, and saves when it is back', async () => {
    signInAs('lotte-ghent');
    const user = userEvent.setup();
    await openEditor();
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    await user.type(screen.getByLabelText('Evidence for EM2'), 'Typed on the train');
    expect(
      await screen.findByText(/Offline — your changes are kept on this device/, {}, SAVE_WAIT),
    ).toBeInTheDocument();
    expect(serverCopy().ratings.EM2).toBeUndefined();

    online.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await screen.findByText(/All changes saved at/, {}, SAVE_WAIT);
    expect(serverCopy().ratings.EM2?.evidence).toBe('Typed on the train');
  });

  it('restores edits that never reached the API after a reload, says so, and saves them', async () => {
    signInAs('lotte-ghent');
    const current = serverCopy();
    createDraftJournal('lotte-ghent', GHENT).save({
      content: withFieldValue(
        contentOf(current),
        'ratings.BU1.evidence',
        'Typed before the tab closed',
      ),
      baseVersion: current.version,
      baseContent: contentOf(current),
    });
    const first = await openEditor();
    // Said as it is at the moment: being saved, or (on a fast machine) saved already.
    expect(screen.getByText(/We restored 1 change you made on this device/)).toHaveTextContent(
      /being saved now|it is saved now/,
    );
    expect(screen.getByLabelText('Evidence for BU1')).toHaveValue('Typed before the tab closed');
    await screen.findByText(/All changes saved at/, {}, SAVE_WAIT);
    // Once saved, the notice says so instead of contradicting the status.
    expect(screen.getByText(/We restored 1 change you made on this device/)).toHaveTextContent(
      /it is saved now/,
    );
    expect(serverCopy().ratings.BU1?.evidence).toBe('Typed before the tab closed');

    // Nothing is left to restore after the next reload.
    first.unmount();
    await openEditor();
    expect(screen.queryByText(/We restored/)).not.toBeInTheDocument();
    expect(screen.getByText('No unsaved changes')).toBeInTheDocument();
  });

  it('keeps a link typed but not added yet through a reload', async () => {
    signInAs('lotte-ghent');
    const user = userEvent.setup();
    const first = await openEditor();
    await user.type(
      screen.getByLabelText('Add an evidence link for SP1'),
      'https://ghent.example/language-cafés',
    );
    first.unmount();

    await openEditor();
    const input = screen.getByLabelText('Add an evidence link for SP1');
    expect(input).toHaveValue('https://ghent.example/language-cafés');
    // Text back in its input is not a change "being saved".
    expect(screen.queryByText(/We restored/)).not.toBeInTheDocument();
    expect(screen.getByText('No unsaved changes')).toBeInTheDocument();

    // Submitting does not drop it silently: the summary names it and leads to it.
    await user.click(screen.getByRole('button', { name: 'Submit for review' }));
    const summary = (await screen.findByRole('heading', { name: 'There is a problem' }))
      .parentElement as HTMLElement;
    await user.click(
      within(summary).getByRole('link', { name: /SP1.*This link is typed but not added yet/ }),
    );
    expect(input).toHaveFocus();
    expect(input).toHaveAccessibleDescription(/This link is typed but not added yet/);
  });

  it('merges a version saved in another tab that changed other fields, without asking and without undoing it', async () => {
    signInAs('lotte-ghent');
    const user = userEvent.setup();
    await openEditor();
    // Tab A saves EM1 while this tab (B), on the same version, is about to change EM2.
    const other = serverCopy();
    await apiAs('lotte-ghent').saveAssessment(
      GHENT,
      withFieldValue(contentOf(other), 'ratings.EM1.evidence', 'EM1 as saved in tab A'),
      other.version,
    );

    await user.clear(screen.getByLabelText('Evidence for EM2'));
    await user.type(screen.getByLabelText('Evidence for EM2'), 'EM2 typed in tab B');
    await screen.findByText(/All changes saved at/, {}, SAVE_WAIT);

    expect(screen.queryByRole('region', { name: /saved this assessment/ })).not.toBeInTheDocument();
    expect(
      screen.getByText(/You saved version \d+ in another tab .*merged in the change to 1 field/),
    ).toBeInTheDocument();
    expect(serverCopy().ratings.EM1?.evidence).toBe('EM1 as saved in tab A');
    expect(serverCopy().ratings.EM2?.evidence).toBe('EM2 typed in tab B');
    expect(screen.getByLabelText('Evidence for EM1')).toHaveValue('EM1 as saved in tab A');
  });

  it('asks, with nothing chosen, only about fields both tabs changed, and saves what the member chose', async () => {
    signInAs('lotte-ghent');
    const user = userEvent.setup();
    await openEditor();
    // The same member, in another tab, saves first: PM2 and PM3, which this tab changes too, and EM1.
    const other = serverCopy();
    let theirs = contentOf(other);
    for (const [field, text] of [
      ['ratings.PM2.evidence', 'Their PM2 text'],
      ['ratings.PM3.evidence', 'Their PM3 text'],
      ['ratings.EM1.evidence', 'Their EM1 text'],
    ] as const) {
      theirs = withFieldValue(theirs, field, text);
    }
    await apiAs('lotte-ghent').saveAssessment(GHENT, theirs, other.version);

    await user.clear(screen.getByLabelText('Evidence for PM2'));
    await user.type(screen.getByLabelText('Evidence for PM2'), 'My PM2 text');
    await user.clear(screen.getByLabelText('Evidence for PM3'));
    await user.type(screen.getByLabelText('Evidence for PM3'), 'My PM3 text');
    await user.clear(screen.getByLabelText('Evidence for SP1'));
    await user.type(screen.getByLabelText('Evidence for SP1'), 'My SP1 text');
    const conflict = await screen.findByRole(
      'region',
      { name: 'You saved this assessment in another tab or on another device' },
      SAVE_WAIT,
    );
    const questions = within(conflict).getAllByRole('group');
    expect(questions.map((group) => group.querySelector('legend')?.textContent)).toEqual([
      'PM2 evidence',
      'PM3 evidence',
    ]);
    for (const radio of within(conflict).getAllByRole('radio')) expect(radio).not.toBeChecked();
    const pm2 = within(conflict).getByRole('group', { name: 'PM2 evidence' });
    const keepMine = within(pm2).getByRole('radio', { name: /^Keep this device's version/ });
    const takeTheirs = within(pm2).getByRole('radio', { name: /^Take version \d+/ });
    expect(keepMine).toHaveAccessibleDescription('My PM2 text');
    expect(takeTheirs).toHaveAccessibleDescription('Their PM2 text');
    // The field only the other tab changed is in the editor already.
    expect(screen.getByLabelText('Evidence for EM1')).toHaveValue('Their EM1 text');

    await user.click(within(conflict).getByRole('button', { name: 'Save the chosen version' }));
    expect(within(conflict).getByRole('alert')).toHaveTextContent(/each of the 2 fields/);
    expect(keepMine).toHaveFocus();
    expect(keepMine).toHaveAccessibleDescription(/^Choose which version of PM2 evidence to keep/);
    expect(serverCopy().ratings.PM2?.evidence).toBe('Their PM2 text');

    await user.click(takeTheirs);
    const pm3 = within(conflict).getByRole('group', { name: 'PM3 evidence' });
    await user.click(within(pm3).getByRole('radio', { name: /^Keep this device's version/ }));
    await user.click(within(conflict).getByRole('button', { name: 'Save the chosen version' }));

    await screen.findByText(/All changes saved at/, {}, SAVE_WAIT);
    expect(screen.queryByRole('region', { name: /saved this assessment/ })).not.toBeInTheDocument();
    expect(serverCopy().ratings).toMatchObject({
      PM2: { evidence: 'Their PM2 text' },
      PM3: { evidence: 'My PM3 text' },
      EM1: { evidence: 'Their EM1 text' },
      SP1: { evidence: 'My SP1 text' },
    });
    expect(screen.getByLabelText('Evidence for PM2')).toHaveValue('Their PM2 text');
  });

  it('when the server no longer takes changes, keeps the edits and shows the current version on request', async () => {
    signInAs('lotte-ghent');
    const user = userEvent.setup();
    await openEditor();
    // Meanwhile, in another tab, the member completes and submits the assessment.
    const otherTab = apiAs('lotte-ghent');
    const before = serverCopy();
    let complete = contentOf(before);
    for (const id of ['EM2', 'EM3', 'BU1', 'BU2', 'BU3'] as const) {
      complete = withFieldValue(complete, `ratings.${id}.rating`, 'partly');
    }
    const saved = await otherTab.saveAssessment(GHENT, complete, before.version);
    await otherTab.submitAssessment(GHENT, saved.version);
    server.use(
      http.put('*/api/assessments/:id', () =>
        HttpResponse.json(
          {
            error: {
              code: 'status_conflict',
              message: 'This is not possible while the assessment is submitted',
            },
          },
          { status: 409 },
        ),
      ),
    );

    await user.type(screen.getByLabelText('Evidence for SP1'), ' More.');
    expect(
      await screen.findByText(/the server no longer accepts changes/, {}, SAVE_WAIT),
    ).toBeInTheDocument();
    expect(createDraftJournal('lotte-ghent', GHENT).load()?.content.ratings.SP1?.evidence).toMatch(
      /More\.$/,
    );
    await user.click(screen.getByRole('button', { name: 'Show the current version' }));
    expect(await screen.findByText(/Submitted for review by Lotte Peeters/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Self-assessment' })).not.toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes, and stays when asked to', async () => {
    saveFails();
    signInAs('lotte-ghent');
    const user = userEvent.setup();
    await openEditor();
    await user.type(screen.getByLabelText('Evidence for EM2'), 'Not on the server yet');
    await user.click(screen.getByRole('link', { name: 'Cities' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave the assessment?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
    expect(screen.getByLabelText('Evidence for EM2')).toHaveValue('Not on the server yet');

    await user.click(screen.getByRole('link', { name: 'Cities' }));
    await user.click(await screen.findByRole('button', { name: 'Leave anyway' }));
    expect(
      // The cities page loads its chunk and two queries: slow on a busy 2-core machine.
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Signatory cities' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
  });
});
