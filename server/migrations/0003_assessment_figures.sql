-- Each assessment's figures, stored beside it, for the aggregate endpoints.
--
-- The aggregates read each commitment's rating and each key trend's status. Computed from the
-- JSON (ratings and trends, which also carry evidence, reasons, links and examples) on every
-- request, GET /aggregates/rounds took 400-600 ms over the synthetic set (17,000
-- assessments), and the overview waits for it. Columns hold the figures instead, set by a
-- trigger on every insert and on every update of the answers, so no code path can forget them,
-- and an aggregate sums plain numbers (reading the points from an array took 30 ms where
-- reading them from the JSON took 55 and expanding the JSON into rows 180).
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

-- The mean of the points from index `first` to `last` that count; NULL when none does.
CREATE FUNCTION mean_points(points smallint[], first integer, last integer) RETURNS float8
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT sum(p)::float8 / nullif(count(p), 0)::float8 FROM unnest(points[first:last]) AS p
  $$;

ALTER TABLE assessments
  ADD COLUMN commitment_points smallint[],
  ADD COLUMN trend_statuses text[],
  ADD COLUMN policymaker_score float8,
  ADD COLUMN service_provider_score float8,
  ADD COLUMN employer_score float8,
  ADD COLUMN buyer_score float8,
  ADD COLUMN overall_score float8;

-- Sets the figures of the row being written from its ratings and trends, each read once (a
-- generated column per figure read the ratings six times over and made a save under load 40 %
-- slower). Runs on every insert, and on every update of ratings or trends.
CREATE FUNCTION set_assessment_figures() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
    DECLARE
      points smallint[] := ARRAY[
        rating_points(NEW.ratings -> 'PM1' ->> 'rating'),
        rating_points(NEW.ratings -> 'PM2' ->> 'rating'),
        rating_points(NEW.ratings -> 'PM3' ->> 'rating'),
        rating_points(NEW.ratings -> 'SP1' ->> 'rating'),
        rating_points(NEW.ratings -> 'SP2' ->> 'rating'),
        rating_points(NEW.ratings -> 'EM1' ->> 'rating'),
        rating_points(NEW.ratings -> 'EM2' ->> 'rating'),
        rating_points(NEW.ratings -> 'EM3' ->> 'rating'),
        rating_points(NEW.ratings -> 'BU1' ->> 'rating'),
        rating_points(NEW.ratings -> 'BU2' ->> 'rating'),
        rating_points(NEW.ratings -> 'BU3' ->> 'rating')
      ]::smallint[];
      policymaker float8 := mean_points(points, 1, 3);
      service_provider float8 := mean_points(points, 4, 5);
      employer float8 := mean_points(points, 6, 8);
      buyer float8 := mean_points(points, 9, 11);
    BEGIN
      NEW.commitment_points := points;
      NEW.trend_statuses := ARRAY[
        NEW.trends -> 'structured_policies' ->> 'status',
        NEW.trends -> 'mainstreaming' ->> 'status',
        NEW.trends -> 'specific_groups' ->> 'status',
        NEW.trends -> 'low_threshold_access' ->> 'status',
        NEW.trends -> 'open_communication' ->> 'status',
        NEW.trends -> 'participation' ->> 'status',
        NEW.trends -> 'inclusive_administration' ->> 'status',
        NEW.trends -> 'eu_global_governance' ->> 'status'
      ];
      NEW.policymaker_score := policymaker;
      NEW.service_provider_score := service_provider;
      NEW.employer_score := employer;
      NEW.buyer_score := buyer;
      NEW.overall_score := (
        coalesce(policymaker, 0)
        + coalesce(service_provider, 0)
        + coalesce(employer, 0)
        + coalesce(buyer, 0)
      ) / nullif(num_nonnulls(policymaker, service_provider, employer, buyer), 0)::float8;
      RETURN NEW;
    END
  $$;

CREATE TRIGGER assessment_figures
  BEFORE INSERT OR UPDATE OF ratings, trends ON assessments
  FOR EACH ROW EXECUTE FUNCTION set_assessment_figures();

-- The rows already there get theirs (the trigger runs on this update too).
UPDATE assessments SET ratings = ratings;

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
