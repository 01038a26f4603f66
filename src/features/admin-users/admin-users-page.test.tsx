import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, signInAs } from '../../../tests/utils/render-app';

describe('administration of users, in the demo', () => {
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
    expect(within(form).getByText('Enter a name.')).toBeInTheDocument();
    expect(within(form).getByText('Enter an e-mail address.')).toBeInTheDocument();
    expect(within(form).getByText('Choose the member’s city.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Name')).toHaveAccessibleDescription('Enter a name.');

    await user.type(within(form).getByLabelText('Name'), 'Nora Jansen');
    await user.type(within(form).getByLabelText('E-mail'), 'nora@example.org');
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
