/**
 * The city form's state as typed (every field a string, so nothing typed is lost when the
 * server refuses it), and the request it becomes. Numbers that are not numbers are caught
 * here, by the same field paths the server uses; every other rule is the server's.
 */
import type { FieldErrors } from '../../domain/api-error';
import { CITY_NAME_LANGUAGE, type City, type CityFields } from '../../domain/city';

/** One name of the city in another language, and whether that is one of its own languages. */
export interface NameRow {
  /** Stable across edits, for React keys and input ids. */
  key: number;
  language: string;
  name: string;
  local: boolean;
}

export type SigningKind = 'unknown' | 'year' | 'range';

export interface CityFormValues {
  name: string;
  countryCode: string;
  lat: string;
  lon: string;
  signing: SigningKind;
  earliestYear: string;
  latestYear: string;
  names: NameRow[];
  /** English (the `name`) is one of the city's own languages. */
  englishLocal: boolean;
  sourceNote: string;
}

/** The form for a new city (`null`) or filled in with a city's fields. */
export function formValuesOf(city: City | null): CityFormValues {
  const signed = city?.signed ?? null;
  return {
    name: city?.name ?? '',
    countryCode: city?.countryCode ?? '',
    lat: city ? String(city.coordinates.lat) : '',
    lon: city ? String(city.coordinates.lon) : '',
    signing:
      signed === null ? 'unknown' : signed.earliestYear === signed.latestYear ? 'year' : 'range',
    earliestYear: signed ? String(signed.earliestYear) : '',
    latestYear: signed ? String(signed.latestYear) : '',
    names: Object.entries(city?.names ?? {}).map(([language, name], key) => ({
      key,
      language,
      name,
      local: city?.localLanguages.includes(language) ?? false,
    })),
    englishLocal: city?.localLanguages.includes(CITY_NAME_LANGUAGE) ?? false,
    sourceNote: city?.sourceNote ?? '',
  };
}

/** A decimal number as people type it: `52.23`, `52,23`, `-0.5`; null for anything else. */
function numberOf(text: string): number | null {
  const normalized = text
    .trim()
    .replace(',', '.')
    .replace(/^\u2212/, '-');
  return /^[-+]?\d+(?:\.\d+)?$/.test(normalized) ? Number(normalized) : null;
}

function yearOf(text: string): number | null {
  return /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : null;
}

/**
 * The request the form's values make, or the fields whose numbers are missing or malformed
 * (`messages.number`, `messages.year`), keyed by the request's field paths.
 */
export function cityRequestOf(
  values: CityFormValues,
  messages: { number: string; year: string },
): { request: CityFields } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const lat = numberOf(values.lat);
  const lon = numberOf(values.lon);
  if (lat === null) errors['coordinates.lat'] = [messages.number];
  if (lon === null) errors['coordinates.lon'] = [messages.number];
  let signed: CityFields['signed'] = null;
  if (values.signing !== 'unknown') {
    const earliest = yearOf(values.earliestYear);
    const latest = values.signing === 'year' ? earliest : yearOf(values.latestYear);
    if (earliest === null) errors['signed.earliestYear'] = [messages.year];
    if (latest === null && values.signing === 'range') {
      errors['signed.latestYear'] = [messages.year];
    }
    if (earliest !== null && latest !== null) {
      signed = { earliestYear: earliest, latestYear: latest };
    }
  }
  if (Object.keys(errors).length > 0 || lat === null || lon === null) return { errors };
  const rows = values.names.filter((row) => row.language.trim() !== '' || row.name !== '');
  const names = Object.fromEntries(rows.map((row) => [row.language.trim(), row.name]));
  const localLanguages = [
    ...(values.englishLocal ? [CITY_NAME_LANGUAGE] : []),
    ...rows.filter((row) => row.local).map((row) => row.language.trim()),
  ];
  return {
    request: {
      name: values.name,
      names,
      localLanguages,
      countryCode: values.countryCode.trim(),
      signed,
      coordinates: { lat, lon },
      sourceNote: values.sourceNote,
    },
  };
}
