import { describe, expect, it } from 'vitest';
import {
  defaultCitiesView,
  hasFilters,
  nextSort,
  parseCitiesView,
  serializeCitiesView,
  withoutFilters,
  type CitiesView,
} from './cities';

/** The countries that have a city: the only ones the country filter offers. */
const countries: ReadonlySet<string> = new Set(['BE', 'PT']);

function parse(query: string): CitiesView {
  return parseCitiesView(new URLSearchParams(query), countries);
}

const everything: CitiesView = {
  query: 'São',
  countryCode: 'PT',
  status: 'approved',
  minScore: 40,
  maxScore: 90,
  sort: { column: 'change', direction: 'descending' },
  roundId: '2024',
};

describe('the cities list in the URL', () => {
  it('leaves every default out, so the plain list has a plain address', () => {
    expect(serializeCitiesView(defaultCitiesView).toString()).toBe('');
    expect(parse('')).toEqual(defaultCitiesView);
  });

  it('round-trips a view with everything set', () => {
    const params = serializeCitiesView(everything);
    expect(params.toString()).toBe(
      'q=S%C3%A3o&country=PT&status=approved&min=40&max=90&sort=change&order=desc&round=2024',
    );
    expect(parse(params.toString())).toEqual(everything);
  });

  it('keeps a score bound of 0, which is not the same as no bound', () => {
    const view = { ...defaultCitiesView, minScore: 0 };
    expect(serializeCitiesView(view).toString()).toBe('min=0');
    expect(parse(serializeCitiesView(view).toString())).toEqual(view);
  });

  it('reads what it cannot understand as the default', () => {
    expect(
      parse('country=Belgium&status=lost&min=-5&max=101&sort=population&order=up&round='),
    ).toEqual(defaultCitiesView);
    expect(parse('country=be&min=7.5').countryCode).toBe('BE');
  });

  it('reads a score bound the filters do not offer as no bound, not as a hidden filter', () => {
    expect(parse('min=35&max=45')).toEqual(defaultCitiesView);
    expect(parse('min=030&max=100')).toMatchObject({ minScore: 30, maxScore: 100 });
    for (const step of [0, 10, 50, 90, 100]) {
      expect(parse(`min=${String(step)}`).minScore).toBe(step);
    }
  });

  it('reads a country without cities as all countries, as its select shows', () => {
    expect(parse('country=ZZ').countryCode).toBeNull();
    expect(parse('country=pt').countryCode).toBe('PT');
    expect(parseCitiesView(new URLSearchParams('country=PT'), new Set()).countryCode).toBeNull();
  });

  it('sorts a new column ascending first and reverses it on each repeat', () => {
    const byOverall = nextSort(defaultCitiesView.sort, 'overall');
    expect(byOverall).toEqual({ column: 'overall', direction: 'ascending' });
    expect(nextSort(byOverall, 'overall')).toEqual({ column: 'overall', direction: 'descending' });
    expect(nextSort(nextSort(byOverall, 'overall'), 'overall').direction).toBe('ascending');
  });

  it('clears the search and filters but keeps the sort and the round', () => {
    expect(hasFilters(everything)).toBe(true);
    const cleared = withoutFilters(everything);
    expect(hasFilters(cleared)).toBe(false);
    expect(cleared).toEqual({ ...defaultCitiesView, sort: everything.sort, roundId: '2024' });
  });
});
