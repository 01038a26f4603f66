-- Charter Monitor's first schema: the shapes of src/domain, with their integrity kept by the
-- database itself (keys, foreign keys, one assessment per city and round, CHECKs on every
-- enumerated value), so no client, script or hand-written fix can store what the API could
-- never answer with.
--
-- An assessment's answers are jsonb documents on its row (ratings, trends), checked by
-- is_ratings / is_trends below, rather than rows of answer tables. The API reads and writes
-- an assessment whole: a save is one UPDATE and a list reads one row per assessment. Both
-- layouts were measured on the synthetic set (17,352 assessments, 2 cores shared with other
-- work): answer tables (some 330,000 rows) took about twice as long to load and 1.5 times as
-- long to list every score row, and a save took five statements. The aggregates stay plain
-- SQL over the views rating_answers and trend_answers (end of this file), one row per answer:
--   SELECT r.round_id, c.role,
--          avg(CASE r.rating WHEN 'fully' THEN 100 WHEN 'partly' THEN 50 WHEN 'not_at_all' THEN 0 END)
--   FROM rating_answers r JOIN commitments c ON c.id = r.commitment_id
--   GROUP BY r.round_id, c.role;
-- (avg leaves out the NULLs of the unscored ratings); key-trend adoption is a count per
-- (round_id, trend_id, status), status counts a GROUP BY on assessments. Over the synthetic
-- set such a query took ~0.3 s, no slower than the same GROUP BY over answer tables. History
-- changes are jsonb too: an append-only log, read whole.

-- The charter's reference data (src/domain/charter.ts): the commitment -> role mapping the
-- per-role averages group by, and the trends' numbers.
CREATE TABLE commitments (
  id text PRIMARY KEY,
  role text NOT NULL CHECK (role IN ('policymaker', 'service_provider', 'employer', 'buyer')),
  position integer NOT NULL CHECK (position > 0),
  UNIQUE (role, position)
);

INSERT INTO commitments (id, role, position) VALUES
  ('PM1', 'policymaker', 1),
  ('PM2', 'policymaker', 2),
  ('PM3', 'policymaker', 3),
  ('SP1', 'service_provider', 1),
  ('SP2', 'service_provider', 2),
  ('EM1', 'employer', 1),
  ('EM2', 'employer', 2),
  ('EM3', 'employer', 3),
  ('BU1', 'buyer', 1),
  ('BU2', 'buyer', 2),
  ('BU3', 'buyer', 3);

CREATE TABLE key_trends (
  id text PRIMARY KEY,
  number integer NOT NULL UNIQUE CHECK (number BETWEEN 1 AND 8)
);

INSERT INTO key_trends (id, number) VALUES
  ('structured_policies', 1),
  ('mainstreaming', 2),
  ('specific_groups', 3),
  ('low_threshold_access', 4),
  ('open_communication', 5),
  ('participation', 6),
  ('inclusive_administration', 7),
  ('eu_global_governance', 8);

-- The checks of the answer documents. A CHECK cannot read a table, so the ids are listed here
-- as well as in the reference tables above; each is a function to be readable and testable.

-- True when `ratings` is a Ratings object (src/domain/assessment.ts): keyed by commitment id,
-- each answer exactly { rating: a value of the scale or null, reason, evidence: strings,
-- links: an array of strings }. An absent commitment is unanswered, and allowed.
CREATE FUNCTION is_ratings(ratings jsonb) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT jsonb_typeof(ratings) = 'object' AND NOT EXISTS (
      SELECT
      FROM jsonb_each(CASE jsonb_typeof(ratings) WHEN 'object' THEN ratings END)
        AS answer (commitment_id, value)
      WHERE (
        answer.commitment_id IN (
          'PM1', 'PM2', 'PM3', 'SP1', 'SP2', 'EM1', 'EM2', 'EM3', 'BU1', 'BU2', 'BU3'
        )
        AND CASE jsonb_typeof(answer.value)
          WHEN 'object' THEN
            answer.value ?& ARRAY['rating', 'reason', 'evidence', 'links']
            AND answer.value - ARRAY['rating', 'reason', 'evidence', 'links'] = '{}'::jsonb
            AND (
              jsonb_typeof(answer.value -> 'rating') = 'null'
              OR answer.value ->> 'rating'
                IN ('fully', 'partly', 'not_at_all', 'not_applicable', 'not_assessed')
            )
            AND jsonb_typeof(answer.value -> 'reason') = 'string'
            AND jsonb_typeof(answer.value -> 'evidence') = 'string'
            AND jsonb_typeof(answer.value -> 'links') = 'array'
            AND NOT jsonb_path_exists(answer.value -> 'links', '$[*] ? (@.type() != "string")')
          ELSE false
        END
      ) IS NOT TRUE
    )
  $$;

-- True when `trends` is the trends object of an assessment: keyed by key-trend id, each
-- answer exactly { status: 'established' | 'emerging' | 'not_observed' or null, example }.
CREATE FUNCTION is_trends(trends jsonb) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT jsonb_typeof(trends) = 'object' AND NOT EXISTS (
      SELECT
      FROM jsonb_each(CASE jsonb_typeof(trends) WHEN 'object' THEN trends END)
        AS answer (trend_id, value)
      WHERE (
        answer.trend_id IN (
          'structured_policies', 'mainstreaming', 'specific_groups', 'low_threshold_access',
          'open_communication', 'participation', 'inclusive_administration',
          'eu_global_governance'
        )
        AND CASE jsonb_typeof(answer.value)
          WHEN 'object' THEN
            answer.value ?& ARRAY['status', 'example']
            AND answer.value - ARRAY['status', 'example'] = '{}'::jsonb
            AND (
              jsonb_typeof(answer.value -> 'status') = 'null'
              OR answer.value ->> 'status' IN ('established', 'emerging', 'not_observed')
            )
            AND jsonb_typeof(answer.value -> 'example') = 'string'
          ELSE false
        END
      ) IS NOT TRUE
    )
  $$;

