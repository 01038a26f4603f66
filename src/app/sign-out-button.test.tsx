import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockDatabase, server } from '../../mocks/node';
import { storedAssessment } from '../../tests/utils/mock-api';
import { renderApp, signInAs } from '../../tests/utils/render-app';

const GHENT = 'ghent-2026';
const SAVE_WAIT = { timeout: 5000 };

function draftKeys(): string[] {
  return Object.keys(localStorage).filter((key) => key.startsWith('charter-monitor.draft'));
}

async function openEditor() {
  renderApp(`/assessments/${GHENT}`);
  await screen.findByRole('form', { name: 'Self-assessment' }, SAVE_WAIT);
}

describe('signing out with unsaved changes', () => {
  it('saves them first, then signs out and leaves none of them on the device', async () => {
    signInAs('lotte-ghent');
    const user = userEvent.setup();
    await openEditor();
    await user.clear(screen.getByLabelText('Evidence for EM2'));
    await user.type(screen.getByLabelText('Evidence for EM2'), 'Typed just before signing out');
    expect(draftKeys()).not.toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in' }, SAVE_WAIT),
    ).toBeInTheDocument();
    expect(storedAssessment(GHENT).ratings.EM2?.evidence).toBe('Typed just before signing out');
    expect(draftKeys()).toEqual([]);
  });

  it('asks before deleting changes it cannot save, and keeps them when the member stays', async () => {
    signInAs('lotte-ghent');
    server.use(http.put('*/api/assessments/:id', () => HttpResponse.error()));
    const user = userEvent.setup();
    await openEditor();
    await user.type(screen.getByLabelText('Evidence for EM2'), ' and more');

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    const dialog = await screen.findByRole(
      'alertdialog',
      { name: 'Some of your changes are not saved' },
      SAVE_WAIT,
    );
    expect(dialog).toHaveTextContent(/Changes to 1 assessment could not be saved/);
    const stay = within(dialog).getByRole('button', { name: 'Stay signed in' });
    expect(stay).toHaveFocus();
    await user.click(stay);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toHaveFocus();
    expect(screen.getByLabelText<HTMLTextAreaElement>('Evidence for EM2').value).toMatch(
      / and more$/,
    );
    expect(draftKeys()).not.toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await user.click(
      within(await screen.findByRole('alertdialog', {}, SAVE_WAIT)).getByRole('button', {
        name: 'Sign out and delete them',
      }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in' }, SAVE_WAIT),
    ).toBeInTheDocument();
    expect(draftKeys()).toEqual([]);
  });

  it('when the session ended elsewhere, offers to sign in again and then saves the kept text', async () => {
    const session = signInAs('lotte-ghent');
    const user = userEvent.setup();
    await openEditor();
    // Signed out in another tab: this tab still holds the old token.
    await mockDatabase.store.deleteSession(session.token);
    await user.clear(screen.getByLabelText('Evidence for EM3'));
    await user.type(screen.getByLabelText('Evidence for EM3'), 'Typed after the session ended');

    expect(
      await screen.findByText(/^Not saved — your session has ended/, {}, SAVE_WAIT),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in' }, SAVE_WAIT);
    await user.click(screen.getByRole('radio', { name: /Lotte Peeters/ }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await screen.findByRole('form', { name: 'Self-assessment' }, SAVE_WAIT);
    expect(screen.getByLabelText('Evidence for EM3')).toHaveValue('Typed after the session ended');
    await screen.findByText(/All changes saved at/, {}, SAVE_WAIT);
    expect(storedAssessment(GHENT).ratings.EM3?.evidence).toBe('Typed after the session ended');
  });
});
