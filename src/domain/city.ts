import { z } from './zod';
import { searchableText } from './city-search';
import { roundYearSchema } from './round';
import { maxCharacters } from './text-length';

/** When a city signed the charter: a single year, or a span when the exact year is unknown. */
export const signingPeriodSchema = z
  .object({
    earliestYear: roundYearSchema,
    latestYear: roundYearSchema,
  })
  .check(
    z.refine((period) => period.earliestYear <= period.latestYear, {
      message: 'The earliest year must not come after the latest year',
      path: ['latestYear'],
    }),
  );
export type SigningPeriod = z.infer<typeof signingPeriodSchema>;

/**
 * A language as a BCP 47 primary language subtag (RFC 5646, section 2.2.1: the ISO 639 code),
 * two or three lower-case letters: "pl", "de", "fil". No region or script: a city's name
 * differs by language, not by country.
 */
export const languageCodeSchema = z.string().check(z.regex(/^[a-z]{2,3}$/));

/** The language `City.name` is in: the charter's and EUROCITIES' working language. */
export const CITY_NAME_LANGUAGE = 'en';

/** The longest name of a city, in characters as a reader counts them. */
export const CITY_NAME_MAX_LENGTH = 120;

/** The longest source note of a city, in characters as a reader counts them. */
export const SOURCE_NOTE_MAX_LENGTH = 1000;

/** The bounds of a city's coordinates, in decimal degrees. */
export const COORDINATE_BOUNDS = { lat: 90, lon: 180 } as const;

const latitudeSchema = z
  .number()
  .check(z.gte(-COORDINATE_BOUNDS.lat), z.lte(COORDINATE_BOUNDS.lat));
const longitudeSchema = z
  .number()
  .check(z.gte(-COORDINATE_BOUNDS.lon), z.lte(COORDINATE_BOUNDS.lon));

/**
 * A name of a city in one language: trimmed, then 1 to 120 characters as a reader counts them,
 * so a name of spaces alone is refused rather than shown as a blank city.
 */
const cityNameSchema = z
  .string()
  .check(z.trim(), z.minLength(1), maxCharacters(CITY_NAME_MAX_LENGTH));

/**
 * The city's names in languages other than English, by language code, e.g. Warsaw's
 * `{ "pl": "Warszawa", "de": "Warschau", "fr": "Varsovie" }`. English is `name`, never a key
 * here. A language without an entry calls the city by its English name.
 */
export const cityNamesSchema = z.record(languageCodeSchema, cityNameSchema).check(
  z.refine((names) => !Object.hasOwn(names, CITY_NAME_LANGUAGE), {
    message: 'The English name is the city’s name, not one of its other names',
    path: [CITY_NAME_LANGUAGE],
  }),
);
export type CityNames = z.infer<typeof cityNamesSchema>;

export const citySchema = z
  .object({
    id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    /** The city's name in English, e.g. "Warsaw". */
    name: cityNameSchema,
    names: cityNamesSchema,
    /**
     * The city's own (official) languages whose name of it is recorded, each once: "en" (the
     * name is `name`) or a key of `names`; e.g. Brussels ["fr", "nl"], Warsaw ["pl"], London
     * ["en"]. Empty when none is recorded.
     */
    localLanguages: z.array(languageCodeSchema).check(
      z.refine((languages) => new Set(languages).size === languages.length, {
        message: 'A language is listed at most once',
      }),
    ),
    /** ISO 3166-1 alpha-2 code, e.g. "PL". */
    countryCode: z.string().check(z.regex(/^[A-Z]{2}$/)),
    /** Null when the signing year is not known at all. */
    signed: z.nullable(signingPeriodSchema),
    coordinates: z.object({
      lat: latitudeSchema,
      lon: longitudeSchema,
    }),
    /**
     * Where these facts come from (a council decision, a EUROCITIES report…), up to 1,000
     * characters; '' when none is noted.
     */
    sourceNote: z.string().check(maxCharacters(SOURCE_NOTE_MAX_LENGTH)),
    /**
     * Archived by a coordinator: a city is never deleted (its past results stay readable),
     * but an archived one is no longer expected in a round it has no assessment in
     * (`isCityExpectedInRound`), and the administration's list leaves it out unless asked.
     */
    archived: z.boolean(),
  })
  .check(
    z.refine(
      ({ names, localLanguages }) =>
        localLanguages.every(
          (language) => language === CITY_NAME_LANGUAGE || Object.hasOwn(names, language),
        ),
      {
        message: 'Each local language is English or has the city’s name in `names`',
        path: ['localLanguages'],
      },
    ),
  );
/** A signatory city of the Integrating Cities Charter. */
export type City = z.infer<typeof citySchema>;

/**
 * What a coordinator writes of a city (`POST /cities`, `PATCH /cities/{id}`): everything but
 * its id (made from the name) and its archive mark (changed by archiving).
 */
export const cityFieldsSchema = z.strictObject({
  name: cityNameSchema,
  names: cityNamesSchema,
  localLanguages: z.array(languageCodeSchema),
  countryCode: z
    .string()
    .check(z.regex(/^[A-Z]{2}$/, 'Two capital letters, such as PL for Poland')),
  signed: z.nullable(signingPeriodSchema),
  coordinates: z.strictObject({
    lat: latitudeSchema,
    lon: longitudeSchema,
  }),
  sourceNote: z.string().check(maxCharacters(SOURCE_NOTE_MAX_LENGTH)),
});
export type CityFields = z.infer<typeof cityFieldsSchema>;

/** `PATCH /cities/{id}`: any of the fields, each replacing the city's whole value. */
export const updateCityRequestSchema = z.partial(cityFieldsSchema);
export type UpdateCityRequest = z.infer<typeof updateCityRequestSchema>;

/**
 * An id for a new city named `name`, not among `taken`: the name in lower-case ASCII letters
 * and digits, other characters as hyphens ("Łódź" → "lodz", "Frankfurt am Main" →
 * "frankfurt-am-main"), "-2", "-3"… added when taken; "city" for a name with no Latin letter.
 */
export function cityIdFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    searchableText(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'city';
  let id = base;
  for (let suffix = 2; taken.has(id); suffix += 1) id = `${base}-${String(suffix)}`;
  return id;
}
