import { describe, expect, it } from 'vitest';
import {
  addressInLanguage,
  chooseLanguage,
  intlLocaleOf,
  languageFromBrowser,
  parseAppLanguage,
} from './language';

describe('chooseLanguage', () => {
  it('follows the address first, then the remembered choice, then the browser, then English', () => {
    expect(chooseLanguage({ param: 'fr', stored: 'de', browserLanguages: ['en'] })).toBe('fr');
    expect(chooseLanguage({ param: null, stored: 'de', browserLanguages: ['fr'] })).toBe('de');
    expect(chooseLanguage({ param: null, stored: null, browserLanguages: ['fr-BE', 'de'] })).toBe(
      'fr',
    );
    expect(chooseLanguage({ param: null, stored: null, browserLanguages: ['pl', 'nl'] })).toBe(
      'en',
    );
  });

  it('passes over what it does not speak', () => {
    expect(chooseLanguage({ param: 'pl', stored: 'xx', browserLanguages: ['pl', 'de-AT'] })).toBe(
      'de',
    );
  });

  it('reads ?lang= in any case, and the pseudo-locale only as written', () => {
    expect(parseAppLanguage('DE')).toBe('de');
    expect(parseAppLanguage('en-XA')).toBe('en-XA');
    expect(parseAppLanguage('en-xa')).toBeNull();
    expect(parseAppLanguage('')).toBeNull();
  });
});

describe('languageFromBrowser', () => {
  it('takes the first tag whose language the app speaks, by its primary subtag', () => {
    expect(languageFromBrowser(['nl-BE', 'de-CH', 'fr'])).toBe('de');
    expect(languageFromBrowser([])).toBeNull();
    expect(languageFromBrowser(['en-XA', 'en'])).toBe('en-XA');
  });
});

describe('intlLocaleOf', () => {
  it('formats English, and the pseudo-locale, the British way', () => {
    expect(intlLocaleOf('en')).toBe('en-GB');
    expect(intlLocaleOf('en-XA')).toBe('en-GB');
    expect(intlLocaleOf('de')).toBe('de');
    const october6 = new Date(Date.UTC(2026, 9, 6, 9, 30));
    const british = new Intl.DateTimeFormat(intlLocaleOf('en'), {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
    });
    expect(british.format(october6)).toBe('6 Oct 2026, 09:30');
  });
});

describe('addressInLanguage', () => {
  it('carries the language in the address, and never the pseudo-locale', () => {
    const embed = new URL('https://monitor.example/embed/compare/heatmap?cities=ghent,oslo');
    expect(addressInLanguage(embed, 'fr').href).toBe(
      'https://monitor.example/embed/compare/heatmap?cities=ghent,oslo&lang=fr',
    );
    expect(
      addressInLanguage(new URL('https://monitor.example/embed/trends/adoption'), 'de').href,
    ).toBe('https://monitor.example/embed/trends/adoption?lang=de');
    expect(addressInLanguage(embed, 'en-XA').href).toBe(embed.href);
  });
});
