/**
 * Numbers, dates, country and language names through Intl, in the current UI language. Each
 * formatter is made once per language and options and then reused: long lists format thousands
 * of values.
 */
import { i18next } from './i18n';
import { intlLocaleOf } from './language';

/** The current UI language's Intl locale: English in British conventions, see intlLocaleOf. */
function locale(): string {
  return intlLocaleOf(i18next.language);
}

/** One formatter per language and options: a small cache, as both come from short fixed lists. */
function cached<Formatter, Options>(
  create: (language: string, options: Options) => Formatter,
): (options: Options, language?: string) => Formatter {
  const formatters = new Map<string, Formatter>();
  return (options, language = locale()) => {
    const key = `${language} ${JSON.stringify(options)}`;
    let formatter = formatters.get(key);
    if (formatter === undefined) {
      formatter = create(language, options);
      formatters.set(key, formatter);
    }
    return formatter;
  };
}

const numberFormat = cached(
  (language, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(language, options),
);
const dateTimeFormat = cached(
  (language, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(language, options),
);
const displayNames = cached(
  (language, options: Intl.DisplayNamesOptions) => new Intl.DisplayNames(language, options),
);
const listFormat = cached(
  (language, options: Intl.ListFormatOptions) => new Intl.ListFormat(language, options),
);

/** A 0–100 score, rounded to whole points. */
export function formatScore(score: number): string {
  return numberFormat({ maximumFractionDigits: 0 }).format(score);
}

/** A change in score points, always with its sign. */
export function formatScoreChange(change: number): string {
  return numberFormat({ maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(change);
}

export function formatCount(count: number): string {
  return numberFormat({}).format(count);
}

/** A latitude or longitude in decimal degrees, to the metre (six decimals at most). */
export function formatCoordinate(degrees: number): string {
  return numberFormat({ maximumFractionDigits: 6 }).format(degrees);
}

/** A 0–1 ratio as a percentage. */
export function formatPercent(ratio: number): string {
  return numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

export function formatDate(isoDate: string): string {
  return dateTimeFormat({ dateStyle: 'medium' }).format(new Date(isoDate));
}

/**
 * A calendar day (`2027-01-31`, a round's deadline) as the reader writes dates; the same day
 * in every time zone (read and shown in UTC, as it has no time).
 */
export function formatCalendarDate(day: string): string {
  return dateTimeFormat({ dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

export function formatDateTime(isoDate: string): string {
  return dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(isoDate));
}

export function formatCountry(countryCode: string): string {
  return displayNames({ type: 'region' }).of(countryCode) ?? countryCode;
}

/** A language's name in the UI language, e.g. "Polish" for "pl" (a BCP 47 language code). */
export function formatLanguage(languageCode: string): string {
  return displayNames({ type: 'language' }).of(languageCode) ?? languageCode;
}

/** The names of many countries at once, by code: a list of thousands of cities needs it. */
export function formatCountries(
  countryCodes: Iterable<string>,
  language = locale(),
): Map<string, string> {
  const names = displayNames({ type: 'region' }, language);
  const result = new Map<string, string>();
  for (const code of countryCodes) {
    if (!result.has(code)) result.set(code, names.of(code) ?? code);
  }
  return result;
}

export function formatYear(year: number): string {
  return numberFormat({ useGrouping: false }).format(year);
}

export function formatList(items: readonly string[]): string {
  return listFormat({ style: 'long', type: 'conjunction' }).format(items);
}

/** A time of day, e.g. "14:32", for "saved at". */
export function formatTime(date: Date): string {
  return dateTimeFormat({ timeStyle: 'short' }).format(date);
}

/**
 * Makes the formatters a first page formats with, in the current language, before it renders:
 * the first Intl formatter a page makes loads the browser's locale data (25 ms on a fast
 * desktop, four times that on Lighthouse's phone), which would otherwise fall in the longest
 * task of the first page's render. src/main.tsx calls it while that page's data is on its way,
 * when the main thread has nothing else to do; the formatters stay cached for the render.
 */
export function prepareFormatters(): void {
  formatYear(0);
  formatCount(0);
  formatScore(0);
  formatScoreChange(0);
  formatCountries([]);
}
