import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockDatabase } from '../../../mocks/node';
import { renderApp, signInAs } from '../../../tests/utils/render-app';

describe('overview', () => {
  it('shows the average per role by round, with a table holding the same numbers', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    renderApp('/');
    const chart = await screen.findByRole('region', { name: 'Average score per role, by round' });
    expect(
      within(chart).getByText(
        /The average overall score of approved assessments went from \d+ in 2013 to \d+ in 2026/,
      ),
    ).toBeInTheDocument();

    await user.click(within(chart).getByRole('button', { name: 'Show as table' }));
    const table = within(chart).getByRole('table', { name: 'Average score per role, by round' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      '2013',
      '2015',
      '2018',
      '2020',
      '2022',
      '2026',
    ]);
    expect(within(chart).getByRole('button', { name: 'Show as chart' })).toBeInTheDocument();
  });

  it('counts where the open round stands, from the API', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    const progress = mockDatabase.roundProgress('2026');
    renderApp('/');
    const chart = await screen.findByRole('region', { name: 'Where the 2026 round stands' });
    expect(
      within(chart).getByText(
        `${progress.approved} of ${progress.expectedCities} cities have an approved assessment for 2026; ${progress.submitted} are waiting for review.`,
      ),
    ).toBeInTheDocument();
    await user.click(within(chart).getByRole('button', { name: 'Show as table' }));
    const submittedRow = within(chart).getByRole('row', { name: /Submitted/ });
    expect(within(submittedRow).getByRole('cell')).toHaveTextContent(String(progress.submitted));
  });

  it('says the scores are sample data', async () => {
    signInAs('sam-viewer');
    renderApp('/');
    expect(await screen.findByText(/illustrative sample data/)).toBeInTheDocument();
  });
});
