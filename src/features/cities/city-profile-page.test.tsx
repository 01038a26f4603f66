import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { averageScores, scoreSummary } from '../../domain/scoring';
import { renderApp, signInAs } from '../../../tests/utils/render-app';
import { storedAssessment, storedAssessments } from '../../../tests/utils/mock-api';

describe('city profile', () => {
  it('shows the latest approved round’s scores per role, as chart and as table', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    const assessment = storedAssessment('ghent-2022');
    const expected = scoreSummary(assessment.ratings);
    renderApp('/cities/ghent');

    expect(await screen.findByRole('heading', { level: 1, name: 'Ghent' })).toBeInTheDocument();
    const chart = screen.getByRole('region', { name: 'Scores per role, Ghent, 2022' });
    await user.click(within(chart).getByRole('button', { name: 'Show as table' }));
    const policymaker = within(chart).getByRole('row', { name: /Policymaker/ });
    const previous = scoreSummary(storedAssessment('ghent-2020').ratings);
    const group = averageScores(
      storedAssessments({ roundId: '2022', status: 'approved' }).map(
        (candidate) => candidate.ratings,
      ),
    );
    expect(
      within(policymaker)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(
      [expected, previous, group].map((summary) =>
        String(Math.round(summary.byRole.policymaker ?? -1)),
      ),
    );
    expect(
      within(chart)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Role', 'Ghent, 2022', 'Same city, 2020', 'All cities, 2022']);
  });

  it('shows the city across rounds and where it stands out against all cities', async () => {
    const user = userEvent.setup();
    const { user: viewer } = signInAs('sam-viewer');
    renderApp('/cities/ghent');
    const history = await screen.findByRole('region', { name: 'Ghent across rounds' });
    await user.click(within(history).getByRole('button', { name: 'Show as table' }));
    const approvedRounds = storedAssessments({ cityId: 'ghent', readableBy: viewer }).filter(
      (assessment) => assessment.status === 'approved',
    );
    expect(within(history).getAllByRole('row')).toHaveLength(approvedRounds.length + 1);

    const standing = screen.getByRole('region', { name: 'Where Ghent stands out in 2022' });
    const lists = within(standing).queryAllByRole('listitem');
    expect(lists.length).toBeGreaterThan(0);
    for (const item of lists) {
      expect(item).toHaveTextContent(/\d+ points; all cities \d+ \([+-]\d+\)/);
    }
  });

  it('lists each commitment with its rating and evidence links', async () => {
    signInAs('sam-viewer');
    const assessment = storedAssessment('ghent-2022');
    renderApp('/cities/ghent');
    const commitments = await screen.findByRole('region', { name: 'Commitments and evidence' });
    const pm1 = within(commitments)
      .getByRole('heading', { name: /PM1 Communicate the commitment/ })
      .closest('li');
    if (!pm1) throw new Error('PM1 is not in a list item');
    const expectedLabel = { fully: 'Fully', partly: 'Partly', not_at_all: 'Not at all' }[
      assessment.ratings.PM1?.rating as 'fully' | 'partly' | 'not_at_all'
    ];
    expect(within(pm1).getByText(expectedLabel)).toBeInTheDocument();
    const link = assessment.ratings.PM1?.links[0];
    if (link) {
      expect(within(pm1).getByRole('link', { name: new RegExp(link) })).toHaveAttribute(
        'href',
        link,
      );
    }
  });

  it('switches round', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    renderApp('/cities/ghent');
    await user.selectOptions(await screen.findByLabelText('Reporting round'), '2018');
    expect(
      await screen.findByRole('region', { name: 'Scores per role, Ghent, 2018' }),
    ).toBeInTheDocument();
  });

  it('shows a not-found page for an unknown city', async () => {
    signInAs('sam-viewer');
    renderApp('/cities/atlantis');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'City not found' }),
    ).toBeInTheDocument();
  });
});
