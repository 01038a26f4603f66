import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mockDatabase } from '../../../mocks/node';
import { i18next, showLanguage } from '../../lib/i18n';
import { renderApp, signInAs } from '../../../tests/utils/render-app';

const storedRound = (id: string) =>
  mockDatabase.store.data().rounds.find((round) => round.id === id);

describe('the rounds administration page', () => {
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  it('creates a round, keeping the input and naming the field when the server refuses it', async () => {
    const user = userEvent.setup();
    signInAs('claire-coordinator');
    renderApp('/admin/rounds');
    const year = await screen.findByRole('textbox', { name: /^Year/ });
    await user.type(year, '2026');
    await user.click(screen.getByRole('button', { name: 'Create round' }));
    expect(
      await screen.findByText('There is a round for this year already: enter another year.'),
    ).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'New round' });
    expect(within(form).getAllByRole('alert')[0]).toHaveFocus();
    expect(year).toHaveValue('2026');
    expect(year).toHaveAttribute('aria-invalid', 'true');
    expect(year).toHaveAccessibleDescription(expect.stringContaining('already'));

    await user.clear(year);
    await user.type(year, '2028');
    await user.type(screen.getByLabelText(/^Deadline/), '2029-01-31');
    await user.click(screen.getByRole('button', { name: 'Create round' }));
    // Said next to the form, where the coordinator is, and focused.
    const created = await within(form).findByText(/^Round 2028 created\./);
    expect(created).toHaveRole('status');
    expect(created).toHaveFocus();
    const table = screen.getByRole('table', { name: 'Rounds, newest first' });
    const row = await within(table).findByRole('row', { name: /^2028/ });
    expect(within(row).getByText('Planned')).toBeInTheDocument();
    expect(within(row).getByText('31 Jan 2029')).toBeInTheDocument();
    expect(storedRound('2028')).toMatchObject({ status: 'planned', deadline: '2029-01-31' });
  });

  it('says what year to enter, in the reader’s language, before sending anything', async () => {
    const user = userEvent.setup();
    signInAs('claire-coordinator');
    renderApp('/admin/rounds');
    const year = await screen.findByRole('textbox', { name: /^Year/ });
    await user.click(screen.getByRole('button', { name: 'Create round' }));
    expect(year).toHaveAccessibleDescription(
      expect.stringContaining('Enter a year from 2010 to 2100.'),
    );
    await user.type(year, '1999');
    await user.click(screen.getByRole('button', { name: 'Create round' }));
    expect(year).toHaveAccessibleDescription(
      expect.stringContaining('Enter a year from 2010 to 2100.'),
    );
    expect(screen.queryByText(/Too small|expected/)).not.toBeInTheDocument();
    expect(storedRound('1999')).toBeUndefined();
  });

  it('refuses a deadline before the round’s year, saying which day may come first', async () => {
    const user = userEvent.setup();
    signInAs('claire-coordinator');
    renderApp('/admin/rounds');
    await user.type(await screen.findByRole('textbox', { name: /^Year/ }), '2028');
    const deadline = screen.getByLabelText(/^Deadline/);
    await user.type(deadline, '2020-01-31');
    await user.click(screen.getByRole('button', { name: 'Create round' }));
    expect(deadline).toHaveAccessibleDescription(
      expect.stringContaining(
        'Choose a day on or after 1 January 2028: the round collects that year’s answers.',
      ),
    );
    expect(storedRound('2028')).toBeUndefined();
  });

  it('says it in German to a German reader', async () => {
    const user = userEvent.setup();
    await showLanguage('de');
    signInAs('claire-coordinator');
    renderApp('/admin/rounds');
    await user.click(await screen.findByRole('button', { name: 'Runde anlegen' }));
    expect(screen.getByRole('textbox', { name: /^Jahr/ })).toHaveAccessibleDescription(
      expect.stringContaining('Geben Sie ein Jahr von 2010 bis 2100 ein.'),
    );
  });

  it('asks before closing, naming the drafts and submissions still open, and can be kept open', async () => {
    const user = userEvent.setup();
    signInAs('claire-coordinator');
    renderApp('/admin/rounds');
    await user.click(await screen.findByRole('button', { name: 'Close 2026' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Close round 2026?' });
    expect(dialog).toHaveTextContent(
      'Still open: 5 drafts, 6 submissions awaiting review and 1 returned assessment.',
    );
    expect(within(dialog).getByRole('button', { name: 'Keep it open' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Keep it open' }));
    expect(storedRound('2026')?.status).toBe('open');

    await user.click(screen.getByRole('button', { name: 'Close 2026' }));
    await user.click(await screen.findByRole('button', { name: 'Close the round' }));
    const closed = await screen.findByText('Round 2026 is closed.');
    await waitFor(() => {
      expect(closed).toHaveFocus();
    });
    expect(storedRound('2026')?.status).toBe('closed');
    expect(await screen.findByRole('button', { name: 'Open 2026' })).toBeInTheDocument();
  });

  it('will not open a second round while one is open', async () => {
    const user = userEvent.setup();
    signInAs('claire-coordinator');
    renderApp('/admin/rounds');
    await user.click(await screen.findByRole('button', { name: 'Open 2022' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Close round 2026 before opening');
    expect(screen.getByRole('button', { name: 'Open 2022' })).toHaveFocus();
    expect(storedRound('2022')?.status).toBe('closed');

    // Another action starts: the refusal no longer applies and goes.
    await user.click(screen.getByRole('button', { name: 'Close 2026' }));
    expect(await screen.findByRole('alertdialog', { name: 'Close round 2026?' })).toBeVisible();
    expect(screen.queryByText(/Close round 2026 before opening/)).not.toBeInTheDocument();
  });

  it('keeps focus on the page: Escape keeps a round open and returns to its Close button', async () => {
    const user = userEvent.setup();
    signInAs('claire-coordinator');
    renderApp('/admin/rounds');
    const close = await screen.findByRole('button', { name: 'Close 2026' });
    expect(close).not.toHaveFocus();
    await user.click(close);
    await screen.findByRole('alertdialog', { name: 'Close round 2026?' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(close).toHaveFocus();
    expect(storedRound('2026')?.status).toBe('open');
  });

  it.each(['lotte-ghent', 'sam-viewer'])('is for coordinators only, not %s', async (userId) => {
    signInAs(userId);
    renderApp('/admin/rounds');
    expect(
      await screen.findByText('Only coordinators administer Charter Monitor.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Administration' })).not.toBeInTheDocument();
  });
});
