import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, signInAs } from '../../../tests/utils/render-app';
import { storedAssessments } from '../../../tests/utils/mock-api';

describe('review queue', () => {
  it('lists every submitted assessment for a coordinator, with who submitted it', async () => {
    const { user } = signInAs('claire-coordinator');
    const submitted = storedAssessments({ status: 'submitted', readableBy: user });
    renderApp('/review');
    const table = await screen.findByRole('table', { name: 'Assessments submitted for review' });
    expect(within(table).getAllByRole('row')).toHaveLength(submitted.length + 1);
    const barcelona = within(table).getByRole('row', { name: /Barcelona/ });
    expect(within(barcelona).getByText('Jordi Puig')).toBeInTheDocument();
    expect(within(barcelona).getByRole('link', { name: 'Barcelona' })).toHaveAttribute(
      'href',
      '/cities/barcelona?round=2026',
    );
  });

  it.each(['lotte-ghent', 'sam-viewer'])(
    'tells %s the queue is for coordinators, with a way back, not an empty queue',
    async (userId) => {
      signInAs(userId);
      renderApp('/review');
      expect(await screen.findByText(/The review queue is for coordinators/)).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', '/');
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
      expect(screen.queryByText('No assessment is waiting for review.')).not.toBeInTheDocument();
    },
  );
});
