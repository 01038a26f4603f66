import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { i18next } from '../../lib/i18n';
import { renderApp, signInAs } from '../../../tests/utils/render-app';
import { apiAs, storedAssessment, storedAssessments } from '../../../tests/utils/mock-api';
import { plainGroupAverage, plainRoleScore } from '../../../tests/utils/plain-scores';
import { requestsMadeDuring } from '../../../tests/utils/recorded-requests';

describe('city profile', () => {
  it('shows the latest approved round’s scores per role, as chart and as table', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    renderApp('/cities/ghent');

    expect(await screen.findByRole('heading', { level: 1, name: 'Ghent' })).toBeInTheDocument();
    expect(screen.queryByText(/archived/)).not.toBeInTheDocument();
    const chart = screen.getByRole('region', { name: 'Scores per role, Ghent, 2022' });
    await user.click(within(chart).getByRole('button', { name: 'Show as table' }));
    const policymaker = within(chart).getByRole('row', { name: /Policymaker/ });
    // Ghent's 2022 and 2020 scores, and the average of every city approved in 2022.
    const expected = [
      plainRoleScore(storedAssessment('ghent-2022'), 'policymaker'),
      plainRoleScore(storedAssessment('ghent-2020'), 'policymaker'),
      plainGroupAverage(storedAssessments({ roundId: '2022', status: 'approved' }), 'policymaker'),
    ];
    expect(
      within(policymaker)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(expected.map((score) => String(Math.round(score ?? -1))));
    expect(
      within(chart)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Role', 'Ghent, 2022', 'Same city, 2020', 'All cities, 2022']);
    const approved2022 = storedAssessments({ roundId: '2022', status: 'approved' }).length;
    expect(chart).toHaveTextContent(
      `the average of ${String(approved2022)} approved assessments in the round`,
    );
  });

  it('tells a reader that an archived city no longer takes part, and still shows its results', async () => {
    await apiAs('claire-coordinator').setCityArchived('ghent', true);
    renderApp('/cities/ghent');

    expect(await screen.findByRole('heading', { level: 1, name: 'Ghent' })).toBeInTheDocument();
    expect(
      screen.getByText(
        'This city is archived: it no longer takes part in reporting rounds. Its past results stay readable here.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Scores per role, Ghent, 2022' }),
    ).toBeInTheDocument();
  });

  it('asks for the city’s own assessments and the round’s aggregate, not the round’s rows', async () => {
    signInAs('sam-viewer');
    const requested = await requestsMadeDuring(async () => {
      renderApp('/cities/ghent');
      await screen.findByRole('region', { name: 'Scores per role, Ghent, 2022' });
    });
    expect(requested).toEqual([
      '/api/aggregates/rounds/2022',
      '/api/assessments?cityId=ghent',
      '/api/cities/ghent',
      '/api/demo/data-set',
      '/api/rounds',
      '/api/session',
    ]);
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

describe('city profile, in the cities’ own languages', () => {
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  it('shows the local name beside the English one, marked as Polish', async () => {
    signInAs('sam-viewer');
    renderApp('/cities/warsaw');
    expect(await screen.findByRole('heading', { level: 1, name: 'Warsaw' })).toBeInTheDocument();
    const localName = screen.getByText('Warszawa');
    expect(localName).toHaveAttribute('lang', 'pl');
    expect(localName.closest('dd')).toHaveTextContent('Warszawa (Polish)');
    expect(localName.closest('div')).toHaveTextContent(/^Local name/);
  });

  it('lists both local names of a bilingual city, and none where the page says it already', async () => {
    signInAs('sam-viewer');
    renderApp('/cities/brussels');
    await screen.findByRole('heading', { level: 1, name: 'Brussels' });
    expect(screen.getByText('Bruxelles')).toHaveAttribute('lang', 'fr');
    expect(screen.getByText('Brussel')).toHaveAttribute('lang', 'nl');
    expect(screen.getByText('Local names')).toBeInTheDocument();
  });

  it('is headed and titled with the name in the UI language', async () => {
    await i18next.changeLanguage('de');
    signInAs('sam-viewer');
    renderApp('/cities/munich');
    expect(await screen.findByRole('heading', { level: 1, name: 'München' })).toBeInTheDocument();
    expect(document.title).toMatch(/^München · /);
    // München is the local name and the name shown: it is not said twice.
    expect(screen.queryByText(/^Local name/)).toBeNull();
    expect(
      await screen.findByRole('region', { name: /^Scores per role, München, / }),
    ).toBeInTheDocument();
  });
});
