import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockDatabase, server } from '../../../mocks/node';
import { createDraftJournal } from '../../data/draft-journal';
import { renderApp, signInAs } from '../../../tests/utils/render-app';
import { apiAs, demoUser, storedAssessments } from '../../../tests/utils/mock-api';
import { noAnswer } from '../../../tests/utils/slow-api';

describe('settings', () => {
  it('names the data source in use', async () => {
    signInAs('sam-viewer');
    renderApp('/settings');
    expect(await screen.findByText('REST API')).toBeInTheDocument();
    expect(screen.getByText(`${window.location.origin}/api`)).toBeInTheDocument();
  });

  it('resets the demo data after asking, and says so', async () => {
    const user = userEvent.setup();
    const member = demoUser('kasia-warsaw');
    signInAs('claire-coordinator');
    const created = await apiAs('kasia-warsaw').createAssessment({
      cityId: 'warsaw',
      roundId: '2026',
    });
    const unsavedEdits = createDraftJournal(member.id, created.id);
    unsavedEdits.save({
      content: { ratings: {}, trends: {}, targetGroups: ['eu_mobile_citizens'] },
      baseVersion: 1,
    });
    renderApp('/settings');

    await user.click(await screen.findByRole('button', { name: 'Reset demo data' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(storedAssessments({ cityId: 'warsaw', readableBy: member })).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset demo data' }));
    expect(await screen.findByText('The demo data has been restored.')).toBeInTheDocument();
    expect(storedAssessments({ cityId: 'warsaw', readableBy: member })).toHaveLength(0);
    expect(unsavedEdits.load()).toBeNull();
  });

  it('offers switching and resetting the demo data to coordinators only', async () => {
    signInAs('lotte-ghent');
    renderApp('/settings');
    expect(
      await screen.findByText(/^Shown now: Sample signatories, with 30 cities/),
    ).toBeInTheDocument();
    expect(screen.getByText(/only a coordinator can do it/)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Switch data set' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reset demo data' })).not.toBeInTheDocument();
  });

  it('names the data set shown, in settings and in the sample-data notice', async () => {
    signInAs('claire-coordinator');
    renderApp('/settings');
    expect(
      await screen.findByText(
        'Shown now: Sample signatories, with 30 cities, 6 rounds and ' +
          `${mockDatabase.dataSetInfo().assessmentCount} assessments.`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^Sample signatories/ })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Switch data set' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(
      within(screen.getByRole('contentinfo')).getByText(/sample signatories data set/),
    ).toBeInTheDocument();
  });

  it('switches to the synthetic set: every page then shows it, and no unsaved edit survives', async () => {
    const user = userEvent.setup();
    signInAs('claire-coordinator');
    const unsavedEdits = createDraftJournal('lotte-ghent', 'ghent-2026');
    unsavedEdits.save({
      content: { ratings: {}, trends: {}, targetGroups: ['eu_mobile_citizens'] },
      baseVersion: 2,
    });
    const { router } = renderApp('/settings');

    await user.click(await screen.findByRole('radio', { name: /^Synthetic scale test/ }));
    const switchButton = screen.getByRole('button', { name: 'Switch data set' });
    await user.click(switchButton);
    expect(await screen.findByText('Now showing: Synthetic scale test.')).toBeInTheDocument();
    // Focus stays where the keyboard left it; the button now has nothing to do.
    expect(switchButton).toHaveFocus();
    expect(switchButton).toHaveAttribute('aria-disabled', 'true');
    expect(
      screen.getByText(/^Shown now: Synthetic scale test, with 2,000 cities, 10 rounds/),
    ).toBeInTheDocument();
    expect(mockDatabase.dataSetInfo().dataSet).toBe('synthetic');
    expect(unsavedEdits.load()).toBeNull();
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByText(/synthetic scale-test data set/)).toHaveTextContent(
      'changes last until you reload the page',
    );
    expect(
      screen.getByText(/The synthetic data set keeps your changes in memory/),
    ).toBeInTheDocument();

    await act(() => router.navigate('/cities'));
    expect(await screen.findByText('2,000 of 2,000 cities')).toHaveAttribute('role', 'status');
  });

  it('says so when the switch fails, and stays on the same data set', async () => {
    const user = userEvent.setup();
    signInAs('claire-coordinator');
    server.use(
      http.put('*/api/demo/data-set', () => HttpResponse.json({}, { status: 500 }), {
        once: true,
      }),
    );
    renderApp('/settings');
    await user.click(await screen.findByRole('radio', { name: /^Synthetic scale test/ }));
    await user.click(screen.getByRole('button', { name: 'Switch data set' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The data set could not be switched. Try again.',
    );
    expect(mockDatabase.dataSetInfo().dataSet).toBe('sample');
  });

  it('says so when the switch or the reset gets no answer in time, and offers each again', async () => {
    const user = userEvent.setup();
    signInAs('claire-coordinator');
    server.use(http.put('*/api/demo/data-set', noAnswer), http.post('*/api/demo/reset', noAnswer));
    renderApp('/settings', { requestTimeoutMs: 300 });
    await user.click(await screen.findByRole('radio', { name: /^Synthetic scale test/ }));
    await user.click(screen.getByRole('button', { name: 'Switch data set' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The data set could not be switched. Try again.',
    );
    expect(screen.getByRole('button', { name: 'Switch data set' })).toHaveAttribute(
      'aria-disabled',
      'false',
    );

    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset demo data' }));
    expect(
      await screen.findByText('The demo data could not be reset. Try again.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset demo data' })).toBeEnabled();
    expect(mockDatabase.dataSetInfo().dataSet).toBe('sample');
  });
});
