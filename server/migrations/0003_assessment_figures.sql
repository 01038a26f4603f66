-- Each assessment's figures, stored beside it, for the aggregate endpoints.
--
-- The aggregates read each commitment's rating and each key trend's status. Computed from the
-- JSON (ratings and trends, which also carry evidence, reasons, links and examples) on every
-- request, GET /aggregates/rounds took 400-600 ms over the synthetic set (17,000
-- assessments), and the overview waits for it. Generated columns hold the figures instead:
-- PostgreSQL computes them on every insert and update, so no code path can forget them, and
-- an aggregate sums plain numbers (reading the points from an array took 30 ms where reading
-- them from the JSON took 55 and expanding the JSON into rows 180).
--
-- commitment_points: the points of each commitment in the charter's order (PM1, PM2, PM3,
--   SP1, SP2, EM1, EM2, EM3, BU1, BU2, BU3, as src/domain/charter.ts lists them), NULL where
--   it does not count (0002's rating_points).
-- trend_statuses: each key trend's status in the charter's order (structured_policies,
--   mainstreaming, specific_groups, low_threshold_access, open_communication, participation,
--   inclusive_administration, eu_global_governance), NULL where none is chosen.
-- policymaker_score … overall_score: as 0002's view computed them (and src/domain/scoring.ts
--   does): a role's points summed (whole numbers, exact) and divided once by how many count;
--   the overall score, the role scores there are added in the charter's order, divided once.
--
-- assessment_scores now reads these columns, and passes the two arrays on; its rows and
-- values are unchanged. server/store/postgres-aggregates.ts indexes the arrays in the
-- charter's order; the stores' parity test compares every figure with the memory store's.

CREATE FUNCTION commitment_points(ratings jsonb) RETURNS smallint[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT ARRAY[
      rating_points(ratings -> 'PM1' ->> 'rating'),
      rating_points(ratings -> 'PM2' ->> 'rating'),
      rating_points(ratings -> 'PM3' ->> 'rating'),
      rating_points(ratings -> 'SP1' ->> 'rating'),
      rating_points(ratings -> 'SP2' ->> 'rating'),
      rating_points(ratings -> 'EM1' ->> 'rating'),
      rating_points(ratings -> 'EM2' ->> 'rating'),
      rating_points(ratings -> 'EM3' ->> 'rating'),
      rating_points(ratings -> 'BU1' ->> 'rating'),
      rating_points(ratings -> 'BU2' ->> 'rating'),
      rating_points(ratings -> 'BU3' ->> 'rating')
    ]::smallint[]
  $$;

CREATE FUNCTION trend_status_list(trends jsonb) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT ARRAY[
      trends -> 'structured_policies' ->> 'status',
      trends -> 'mainstreaming' ->> 'status',
      trends -> 'specific_groups' ->> 'status',
      trends -> 'low_threshold_access' ->> 'status',
      trends -> 'open_communication' ->> 'status',
      trends -> 'participation' ->> 'status',
      trends -> 'inclusive_administration' ->> 'status',
      trends -> 'eu_global_governance' ->> 'status'
    ]
  $$;

-- The mean of the points from index `first` to `last` that count; NULL when none does.
CREATE FUNCTION mean_points(points smallint[], first integer, last integer) RETURNS float8
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT sum(p)::float8 / nullif(count(p), 0)::float8 FROM unnest(points[first:last]) AS p
  $$;

-- The overall score of an assessment's points: the role scores there are, averaged.
CREATE FUNCTION overall_points(points smallint[]) RETURNS float8
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT (
      coalesce(mean_points(points, 1, 3), 0)
      + coalesce(mean_points(points, 4, 5), 0)
      + coalesce(mean_points(points, 6, 8), 0)
      + coalesce(mean_points(points, 9, 11), 0)
    ) / nullif(
      num_nonnulls(
        mean_points(points, 1, 3),
        mean_points(points, 4, 5),
        mean_points(points, 6, 8),
        mean_points(points, 9, 11)
      ),
      0
    )::float8
  $$;

ALTER TABLE assessments
  ADD COLUMN commitment_points smallint[]
    GENERATED ALWAYS AS (commitment_points(ratings)) STORED,
  ADD COLUMN trend_statuses text[]
    GENERATED ALWAYS AS (trend_status_list(trends)) STORED,
  ADD COLUMN policymaker_score float8
    GENERATED ALWAYS AS (mean_points(commitment_points(ratings), 1, 3)) STORED,
  ADD COLUMN service_provider_score float8
    GENERATED ALWAYS AS (mean_points(commitment_points(ratings), 4, 5)) STORED,
  ADD COLUMN employer_score float8
    GENERATED ALWAYS AS (mean_points(commitment_points(ratings), 6, 8)) STORED,
  ADD COLUMN buyer_score float8
    GENERATED ALWAYS AS (mean_points(commitment_points(ratings), 9, 11)) STORED,
  ADD COLUMN overall_score float8
    GENERATED ALWAYS AS (overall_points(commitment_points(ratings))) STORED;

DROP VIEW assessment_scores;

CREATE VIEW assessment_scores AS
  SELECT
    a.id AS assessment_id,
    a.city_id,
    a.round_id,
    a.status AS assessment_status,
    a.policymaker_score AS policymaker,
    a.service_provider_score AS service_provider,
    a.employer_score AS employer,
    a.buyer_score AS buyer,
    a.overall_score AS overall,
    a.commitment_points,
    a.trend_statuses
  FROM assessments a;
