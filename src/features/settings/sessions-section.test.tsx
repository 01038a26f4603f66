import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockDatabase } from '../../../mocks/node';
import { renderApp, signInAs } from '../../../tests/utils/render-app';

describe('settings: notifications and sessions', () => {
  it('turns notifications by e-mail off, stored on the account', async () => {
    const user = userEvent.setup();
    signInAs('lotte-ghent');
    renderApp('/settings');
    const choice = await screen.findByRole('checkbox', { name: 'Send me notifications by e-mail' });
    expect(choice).toBeChecked();
    expect(screen.queryByRole('link', { name: 'Administer users' })).not.toBeInTheDocument();
    await user.click(choice);
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(choice).not.toBeChecked();
    expect((await mockDatabase.store.getAccount('lotte-ghent'))?.notificationsEnabled).toBe(false);
  });

  it('shows a coordinator the way to the administration of users', async () => {
    signInAs('claire-coordinator');
    renderApp('/settings');
    expect(await screen.findByRole('link', { name: 'Administer users' })).toHaveAttribute(
      'href',
      '/admin/users',
    );
  });
});
