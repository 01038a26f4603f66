-- Each assessment's scores, as src/domain/scoring.ts computes them, for the aggregate endpoints
-- (docs/api.md, "Aggregates"): the points of a rating (rating_points) and, one row per
-- assessment, the score of each role and the overall score (assessment_scores), in one place,
-- so the round averages, the map's per-city scores and the key-trend leaders read one rule.
-- No index is added: aggregates filter on assessments' round and status, which
-- assessments_round_status (0001) already indexes.
--
-- fully = 100, partly = 50, not at all = 0; not applicable, not assessed, a null rating and an
-- unanswered commitment are left out. A role's score is the mean of its scored commitments,
-- NULL when none is scored; the overall score is the mean of the role scores there are.
--
-- Computed in float8, in the order the app computes them, so each value is the very double the
-- app's functions give: a role's points are whole numbers (their sum is exact), divided once by
-- how many there are; the overall score adds the role scores in the charter's order
-- (policymaker, service provider, employer, buyer; a missing one adds 0, which changes nothing)
-- and divides once. The stores' averages over cities add these values in the order the cities
-- were added (server/store/postgres-aggregates.ts), as the memory store does.

-- The points of one rating: NULL for every answer that is left out of the averages.
CREATE FUNCTION rating_points(rating text) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT CASE rating WHEN 'fully' THEN 100 WHEN 'partly' THEN 50 WHEN 'not_at_all' THEN 0 END
  $$;

CREATE VIEW assessment_scores AS
  SELECT
    a.id AS assessment_id,
    a.city_id,
    a.round_id,
    a.status AS assessment_status,
    role.policymaker,
    role.service_provider,
    role.employer,
    role.buyer,
    (
      coalesce(role.policymaker, 0)
      + coalesce(role.service_provider, 0)
      + coalesce(role.employer, 0)
      + coalesce(role.buyer, 0)
    ) / nullif(
      num_nonnulls(role.policymaker, role.service_provider, role.employer, role.buyer),
      0
    )::float8 AS overall
  FROM assessments a
  CROSS JOIN LATERAL (
    SELECT
      (sum(scored.points) FILTER (WHERE c.role = 'policymaker'))::float8
        / nullif(count(scored.points) FILTER (WHERE c.role = 'policymaker'), 0)::float8
        AS policymaker,
      (sum(scored.points) FILTER (WHERE c.role = 'service_provider'))::float8
        / nullif(count(scored.points) FILTER (WHERE c.role = 'service_provider'), 0)::float8
        AS service_provider,
      (sum(scored.points) FILTER (WHERE c.role = 'employer'))::float8
        / nullif(count(scored.points) FILTER (WHERE c.role = 'employer'), 0)::float8
        AS employer,
      (sum(scored.points) FILTER (WHERE c.role = 'buyer'))::float8
        / nullif(count(scored.points) FILTER (WHERE c.role = 'buyer'), 0)::float8
        AS buyer
    FROM jsonb_each(a.ratings) AS answer (commitment_id, value)
    JOIN commitments c ON c.id = answer.commitment_id
    CROSS JOIN LATERAL (SELECT rating_points(answer.value ->> 'rating') AS points) AS scored
  ) AS role;