-- For target groups, an ordered array on the assessment: each group at most once.
CREATE FUNCTION has_distinct_elements(items anyarray) RETURNS boolean
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT count(DISTINCT item) = count(*) FROM unnest(items) AS item $$;

CREATE TABLE cities (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]+$'),
  -- Cities are listed in the order they were added.
  position bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  name text NOT NULL CHECK (name <> ''),
  country_code text NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
  -- Both null when the signing year is not known at all.
  signed_earliest_year integer CHECK (signed_earliest_year BETWEEN 2010 AND 2100),
  signed_latest_year integer CHECK (signed_latest_year BETWEEN 2010 AND 2100),
  lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
  CHECK ((signed_earliest_year IS NULL) = (signed_latest_year IS NULL)),
  CHECK (signed_earliest_year <= signed_latest_year)
);

CREATE TABLE rounds (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]+$'),
  -- Breaks ties between rounds of one year as the memory store's stable sort does.
  position bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  year integer NOT NULL CHECK (year BETWEEN 2010 AND 2100),
  status text NOT NULL CHECK (status IN ('open', 'closed'))
);

CREATE TABLE users (
  id text PRIMARY KEY CHECK (id <> ''),
  -- Users are listed in the order they were added.
  position bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  name text NOT NULL CHECK (name <> ''),
  role text NOT NULL CHECK (role IN ('member', 'coordinator', 'viewer')),
  -- Only a working-group member is responsible for a city.
  city_id text REFERENCES cities (id),
  CHECK (role = 'member' OR city_id IS NULL)
);

CREATE TABLE sessions (
  token text PRIMARY KEY CHECK (token <> ''),
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX sessions_user_id ON sessions (user_id);

CREATE TABLE assessments (
  id text PRIMARY KEY CHECK (id <> ''),
  city_id text NOT NULL REFERENCES cities (id),
  round_id text NOT NULL REFERENCES rounds (id),
  status text NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'approved')),
  version integer NOT NULL CHECK (version > 0),
  ratings jsonb NOT NULL CHECK (is_ratings(ratings)),
  trends jsonb NOT NULL CHECK (is_trends(trends)),
  -- In the order the member chose them.
  target_groups text[] NOT NULL CHECK (
    target_groups <@ ARRAY[
      'third_country_nationals',
      'international_protection',
      'irregular_status',
      'eu_mobile_citizens',
      'eu_nationals_migrant_background'
    ]::text[]
    AND has_distinct_elements(target_groups)
  ),
  review_comment text,
  updated_at timestamptz NOT NULL,
  -- Actors are recorded as they were named at the time, not as references to users: the
  -- record must outlive a renamed or removed account.
  updated_by_id text NOT NULL CHECK (updated_by_id <> ''),
  updated_by_name text NOT NULL CHECK (updated_by_name <> ''),
  submitted_at timestamptz,
  submitted_by_id text CHECK (submitted_by_id <> ''),
  submitted_by_name text CHECK (submitted_by_name <> ''),
  CHECK ((submitted_by_id IS NULL) = (submitted_by_name IS NULL)),
  UNIQUE (city_id, round_id)
);

-- Lists and progress counts select by round (and status); (city_id, round_id) is indexed by
-- its UNIQUE constraint.
CREATE INDEX assessments_round_status ON assessments (round_id, status);

-- No ON DELETE CASCADE: the record of changes must not vanish with a deleted assessment.
CREATE TABLE assessment_history (
  assessment_id text NOT NULL REFERENCES assessments (id),
  -- The version the change produced.
  version integer NOT NULL CHECK (version > 0),
  action text NOT NULL CHECK (
    action IN ('created', 'saved', 'submitted', 'returned', 'approved')
  ),
  at timestamptz NOT NULL,
  actor_id text NOT NULL CHECK (actor_id <> ''),
  actor_name text NOT NULL CHECK (actor_name <> ''),
  -- FieldChange[] (src/domain/assessment-history.ts).
  changes jsonb NOT NULL CHECK (jsonb_typeof(changes) = 'array'),
  comment text,
  PRIMARY KEY (assessment_id, version)
);

-- One row per answered commitment, for aggregates in SQL; `rating` is NULL while unrated.
CREATE VIEW rating_answers AS
  SELECT
    a.id AS assessment_id,
    a.city_id,
    a.round_id,
    a.status AS assessment_status,
    answer.key AS commitment_id,
    answer.value ->> 'rating' AS rating,
    answer.value ->> 'reason' AS reason
  FROM assessments a
  CROSS JOIN LATERAL jsonb_each(a.ratings) AS answer;

-- One row per answered key trend; `status` is NULL while not chosen.
CREATE VIEW trend_answers AS
  SELECT
    a.id AS assessment_id,
    a.city_id,
    a.round_id,
    a.status AS assessment_status,
    answer.key AS trend_id,
    answer.value ->> 'status' AS status
  FROM assessments a
  CROSS JOIN LATERAL jsonb_each(a.trends) AS answer;
