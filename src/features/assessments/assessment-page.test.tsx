import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatScore } from '../../lib/format';
import { renderApp, signInAs } from '../../../tests/utils/render-app';
import { demoUser, storedAssessment, storedAssessments } from '../../../tests/utils/mock-api';
import { plainGroupAverage } from '../../../tests/utils/plain-scores';
import { mockDatabase } from '../../../mocks/node';

function serverCopy(id: string) {
  return storedAssessment(id);
}

describe('who may do what with an assessment', () => {
  it("refuses another city's draft to a member who types its address", async () => {
    signInAs('aino-helsinki');
    renderApp('/assessments/ghent-2026');
    expect(await screen.findByText('You do not have permission to see this.')).toBeInTheDocument();
    // Trying again cannot help: the way onward is the overview, and the tab says what happened.
    expect(screen.getByRole('heading', { level: 1, name: 'Not available to you' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(document.title).toBe('Not available to you · Charter Monitor');
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it("shows a member their city's draft read-only once the round is closed", async () => {
    const data = mockDatabase.store.data();
    mockDatabase.store.replaceData({
      ...data,
      rounds: data.rounds.map((round) =>
        round.id === '2026' ? { ...round, status: 'closed' } : round,
      ),
    });
    signInAs('lotte-ghent');
    renderApp('/assessments/ghent-2026');
    await screen.findByRole('heading', { level: 1, name: 'Ghent self-assessment, 2026' });
    expect(
      screen.getByText('This round is closed: its assessments are read-only.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Submit/ })).not.toBeInTheDocument();
  });

  it('shows an approved assessment read-only to a viewer, with nothing to edit', async () => {
    signInAs('sam-viewer');
    renderApp('/assessments/athens-2026');
    await screen.findByRole('heading', { level: 1, name: 'Athens self-assessment, 2026' });
    expect(screen.getByText('Approved')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Commitments and evidence' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Approve|Submit/ })).not.toBeInTheDocument();
  });

  it('keeps a submitted assessment read-only for its member until it is returned', async () => {
    signInAs('jordi-barcelona');
    renderApp('/assessments/barcelona-2026');
    expect(await screen.findByText(/Submitted for review by Jordi Puig/)).toHaveTextContent(
      /cannot be changed while it is in review/,
    );
    expect(screen.queryByRole('form', { name: 'Self-assessment' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Your decision' })).not.toBeInTheDocument();
  });

  it('shows a returned assessment with the coordinator’s comment above the editor', async () => {
    signInAs('aino-helsinki');
    renderApp('/assessments/helsinki-2026');
    const comment = await screen.findByRole('region', {
      name: 'Returned by the coordinators with this comment',
    });
    expect(comment).toHaveTextContent(serverCopy('helsinki-2026').reviewComment ?? 'missing');
    expect(screen.getByRole('form', { name: 'Self-assessment' })).toBeInTheDocument();
  });
});

describe('starting an assessment', () => {
  it('lets a member start from the previous round, prefilled', async () => {
    signInAs('sanne-amsterdam');
    const user = userEvent.setup();
    renderApp('/cities/amsterdam');
    const panel = await screen.findByRole('region', {
      name: 'Amsterdam: your 2026 self-assessment',
    });
    // The open round's deadline (2027-01-31), written out as people read dates here.
    expect(within(panel).getByText('Please submit by 31 Jan 2027.')).toBeVisible();
    expect(
      within(panel).getByRole('radio', { name: /From your city's 2022 answers/ }),
    ).toBeChecked();
    await user.click(within(panel).getByRole('button', { name: 'Start the 2026 assessment' }));

    await screen.findByRole('heading', { level: 1, name: 'Amsterdam self-assessment, 2026' });
    const previous = serverCopy('amsterdam-2022');
    const rating = previous.ratings.PM1?.rating;
    const label = { fully: 'Fully', partly: 'Partly', not_at_all: 'Not at all' }[
      rating as 'fully' | 'partly' | 'not_at_all'
    ];
    expect(
      within(screen.getByRole('group', { name: 'Rating for PM1' })).getByRole('radio', {
        name: label,
      }),
    ).toBeChecked();
    expect(serverCopy('amsterdam-2026')).toMatchObject({
      status: 'draft',
      ratings: previous.ratings,
    });
  });

  it('offers no new assessment to the member of an archived city', async () => {
    const data = mockDatabase.store.data();
    mockDatabase.store.replaceData({
      ...data,
      cities: data.cities.map((city) =>
        city.id === 'amsterdam' ? { ...city, archived: true } : city,
      ),
    });
    signInAs('sanne-amsterdam');
    renderApp('/cities/amsterdam');
    await screen.findByText(/This city is archived/);
    expect(screen.queryByRole('button', { name: 'Start the 2026 assessment' })).toBeNull();
  });

  it('counts answers the same way on the home card and in the editor', async () => {
    signInAs('lotte-ghent');
    const user = userEvent.setup();
    const ghent = serverCopy('ghent-2026');
    // By hand: a commitment counts once rated, and "not applicable" / "not assessed" with a reason.
    const answered = Object.values(ghent.ratings).filter(
      (answer) =>
        answer.rating !== null &&
        (!['not_applicable', 'not_assessed'].includes(answer.rating) ||
          answer.reason.trim() !== ''),
    ).length;
    const expected = `${String(answered)} of 11 commitments answered`;
    renderApp('/');
    const panel = await screen.findByRole(
      'region',
      { name: 'Ghent: your 2026 self-assessment' },
      { timeout: 5000 },
    );
    expect(within(panel).getByText(new RegExp(`· ${expected}$`))).toBeInTheDocument();
    await user.click(within(panel).getByRole('link', { name: 'Continue the 2026 assessment' }));
    await screen.findByRole('heading', { level: 1, name: 'Ghent self-assessment, 2026' });
    expect(screen.getByRole('progressbar', { name: expected })).toBeInTheDocument();
  });

  it('lets a member start empty from their home page', async () => {
    signInAs('sanne-amsterdam');
    const user = userEvent.setup();
    renderApp('/');
    const panel = await screen.findByRole('region', {
      name: 'Amsterdam: your 2026 self-assessment',
    });
    await user.click(within(panel).getByRole('radio', { name: 'With an empty form' }));
    await user.click(within(panel).getByRole('button', { name: 'Start the 2026 assessment' }));
    await screen.findByRole('heading', { level: 1, name: 'Amsterdam self-assessment, 2026' });
    expect(screen.getByText('0 of 11 commitments answered')).toBeInTheDocument();
    expect(serverCopy('amsterdam-2026').ratings).toEqual({});
  });

  it('offers nothing to start to a member of another city', async () => {
    signInAs('lotte-ghent');
    renderApp('/cities/amsterdam');
    await screen.findByRole('heading', { level: 1, name: 'Amsterdam' });
    expect(screen.queryByRole('button', { name: /Start the/ })).not.toBeInTheDocument();
  });
});

describe('review', () => {
  it('shows the coordinator the changes since the previous round, per commitment, in words', async () => {
    signInAs('claire-coordinator');
    renderApp('/assessments/barcelona-2026');
    const table = await screen.findByRole('table', {
      name: 'Ratings by commitment, 2022 and 2026',
    });
    const current = serverCopy('barcelona-2026');
    const previous = serverCopy('barcelona-2022');
    const changed = (
      ['PM1', 'PM2', 'PM3', 'SP1', 'SP2', 'EM1', 'EM2', 'EM3', 'BU1', 'BU2', 'BU3'] as const
    ).filter((id) => current.ratings[id]?.rating !== previous.ratings[id]?.rating);
    expect(changed.length).toBeGreaterThan(0);
    for (const id of changed) {
      expect(within(table).getByRole('row', { name: new RegExp(`^${id} `) })).toHaveTextContent(
        /improved|declined|changed|newly rated/,
      );
    }
  });

  it('returns with a comment the member then sees, and refuses to return without one', async () => {
    signInAs('claire-coordinator');
    const user = userEvent.setup();
    renderApp('/assessments/barcelona-2026');
    const decision = await screen.findByRole('region', { name: 'Your decision' });
    await user.click(within(decision).getByRole('button', { name: 'Return to the city' }));
    expect(within(decision).getByLabelText('Comment for the city')).toHaveAccessibleDescription(
      /Write a comment for the city before returning the assessment/,
    );
    expect(within(decision).getByLabelText('Comment for the city')).toHaveFocus();
    expect(serverCopy('barcelona-2026').status).toBe('submitted');

    await user.type(
      within(decision).getByLabelText('Comment for the city'),
      'Add evidence for BU2, please.',
    );
    await user.click(within(decision).getByRole('button', { name: 'Return to the city' }));
    expect(
      await screen.findByRole('region', { name: 'Returned by the coordinators with this comment' }),
    ).toHaveTextContent('Add evidence for BU2, please.');
    expect(serverCopy('barcelona-2026')).toMatchObject({
      status: 'returned',
      reviewComment: 'Add evidence for BU2, please.',
    });
    const history = screen.getByRole('region', { name: 'History' });
    expect(
      await within(history).findByText(/Claire Dubois returned it to the city/),
    ).toBeInTheDocument();
    expect(within(history).getByText('Add evidence for BU2, please.')).toBeInTheDocument();
  });

  it('approves, and the history records who approved it', async () => {
    signInAs('claire-coordinator');
    const user = userEvent.setup();
    renderApp('/assessments/barcelona-2026');
    const decision = await screen.findByRole('region', { name: 'Your decision' });
    await user.click(within(decision).getByRole('button', { name: 'Approve' }));
    // One click does not publish: the panel asks, and Cancel goes back to the button.
    expect(within(decision).getByText(/^Approve this assessment\?/)).toHaveFocus();
    expect(serverCopy('barcelona-2026').status).toBe('submitted');
    await user.click(within(decision).getByRole('button', { name: 'Cancel' }));
    expect(within(decision).getByRole('button', { name: 'Approve' })).toHaveFocus();
    expect(serverCopy('barcelona-2026').status).toBe('submitted');

    await user.click(within(decision).getByRole('button', { name: 'Approve' }));
    await user.click(within(decision).getByRole('button', { name: 'Yes, approve' }));
    const status = await screen.findByText('Approved');
    expect(status.closest('p')).toHaveFocus();
    expect(serverCopy('barcelona-2026').status).toBe('approved');
    expect(
      await within(screen.getByRole('region', { name: 'History' })).findByText(
        /Claire Dubois approved it/,
      ),
    ).toBeInTheDocument();
  });

  it('lists submitted assessments with what changed since the previous round and a way to review', async () => {
    signInAs('claire-coordinator');
    renderApp('/review');
    const table = await screen.findByRole('table', { name: 'Assessments submitted for review' });
    const barcelona = within(table).getByRole('row', { name: /Barcelona/ });
    expect(barcelona).toHaveTextContent(/Since 2022: .*(improved|declined|changed|newly rated)/);
    expect(within(barcelona).getByRole('link', { name: 'Review Barcelona' })).toHaveAttribute(
      'href',
      '/assessments/barcelona-2026',
    );
  });
});

describe('charts and unapproved assessments', () => {
  it('counts only approved assessments unless a coordinator includes the others', async () => {
    signInAs('claire-coordinator');
    const user = userEvent.setup();
    renderApp('/');
    const switchBox = await screen.findByRole('checkbox', {
      name: /Include assessments that are not approved yet/,
    });
    const readable = storedAssessments({
      roundId: '2026',
      readableBy: demoUser('claire-coordinator'),
    });
    const approvedOnly =
      plainGroupAverage(readable.filter((assessment) => assessment.status === 'approved')) ?? 0;
    const withDrafts = plainGroupAverage(readable) ?? 0;
    expect(formatScore(approvedOnly)).not.toBe(formatScore(withDrafts));

    const chart = screen.getByRole('region', { name: 'Average score per role, by round' });
    expect(chart).toHaveTextContent(`to ${formatScore(approvedOnly)} in 2026`);
    await user.click(switchBox);
    const including = await screen.findByRole('region', {
      name: 'Average score per role, by round, including unapproved assessments',
    });
    expect(including).toHaveTextContent(`to ${formatScore(withDrafts)} in 2026`);
  });

  it('offers the switch to coordinators only', async () => {
    signInAs('sam-viewer');
    renderApp('/');
    await screen.findByRole('region', { name: 'Average score per role, by round' });
    expect(screen.queryByRole('checkbox', { name: /not approved yet/ })).not.toBeInTheDocument();
  });
});
