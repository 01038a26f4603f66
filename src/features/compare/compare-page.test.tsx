import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, signInAs } from '../../../tests/utils/render-app';

describe('compare', () => {
  it('opens on the latest closed round and asks for cities', async () => {
    signInAs('sam-viewer');
    renderApp('/compare');
    expect(await screen.findByLabelText('Reporting round')).toHaveValue('2022');
    expect(screen.getByText(/Choose one or more cities/)).toBeInTheDocument();
  });

  it('compares the cities in the URL and keeps the choice in the URL', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    const { router } = renderApp('/compare?round=2020&cities=ghent,oslo');
    const chart = await screen.findByRole('region', { name: 'Scores per role, compared, 2020' });
    await user.click(within(chart).getByRole('button', { name: 'Show as table' }));
    expect(within(chart).getByRole('row', { name: /Ghent/ })).toBeInTheDocument();
    expect(within(chart).getByRole('row', { name: /Oslo/ })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Ghent' }));
    expect(within(chart).queryByRole('row', { name: /Ghent/ })).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?round=2020&cities=oslo');
  });
});
