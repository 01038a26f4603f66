import { describe, expect, it } from 'vitest';
import type { City } from './city';
import { cityDisplayName, localCityNames, otherLocalCityNames, sortByCityName } from './city-names';

function city(name: string, names: City['names'], localLanguages: string[]) {
  return { name, names, localLanguages };
}

const warsaw = city('Warsaw', { pl: 'Warszawa', fr: 'Varsovie', de: 'Warschau' }, ['pl']);
const munich = city('Munich', { de: 'München' }, ['de']);
const brussels = city('Brussels', { fr: 'Bruxelles', nl: 'Brussel', de: 'Brüssel' }, ['fr', 'nl']);
const london = city('London', { fr: 'Londres' }, ['en']);
const oslo = city('Oslo', {}, []);

describe('cityDisplayName', () => {
  it('names a city in the reader’s language where it has a name there', () => {
    expect(cityDisplayName(munich, 'de')).toBe('München');
    expect(cityDisplayName(warsaw, 'fr')).toBe('Varsovie');
    expect(cityDisplayName(warsaw, 'de')).toBe('Warschau');
    expect(cityDisplayName(london, 'fr')).toBe('Londres');
  });

  it('falls back to the English name, and uses it in English', () => {
    expect(cityDisplayName(munich, 'fr')).toBe('Munich');
    expect(cityDisplayName(warsaw, 'en')).toBe('Warsaw');
    expect(cityDisplayName(oslo, 'de')).toBe('Oslo');
  });

  it('reads the language of a tag with a region, in any case', () => {
    expect(cityDisplayName(munich, 'de-AT')).toBe('München');
    expect(cityDisplayName(warsaw, 'FR-ch')).toBe('Varsovie');
    expect(cityDisplayName(warsaw, 'en-GB')).toBe('Warsaw');
  });

  it('never takes an object’s own machinery for a name', () => {
    expect(cityDisplayName(oslo, 'constructor')).toBe('Oslo');
    expect(cityDisplayName(oslo, '__proto__')).toBe('Oslo');
    expect(cityDisplayName(oslo, '')).toBe('Oslo');
  });
});

describe('local names', () => {
  it('are the names in the city’s own languages, English ones from `name`', () => {
    expect(localCityNames(warsaw)).toEqual([{ language: 'pl', name: 'Warszawa' }]);
    expect(localCityNames(brussels)).toEqual([
      { language: 'fr', name: 'Bruxelles' },
      { language: 'nl', name: 'Brussel' },
    ]);
    expect(localCityNames(london)).toEqual([{ language: 'en', name: 'London' }]);
    expect(localCityNames(oslo)).toEqual([]);
  });

  it('beside the name shown, are those the reader does not see already', () => {
    expect(otherLocalCityNames(warsaw, 'en')).toEqual([{ language: 'pl', name: 'Warszawa' }]);
    expect(otherLocalCityNames(munich, 'de')).toEqual([]);
    expect(otherLocalCityNames(munich, 'fr')).toEqual([{ language: 'de', name: 'München' }]);
    expect(otherLocalCityNames(brussels, 'fr')).toEqual([{ language: 'nl', name: 'Brussel' }]);
    expect(otherLocalCityNames(london, 'en')).toEqual([]);
    expect(otherLocalCityNames(london, 'fr')).toEqual([{ language: 'en', name: 'London' }]);
  });

  it('sorts cities by the name a reader of the language sees', () => {
    const lodz = city('Lodz', { pl: 'Łódź' }, ['pl']);
    const cities = [warsaw, london, munich, brussels, lodz];
    const names = (language: string) =>
      sortByCityName(cities, language).map((each) => cityDisplayName(each, language));
    expect(names('en')).toEqual(['Brussels', 'Lodz', 'London', 'Munich', 'Warsaw']);
    expect(names('de')).toEqual(['Brüssel', 'Lodz', 'London', 'München', 'Warschau']);
    expect(names('fr')).toEqual(['Bruxelles', 'Lodz', 'Londres', 'Munich', 'Varsovie']);
  });
});
