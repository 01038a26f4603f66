import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockDatabase } from '../../../mocks/node';
import { createDraftJournal } from '../../data/draft-journal';
import { renderApp, signInAs } from '../../../tests/utils/render-app';

describe('settings', () => {
  it('names the data source in use', async () => {
    signInAs('sam-viewer');
    renderApp('/settings');
    expect(await screen.findByText('REST API')).toBeInTheDocument();
    expect(screen.getByText(`${window.location.origin}/api`)).toBeInTheDocument();
  });

  it('resets the demo data after asking, and says so', async () => {
    const user = userEvent.setup();
    const { user: member } = signInAs('kasia-warsaw');
    const created = mockDatabase.createAssessment(member, { cityId: 'warsaw', roundId: '2026' });
    const unsavedEdits = createDraftJournal(member.id, created.id);
    unsavedEdits.save({ ratings: {}, trends: {}, targetGroups: ['eu_mobile_citizens'] }, 1);
    renderApp('/settings');

    await user.click(await screen.findByRole('button', { name: 'Reset demo data' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(mockDatabase.listAssessments(member, { cityId: 'warsaw' })).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset demo data' }));
    expect(await screen.findByText('The demo data has been restored.')).toBeInTheDocument();
    expect(mockDatabase.listAssessments(member, { cityId: 'warsaw' })).toHaveLength(0);
    expect(unsavedEdits.load()).toBeNull();
  });
});
