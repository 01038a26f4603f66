import { describe, expect, it } from 'vitest';
import { citySchema } from '../../src/domain/city';
import { seedCities } from './cities';

describe('the signatory cities', () => {
  it('are valid cities, each with its names in its own languages', () => {
    for (const city of seedCities) {
      expect(citySchema.safeParse(city).success).toBe(true);
      expect({ id: city.id, local: city.localLanguages.length > 0 }).toEqual({
        id: city.id,
        local: true,
      });
    }
  });

  it('name a city in French or German, not its own language, only where that differs', () => {
    for (const city of seedCities) {
      for (const language of ['fr', 'de']) {
        const name = city.names[language];
        if (name === undefined || city.localLanguages.includes(language)) continue;
        expect({ id: city.id, language, name }).not.toEqual({
          id: city.id,
          language,
          name: city.name,
        });
      }
    }
  });

  it('call Warsaw Warszawa in Polish, its own language, and Brussels by both its languages', () => {
    const byId = new Map(seedCities.map((city) => [city.id, city]));
    expect(byId.get('warsaw')).toMatchObject({
      names: { pl: 'Warszawa', fr: 'Varsovie', de: 'Warschau' },
      localLanguages: ['pl'],
    });
    expect(byId.get('brussels')).toMatchObject({
      names: { fr: 'Bruxelles', nl: 'Brussel', de: 'Brüssel' },
      localLanguages: ['fr', 'nl'],
    });
    expect(byId.get('munich')?.names).toEqual({ de: 'München' });
    expect(byId.get('ghent')?.names).toEqual({ nl: 'Gent', fr: 'Gand', de: 'Gent' });
  });
});
