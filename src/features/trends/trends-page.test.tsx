import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { approvedAssessments, trendAdoption } from '../../domain/aggregation';
import { trendLeaders } from '../../domain/city-standing';
import { renderApp, signInAs } from '../../../tests/utils/render-app';
import { storedAssessments, storedCities } from '../../../tests/utils/mock-api';

describe('key trends', () => {
  it('counts, for each of the eight trends, the cities where it is established, emerging or not observed', async () => {
    const user = userEvent.setup();
    const { user: viewer } = signInAs('sam-viewer');
    const adoption = trendAdoption(
      approvedAssessments(storedAssessments({ roundId: '2022', readableBy: viewer })),
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

  it('shows each trend established round by round, and the cities that lead it', async () => {
    const user = userEvent.setup();
    const { user: viewer } = signInAs('sam-viewer');
    const approved2018 = approvedAssessments(
      storedAssessments({ roundId: '2018', readableBy: viewer }),
    );
    renderApp('/trends');
    const byRound = await screen.findByRole('region', {
      name: 'Cities where each key trend is established, by round',
    });
    await user.click(within(byRound).getByRole('button', { name: 'Show as table' }));
    const row2018 = within(byRound).getByRole('row', { name: /^2018/ });
    expect(within(row2018).getAllByRole('cell')[0]).toHaveTextContent(String(approved2018.length));
    expect(within(row2018).getAllByRole('cell')[2]).toHaveTextContent(
      String(trendAdoption(approved2018).mainstreaming.established),
    );

    const leaders = screen.getByRole('region', { name: 'Which cities lead each trend, 2022' });
    const mainstreaming = within(leaders).getByRole('region', { name: /^2\. Mainstreaming/ });
    const expected = approvedAssessments(
      storedAssessments({ roundId: '2022', readableBy: viewer }),
    ).filter((assessment) => assessment.trends.mainstreaming?.status === 'established');
    expect(expected.length).toBeGreaterThan(0);
    const items = within(mainstreaming).getAllByRole('listitem');
    const cityName = new Map(storedCities().map((city) => [city.id, city.name]));
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual(
      trendLeaders(expected, 'mainstreaming')
        .slice(0, 5)
        .map((leader) => cityName.get(leader.cityId)),
    );
  });
});
