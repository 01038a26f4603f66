-- Cities' names in other languages than English, and which languages are the city's own
-- (src/domain/city.ts, docs/api.md "Reference data"): Warsaw is "Warszawa" in Polish, its own
-- language, "Varsovie" in French and "Warschau" in German.
--
-- names: a jsonb object from language code to the city's name in that language, e.g.
--   {"pl": "Warszawa", "fr": "Varsovie", "de": "Warschau"}; '{}' when there is none. A jsonb
--   object, not a table of (city, language, name) rows: the API reads and writes a city whole,
--   as it does an assessment's answers (0001), and the cities list then reads one row per city.
-- local_languages: the city's own languages whose name is recorded, each once: 'en' (the name
--   is `name`) or a key of `names`, e.g. {fr,nl} for Brussels; '{}' when none is recorded.
--
-- The schema also limits a name to 120 characters as a reader counts them (grapheme clusters,
-- src/domain/text-length.ts), which SQL cannot count; like `name`, the database only refuses
-- an empty one.

-- True when `language` is a BCP 47 primary language subtag: two or three lower-case letters.
CREATE FUNCTION is_language_code(language text) RETURNS boolean
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT language ~ '^[a-z]{2,3}$' $$;

-- True when `names` is a City's names object: keyed by language codes other than 'en' (the
-- English name is the `name` column), each a non-empty string.
CREATE FUNCTION is_city_names(names jsonb) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT jsonb_typeof(names) = 'object' AND NOT EXISTS (
      SELECT
      FROM jsonb_each(CASE jsonb_typeof(names) WHEN 'object' THEN names END)
        AS entry (language, name)
      WHERE (
        is_language_code(entry.language)
        AND entry.language <> 'en'
        AND jsonb_typeof(entry.name) = 'string'
        AND entry.name #>> '{}' <> ''
      ) IS NOT TRUE
    )
  $$;

-- True when each of `languages` is a language code, listed once, and is 'en' or has a name
-- in `names`.
CREATE FUNCTION are_local_languages(languages text[], names jsonb) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT has_distinct_elements(languages) AND NOT EXISTS (
      SELECT
      FROM unnest(languages) AS language
      WHERE (is_language_code(language) AND (language = 'en' OR names ? language)) IS NOT TRUE
    )
  $$;

ALTER TABLE cities
  ADD COLUMN names jsonb NOT NULL DEFAULT '{}' CHECK (is_city_names(names)),
  ADD COLUMN local_languages text[] NOT NULL DEFAULT '{}',
  ADD CHECK (are_local_languages(local_languages, names));
