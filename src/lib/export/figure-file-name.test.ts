import { describe, expect, it } from 'vitest';
import { figureFileName, slug } from './figure-file-name';

describe('figureFileName', () => {
  it('names the page, the chart, the round and the cities', () => {
    expect(
      figureFileName(
        {
          page: 'compare',
          chart: 'role-profile',
          round: 2022,
          selection: ['Amsterdam', 'Ghent', 'Helsinki'],
        },
        'png',
      ),
    ).toBe('charter-monitor_compare_role-profile_2022_amsterdam-ghent-helsinki.png');
  });

  it('spells accented and non-Latin-1 names in plain letters', () => {
    expect(slug('Kraków')).toBe('krakow');
    expect(slug('Malmö')).toBe('malmo');
    expect(slug('Gdańsk')).toBe('gdansk');
    expect(slug('Düsseldorf / Köln')).toBe('dusseldorf-koln');
    expect(slug('Łódź')).toBe('lodz');
    expect(slug('København')).toBe('kobenhavn');
    expect(slug('Straße')).toBe('strasse');
    expect(slug('Đakovo, Næstved')).toBe('dakovo-naestved');
  });

  it('counts the cities of a long selection and names a group by its kind', () => {
    const cities = Array.from({ length: 12 }, (_, index) => `City ${String(index)}`);
    expect(
      figureFileName({ page: 'compare', chart: 'heatmap', round: 2026, selection: cities }, 'csv'),
    ).toBe('charter-monitor_compare_heatmap_2026_12-cities.csv');
    expect(
      figureFileName(
        { page: 'compare', chart: 'ranking', round: 2026, selection: 'country:nl' },
        'json',
      ),
    ).toBe('charter-monitor_compare_ranking_2026_country-nl.json');
  });

  it('leaves out what a chart does not have', () => {
    expect(figureFileName({ page: 'overview', chart: 'role-averages' }, 'svg')).toBe(
      'charter-monitor_overview_role-averages.svg',
    );
  });

  it('tells two files of one type apart by a last part: print size, CSV for Excel in Europe', () => {
    const name = { page: 'city', chart: 'role-scores', round: 2022, selection: 'Kraków' };
    expect(figureFileName(name, 'png', 'print')).toBe(
      'charter-monitor_city_role-scores_2022_krakow_print.png',
    );
    expect(figureFileName(name, 'csv', 'excel-eu')).toBe(
      'charter-monitor_city_role-scores_2022_krakow_excel-eu.csv',
    );
    expect(figureFileName({ page: 'overview', chart: 'role-averages' }, 'csv', 'excel-eu')).toBe(
      'charter-monitor_overview_role-averages_excel-eu.csv',
    );
  });
});
