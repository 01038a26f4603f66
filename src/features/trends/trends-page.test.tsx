import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockDatabase } from '../../../mocks/node';
import { approvedAssessments, trendAdoption } from '../../domain/aggregation';
import { renderApp, signInAs } from '../../../tests/utils/render-app';

describe('key trends', () => {
  it('counts, for each of the eight trends, the cities where it is established, emerging or not observed', async () => {
    const user = userEvent.setup();
    const { user: viewer } = signInAs('sam-viewer');
    const adoption = trendAdoption(
      approvedAssessments(mockDatabase.listAssessments(viewer, { roundId: '2022' })),
    );
    renderApp('/trends');
    const chart = await screen.findByRole('region', { name: 'Key-trend adoption, 2022' });
    await user.click(within(chart).getByRole('button', { name: 'Show as table' }));
    const rows = within(chart).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(8);
    const mainstreaming = within(chart).getByRole('row', { name: /2\. Mainstreaming/ });
    expect(
      within(mainstreaming)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      String(adoption.mainstreaming.established),
      String(adoption.mainstreaming.emerging),
      String(adoption.mainstreaming.not_observed),
    ]);
  });
});
