import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  formatCount,
  formatCountry,
  formatLanguage,
  formatDateTime,
  formatList,
  formatScore,
  formatScoreChange,
  formatTime,
} from './format';
import { i18next, showLanguage } from './i18n';

afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('format', () => {
  it('formats through Intl in the UI language', () => {
    expect(formatScore(66.5)).toBe('67');
    expect(formatScoreChange(-2.5)).toBe('-3');
    expect(formatScoreChange(0.4)).toBe('0');
    expect(formatCount(2000)).toBe('2,000');
    expect(formatCountry('BE')).toBe('Belgium');
    expect(formatLanguage('pl')).toBe('Polish');
    expect(formatLanguage('nb')).toBe('Norwegian Bokmål');
    expect(formatList(['Ghent', 'Oslo', 'Rome'])).toBe('Ghent, Oslo and Rome');
  });

  it('writes English dates and times the British way, not the US way', () => {
    // Local time, as the browser shows it: day before month, a 24-hour clock.
    const local = new Date(2026, 9, 6, 9, 30);
    expect(formatTime(local)).toBe('09:30');
    expect(formatDateTime(local.toISOString())).toBe('6 Oct 2026, 09:30');
  });

  it('keeps a reused formatter to its own language and options', async () => {
    expect(formatCount(1234.5)).toBe('1,234.5');
    expect(formatScore(1234.5)).toBe('1,235');
    await i18next.changeLanguage('de');
    expect(formatCount(1234.5)).toBe('1.234,5');
    expect(formatCountry('BE')).toBe('Belgien');
    await i18next.changeLanguage('en');
    expect(formatCount(1234.5)).toBe('1,234.5');
    expect(formatCountry('BE')).toBe('Belgium');
  });
});

describe('French and German formats', () => {
  it('writes dates, numbers and lists as each language does', async () => {
    const local = new Date(2026, 9, 6, 9, 30);
    await i18next.changeLanguage('fr');
    expect(formatDateTime(local.toISOString())).toBe('6 oct. 2026, 09:30');
    // French groups thousands with a narrow no-break space and uses a decimal comma.
    expect(formatCount(1234.5)).toBe('1\u202f234,5');
    expect(formatList(['Gand', 'Oslo', 'Rome'])).toBe('Gand, Oslo et Rome');
    await i18next.changeLanguage('de');
    expect(formatDateTime(local.toISOString())).toBe('06.10.2026, 09:30');
    expect(formatList(['Gent', 'Oslo', 'Rom'])).toBe('Gent, Oslo und Rom');
  });

  it('chooses plural forms by each language’s rules: French 0 is singular, German 0 plural', async () => {
    await showLanguage('fr');
    expect(i18next.t('review.intro', { count: 0 })).toBe(
      '0 évaluation est en attente d’examen, la plus ancienne en premier.',
    );
    expect(i18next.t('review.intro', { count: 1_000_000 })).toBe(
      '1\u202f000\u202f000 évaluations sont en attente d’examen, les plus anciennes en premier.',
    );
    await showLanguage('de');
    expect(i18next.t('review.intro', { count: 0 })).toBe(
      '0 Bewertungen warten auf Prüfung, die älteste zuerst.',
    );
  });
});

describe('prepareFormatters', () => {
  it('makes the formatters of counts, years, scores, changes and country names ahead of their use', async () => {
    vi.resetModules();
    const format = await import('./format');
    const numberFormats = vi.spyOn(Intl, 'NumberFormat');
    const displayNames = vi.spyOn(Intl, 'DisplayNames');
    format.prepareFormatters();
    const made = numberFormats.mock.calls.length + displayNames.mock.calls.length;
    expect(made).toBeGreaterThan(0);
    // What the overview formats as it renders: counts, years, scores, changes, country names.
    expect(format.formatCount(2000)).toBe('2,000');
    expect(format.formatYear(2026)).toBe('2026');
    expect(format.formatScore(62.5)).toBe('63');
    expect(format.formatScoreChange(-3)).toBe('-3');
    expect(format.formatCountries(['PL']).get('PL')).toBe('Poland');
    expect(numberFormats.mock.calls.length + displayNames.mock.calls.length).toBe(made);
  });
});
