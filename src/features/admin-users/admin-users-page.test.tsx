import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockDatabase } from '../../../mocks/node';
import { i18next, showLanguage } from '../../lib/i18n';
import { renderApp, signInAs } from '../../../tests/utils/render-app';

describe('administration of users, in the demo', () => {
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  it('invites a person: no mail in the demo, and the person can be picked on the demo sign-in', async () => {
    const user = userEvent.setup();
    signInAs('claire-coordinator');
    renderApp('/admin/users');
    const table = await screen.findByRole('table', { name: 'Users' });
    expect(within(table).getByRole('row', { name: /Lotte Peeters/ })).toHaveTextContent(
      /Working-group member.*Ghent.*Active/,
    );
    const form = screen.getByRole('region', { name: 'Invite a person' });
    await user.click(within(form).getByRole('button', { name: 'Send the invitation' }));
    expect(within(form).getByLabelText('Name')).toHaveFocus();
    expect(within(form).getByText('Enter a name, up to 120 characters.')).toBeInTheDocument();
    expect(within(form).getByText('Enter an e-mail address.')).toBeInTheDocument();
    expect(within(form).getByText('Choose the member’s city.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Name')).toHaveAccessibleDescription(
      'Enter a name, up to 120 characters.',
    );

    // A name of spaces alone is no name.
    await user.type(within(form).getByLabelText('Name'), '   ');
    await user.click(within(form).getByRole('button', { name: 'Send the invitation' }));
    expect(within(form).getByLabelText('Name')).toHaveAccessibleDescription(
      'Enter a name, up to 120 characters.',
    );

    // An address that is there but not whole is told so, not asked for again.
    await user.type(within(form).getByLabelText('E-mail'), 'nora@example');
    await user.click(within(form).getByRole('button', { name: 'Send the invitation' }));
    expect(within(form).getByLabelText('E-mail')).toHaveAccessibleDescription(
      'Enter a whole e-mail address, such as name@example.org.',
    );

    await user.clear(within(form).getByLabelText('Name'));
    await user.type(within(form).getByLabelText('Name'), ' Nora Jansen ');
    await user.type(within(form).getByLabelText('E-mail'), '.org');
    await user.selectOptions(within(form).getByLabelText('City'), 'Ghent');
    await user.click(within(form).getByRole('button', { name: 'Send the invitation' }));
    // Said under the form, where the coordinator is, and focused.
    const added = await within(form).findByRole('status');
    expect(added).toHaveTextContent(
      'Nora Jansen is added. The demo sends no e-mail: Nora Jansen can now be chosen on the demo sign-in page.',
    );
    expect(added).toHaveFocus();
    expect(
      await within(table).findByRole('row', { name: /Nora Jansen nora@example.org/ }),
    ).toHaveTextContent(/Invited/);
  });

  it('deactivates a user after a confirming dialog whose safe choice has focus', async () => {
    const user = userEvent.setup();
    signInAs('claire-coordinator');
    renderApp('/admin/users');
    const table = await screen.findByRole('table', { name: 'Users' });
    const row = within(table).getByRole('row', { name: /Aino Virtanen/ });
    const deactivate = within(row).getByRole('button', { name: 'Deactivate Aino Virtanen' });
    await user.click(deactivate);
    let dialog = screen.getByRole('alertdialog', { name: 'Deactivate Aino Virtanen?' });
    expect(within(dialog).getByRole('button', { name: 'Keep the account' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(deactivate).toHaveFocus();

    await user.click(deactivate);
    dialog = screen.getByRole('alertdialog', { name: 'Deactivate Aino Virtanen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));
    // The row's buttons are gone: focus is on the message that says what happened.
    const done = await screen.findByText('Aino Virtanen is deactivated.');
    await waitFor(() => {
      expect(done).toHaveFocus();
    });
    expect(within(table).getByRole('row', { name: /Aino Virtanen/ })).toHaveTextContent(
      'Deactivated',
    );
  });

  it('offers the cities not archived, by name in the reader’s language, and keeps a person’s own', async () => {
    const user = userEvent.setup();
    const data = mockDatabase.store.data();
    mockDatabase.store.replaceData({
      ...data,
      cities: data.cities.map((city) =>
        ['amsterdam', 'ghent'].includes(city.id) ? { ...city, archived: true } : city,
      ),
    });
    await showLanguage('de');
    signInAs('claire-coordinator');
    renderApp('/admin/users');
    const form = await screen.findByRole('region', { name: 'Person einladen' });
    const options = within(within(form).getByLabelText('Stadt'))
      .getAllByRole('option')
      .map((option) => option.textContent);
    // Antwerpen, Athen, Barcelona…: Amsterdam and Gent are archived; München sorts among the Ms.
    expect(options.slice(0, 5)).toEqual([
      'Stadt wählen',
      'Antwerpen',
      'Athen',
      'Barcelona',
      'Berlin',
    ]);
    expect(options).not.toContain('Amsterdam');
    expect(options).not.toContain('Gent');
    expect(options.slice(options.indexOf('Mailand'), options.indexOf('Mailand') + 4)).toEqual([
      'Mailand',
      'Montpellier',
      'München',
      'Nürnberg',
    ]);

    const table = screen.getByRole('table', { name: 'Personen' });
    await user.click(
      within(table).getByRole('button', { name: 'Rolle oder Stadt ändern für Lotte Peeters' }),
    );
    const change = screen.getByRole('form', { name: 'Rolle und Stadt von Lotte Peeters' });
    expect(within(change).getByLabelText('Stadt')).toHaveDisplayValue('Gent');
    expect(
      within(within(change).getByLabelText('Stadt')).queryByRole('option', { name: 'Amsterdam' }),
    ).toBeNull();
  });

  it('names the row buttons from their visible label, and says a change where focus goes', async () => {
    const user = userEvent.setup();
    signInAs('claire-coordinator');
    renderApp('/admin/users');
    const table = await screen.findByRole('table', { name: 'Users' });
    const row = within(table).getByRole('row', { name: /Lotte Peeters/ });
    const change = within(row).getByRole('button', {
      name: 'Change role or city for Lotte Peeters',
    });
    await user.click(change);
    await user.click(within(row).getByRole('button', { name: 'Cancel' }));
    expect(
      within(row).getByRole('button', { name: 'Change role or city for Lotte Peeters' }),
    ).toHaveFocus();

    await user.click(within(row).getByRole('button', { name: /^Change role or city/ }));
    const form = within(row).getByRole('form', { name: 'Role and city of Lotte Peeters' });
    expect(within(form).getByLabelText('Role')).toHaveFocus();
    await user.selectOptions(within(form).getByLabelText('Role'), 'coordinator');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const saved = await screen.findByText('Lotte Peeters is now saved as Coordinator.');
    await waitFor(() => {
      expect(saved).toHaveFocus();
    });
  });

  describe('at 320 px, where the table is wider than the screen', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('scrolls it in a named region that the keyboard can reach', async () => {
      vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(900);
      vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(300);
      signInAs('claire-coordinator');
      renderApp('/admin/users');
      const region = await screen.findByRole('region', { name: 'Users' });
      expect(region).toHaveAttribute('tabindex', '0');
      expect(within(region).getByRole('table', { name: 'Users' })).toBeInTheDocument();
    });
  });

  it('tells a member the page is for coordinators', async () => {
    signInAs('lotte-ghent');
    renderApp('/admin/users');
    expect(
      await screen.findByText('Only coordinators administer Charter Monitor.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
