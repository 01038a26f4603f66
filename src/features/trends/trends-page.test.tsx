import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, signInAs } from '../../../tests/utils/render-app';
import { storedAssessments, storedCities } from '../../../tests/utils/mock-api';
import { plainOverall, plainTrendCount } from '../../../tests/utils/plain-scores';
import { requestsMadeDuring } from '../../../tests/utils/recorded-requests';
import { cityDisplayName } from '../../domain/city-names';
import { i18next } from '../../lib/i18n';

describe('key trends', () => {
  it('counts, for each of the eight trends, the cities where it is established, emerging or not observed', async () => {
    const user = userEvent.setup();
    const { user: viewer } = signInAs('sam-viewer');
    const approved = storedAssessments({ roundId: '2022', status: 'approved', readableBy: viewer });
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
    ).toEqual(
      (['established', 'emerging', 'not_observed'] as const).map((status) =>
        String(plainTrendCount(approved, 'mainstreaming', status)),
      ),
    );
  });

  it('shows each trend established round by round, and the cities that lead it', async () => {
    const user = userEvent.setup();
    const { user: viewer } = signInAs('sam-viewer');
    const approved2018 = storedAssessments({
      roundId: '2018',
      status: 'approved',
      readableBy: viewer,
    });
    renderApp('/trends');
    const byRound = await screen.findByRole('region', {
      name: 'Cities where each key trend is established, by round',
    });
    await user.click(within(byRound).getByRole('button', { name: 'Show as table' }));
    const row2018 = within(byRound).getByRole('row', { name: /^2018/ });
    expect(within(row2018).getAllByRole('cell')[0]).toHaveTextContent(String(approved2018.length));
    expect(within(row2018).getAllByRole('cell')[2]).toHaveTextContent(
      String(plainTrendCount(approved2018, 'mainstreaming', 'established')),
    );

    const leaders = screen.getByRole('region', { name: 'Which cities lead each trend, 2022' });
    const mainstreaming = within(leaders).getByRole('region', { name: /^2\. Mainstreaming/ });
    // Best overall score first, cities without one last, ties by city id.
    const expected = storedAssessments({ roundId: '2022', status: 'approved', readableBy: viewer })
      .filter((assessment) => assessment.trends.mainstreaming?.status === 'established')
      .map((assessment) => ({ cityId: assessment.cityId, overall: plainOverall(assessment) }))
      .sort((a, b) => (b.overall ?? -1) - (a.overall ?? -1) || (a.cityId < b.cityId ? -1 : 1));
    expect(expected.length).toBeGreaterThan(0);
    const items = within(mainstreaming).getAllByRole('listitem');
    const cityName = new Map(storedCities().map((city) => [city.id, city.name]));
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual(
      expected.slice(0, 5).map((leader) => cityName.get(leader.cityId)),
    );

    // Trend 8 is established in more cities than are listed: the others are counted.
    const euGovernance = within(leaders).getByRole('region', { name: /^8\. / });
    const established = storedAssessments({
      roundId: '2022',
      status: 'approved',
      readableBy: viewer,
    }).filter((assessment) => assessment.trends.eu_global_governance?.status === 'established');
    expect(established.length).toBeGreaterThan(5);
    expect(within(euGovernance).getAllByRole('listitem')).toHaveLength(5);
    expect(euGovernance).toHaveTextContent(`and ${String(established.length - 5)} more cit`);
  });

  it('asks for the rounds’ aggregates and the round’s leaders, never for score rows', async () => {
    signInAs('sam-viewer');
    const requested = await requestsMadeDuring(async () => {
      renderApp('/trends');
      await screen.findByRole('region', { name: 'Which cities lead each trend, 2022' });
    });
    expect(requested).toEqual([
      '/api/aggregates/rounds',
      '/api/aggregates/rounds/2022/trend-leaders?limit=5',
      '/api/demo/data-set',
      '/api/key-trends',
      '/api/rounds',
      '/api/session',
    ]);
  });
});

describe('key trends, in the cities’ own languages', () => {
  it('names the leading cities as the UI language does', async () => {
    await i18next.changeLanguage('de');
    try {
      const { user: viewer } = signInAs('sam-viewer');
      renderApp('/trends');
      const leaders = await screen.findByRole('region', {
        name: 'Which cities lead each trend, 2022',
      });
      const shown = within(leaders)
        .getAllByRole('link')
        .map((link) => link.textContent);
      const cities = new Map(storedCities().map((city) => [city.id, city]));
      const leading = storedAssessments({ roundId: '2022', status: 'approved', readableBy: viewer })
        .map((assessment) => cities.get(assessment.cityId))
        .filter((city) => city !== undefined);
      const germanNames = new Set(leading.map((city) => cityDisplayName(city, 'de')));
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.filter((name) => !germanNames.has(name))).toEqual([]);
      // At least one leader is called otherwise in German than in English.
      const renamed = leading.filter((city) => cityDisplayName(city, 'de') !== city.name);
      expect(renamed.some((city) => shown.includes(cityDisplayName(city, 'de')))).toBe(true);
    } finally {
      await i18next.changeLanguage('en');
    }
  });
});
