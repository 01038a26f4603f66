import { afterEach, describe, expect, it } from 'vitest';
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
import { i18next } from './i18n';

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
