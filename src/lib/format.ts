/** Numbers, dates and country names through Intl, in the current UI language. */
import { i18next } from './i18n';

function locale(): string {
  return i18next.language;
}

/** A 0–100 score, rounded to whole points. */
export function formatScore(score: number): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 }).format(score);
}

/** A change in score points, always with its sign. */
export function formatScoreChange(change: number): string {
  return new Intl.NumberFormat(locale(), {
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  }).format(change);
}

export function formatCount(count: number): string {
  return new Intl.NumberFormat(locale()).format(count);
}

/** A 0–1 ratio as a percentage. */
export function formatPercent(ratio: number): string {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(
    ratio,
  );
}

export function formatDate(isoDate: string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(new Date(isoDate));
}

export function formatDateTime(isoDate: string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(isoDate),
  );
}

export function formatCountry(countryCode: string): string {
  return new Intl.DisplayNames(locale(), { type: 'region' }).of(countryCode) ?? countryCode;
}

/** The names of many countries with one formatter: a list of thousands of cities needs it. */
export function formatCountries(
  countryCodes: Iterable<string>,
  language = locale(),
): Map<string, string> {
  const names = new Intl.DisplayNames(language, { type: 'region' });
  const result = new Map<string, string>();
  for (const code of countryCodes) {
    if (!result.has(code)) result.set(code, names.of(code) ?? code);
  }
  return result;
}

export function formatYear(year: number): string {
  return new Intl.NumberFormat(locale(), { useGrouping: false }).format(year);
}

export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(locale(), { style: 'long', type: 'conjunction' }).format(items);
}

/** A time of day, e.g. "14:32", for "saved at". */
export function formatTime(date: Date): string {
  return new Intl.DateTimeFormat(locale(), { timeStyle: 'short' }).format(date);
}
