/**
 * The city form's state as typed (every field a string, so nothing typed is lost when the
 * server refuses it), and the request it becomes, checked by the server's own rules first, by
 * the same field paths, so most mistakes are shown without a round trip.
 */
import type { FieldErrors } from '../../domain/api-error';
import { CITY_NAME_LANGUAGE, citySchema, type City, type CityFields } from '../../domain/city';
import { fieldErrorsOf, type FieldMessageOf } from '../../components/form-errors';

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

/** A decimal number as people type it: `52.23`, `52,23`, `-0.5`; NaN for anything else. */
function numberOf(text: string): number {
  const normalized = text
    .trim()
    .replace(',', '.')
    .replace(/^\u2212/, '-');
  return /^[-+]?\d+(?:\.\d+)?$/.test(normalized) ? Number(normalized) : Number.NaN;
}

/** Four digits; NaN for anything else. */
function yearOf(text: string): number {
  return /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
}

/**
 * The request the form's values make, names trimmed, or the fields it breaks the server's
 * rules at, each with `messageOf`'s message, keyed by the request's field paths. A number that
 * is missing or not a number is NaN, which the rules refuse at its own path.
 */
export function cityRequestOf(
  values: CityFormValues,
  messageOf: FieldMessageOf,
): { request: CityFields } | { errors: FieldErrors } {
  const earliest = yearOf(values.earliestYear);
  const signed: CityFields['signed'] =
    values.signing === 'unknown'
      ? null
      : {
          earliestYear: earliest,
          latestYear: values.signing === 'year' ? earliest : yearOf(values.latestYear),
        };
  const rows = values.names.filter((row) => row.language.trim() !== '' || row.name.trim() !== '');
  const names = Object.fromEntries(rows.map((row) => [row.language.trim(), row.name.trim()]));
  const localLanguages = [
    ...(values.englishLocal ? [CITY_NAME_LANGUAGE] : []),
    ...rows.filter((row) => row.local).map((row) => row.language.trim()),
  ];
  const request: CityFields = {
    name: values.name.trim(),
    names,
    localLanguages,
    // People type country codes in lower case as often as not: "pl" is Poland's PL.
    countryCode: values.countryCode.trim().toUpperCase(),
    signed,
    coordinates: { lat: numberOf(values.lat), lon: numberOf(values.lon) },
    sourceNote: values.sourceNote,
  };
  // The whole city, as the server checks it again for the rules between fields.
  const errors = fieldErrorsOf(citySchema, { id: 'new', ...request, archived: false }, messageOf);
  return Object.keys(errors).length > 0 ? { errors } : { request };
}
