/**
 * The aggregate endpoints' numbers in SQL (GROUP BY over the views of server/migrations): the
 * PostgreSQL store's side of `roundAggregates`, `cityScores` and `trendLeaders`. Each is one
 * statement (one snapshot). Scores come from the view `assessment_scores`: each assessment's
 * figures, stored beside it by a trigger that computes them as the app does (each commitment's
 * points, each trend's status, role and overall scores; server/migrations/
 * 0003_assessment_figures.sql); averages over cities add them in the
 * order the cities were added (`sum(… ORDER BY c.position)`), as the memory store's
 * `roundAggregateOf` does, so both stores answer the same doubles, not merely close ones.
 */
import {
  commitmentIds,
  keyTrendIds,
  roleIds,
  trendStatuses,
  type CommitmentId,
  type KeyTrendId,
  type RoleId,
  type TrendStatus,
} from '../../src/domain/charter';
import {
  roundAggregateOf,
  type CityScore,
  type RoundAggregate,
  type TrendLeaders,
} from '../../src/domain/round-aggregate';
import type { CityNames } from '../../src/domain/city';
import type { AggregateQuery } from './contract-store';
import { assessmentViewColumns, filterOf, whereClause } from './postgres-filter';
import type { SqlClient } from './sql-client';

/** The conditions (and parameters) selecting what an aggregate counts, on each view alias. */
function countedFilter(query: AggregateQuery, aliases: readonly string[]) {
  return filterOf(
    {
      scope: query.scope,
      roundId: query.roundId,
      status: query.includeUnapproved ? undefined : 'approved',
    },
    aliases.map(assessmentViewColumns),
  );
}

/** One line of the round aggregates' statement: one number of one round's aggregate. */
interface AggregateRow {
  kind: 'assessments' | 'score' | 'commitment' | 'trend';
  round_id: string;
  /** `score`: 'overall' or a role; `commitment`: its id; `trend`: the trend's id. */
  key: string | null;
  /** `trend`: the status counted. */
  status: TrendStatus | null;
  /** `score` and `commitment`: the mean, NULL when nothing was scored. */
  value: number | null;
  count: number;
}

/** The scores averaged over cities: the overall score, then each role's. */
const scoreNames = ['overall', ...roleIds] as const;

/** An ordered sum's mean and count, `name` and `name_count`, of one score column of `s`. */
function meanInCityOrder(name: string): string {
  return `sum(s.${name} ORDER BY c.position) / nullif(count(s.${name}), 0)::float8 AS ${name},
      count(s.${name})::int AS ${name}_count`;
}

/**
 * A commitment's mean points and how many cities are scored on it, `name` and `name_count`,
 * from `s.commitment_points`, the points in the charter's order (server/migrations/
 * 0003_assessment_figures.sql).
 */
function commitmentMean(index: number, name: string): string {
  const points = `s.commitment_points[${String(index + 1)}]`;
  return `sum(${points})::float8 / nullif(count(${points}), 0)::float8 AS ${name},
      count(${points})::int AS ${name}_count`;
}

/** How many cities report a trend at a status, from `s.trend_statuses` (charter's order). */
function trendCount(trendIndex: number, status: TrendStatus, name: string): string {
  return `(count(*) FILTER (WHERE s.trend_statuses[${String(trendIndex + 1)}] = '${status}'))::int AS ${name}`;
}

/** Column names of the statement's per-round row, for the charter's ids. */
const commitmentColumns = commitmentIds.map((id, index) => ({
  id,
  index,
  name: `c${String(index)}`,
}));
const trendColumns = keyTrendIds.flatMap((trend, trendIndex) =>
  trendStatuses.map((status, statusIndex) => ({
    trend,
    trendIndex,
    status,
    name: `t${String(trendIndex)}_${String(statusIndex)}`,
  })),
);

/**
 * Per round (oldest first): how many assessments count; the mean of the cities' overall and
 * role scores and how many cities have one; each commitment's mean points and how many cities
 * are scored on it; each trend's count per status (0 included). Rounds without counted
 * assessments have no rows. Everything is computed in one pass, one row per round, and only
 * then turned into rows of this shape: turning every city's scores into rows first meant
 * sorting many times as many rows. Ids are the charter's own (src/domain/charter.ts), never
 * a request's, so they are written into the SQL.
 */
function roundAggregatesStatement(where: string): string {
  const text = (value: string) => `'${value}'`;
  return `
    SELECT v.kind, g.round_id, v.key, v.status, v.value, v.count
    FROM (
      SELECT s.round_id, ro.year, ro.position AS round_position, count(*)::int AS assessments,
        ${scoreNames.map(meanInCityOrder).join(',\n        ')},
        ${commitmentColumns.map(({ index, name }) => commitmentMean(index, name)).join(',\n        ')},
        ${trendColumns.map(({ trendIndex, status, name }) => trendCount(trendIndex, status, name)).join(',\n        ')}
      FROM assessment_scores s
      JOIN rounds ro ON ro.id = s.round_id
      JOIN cities c ON c.id = s.city_id
      ${where}
      GROUP BY s.round_id, ro.year, ro.position
    ) AS g
    CROSS JOIN LATERAL (VALUES
      ('assessments', NULL, NULL, NULL::float8, g.assessments),
      ${[
        ...scoreNames.map((name) => `('score', ${text(name)}, NULL, g.${name}, g.${name}_count)`),
        ...commitmentColumns.map(
          ({ id, name }) => `('commitment', ${text(id)}, NULL, g.${name}, g.${name}_count)`,
        ),
        ...trendColumns.map(
          ({ trend, status, name }) =>
            `('trend', ${text(trend)}, ${text(status)}, NULL, g.${name})`,
        ),
      ].join(',\n      ')}
    ) AS v (kind, key, status, value, count)
    ORDER BY g.year, g.round_position`;
}

/** The aggregate of every round with counted assessments, oldest first. */
export async function selectRoundAggregates(
  client: SqlClient,
  query: AggregateQuery,
): Promise<RoundAggregate[]> {
  const { conditions, params } = countedFilter(query, ['s']);
  const { rows } = await client.transaction(async (tx) => {
    // The planner expects a costly statement (dozens of aggregates over every assessment) and
    // compiles it (JIT): over the synthetic set that took longer than running it.
    await tx.query('SET LOCAL jit = off');
    return tx.query<AggregateRow>(roundAggregatesStatement(whereClause(conditions)), params);
  });
  const aggregates = new Map<string, RoundAggregate>();
  for (const row of rows) {
    let aggregate = aggregates.get(row.round_id);
    if (!aggregate) {
      // An aggregate of no rows: every count 0 and every mean null, to be filled in.
      aggregate = roundAggregateOf(row.round_id, []);
      aggregates.set(row.round_id, aggregate);
    }
    const { average } = aggregate;
    if (row.kind === 'assessments') {
      aggregate.assessmentCount = row.count;
    } else if (row.kind === 'score' && row.key === 'overall') {
      average.overall = row.value;
      average.cityCount = row.count;
    } else if (row.kind === 'score') {
      average.byRole[row.key as RoleId] = row.value;
      average.citiesByRole[row.key as RoleId] = row.count;
    } else if (row.kind === 'commitment') {
      aggregate.commitmentAverages[row.key as CommitmentId] = row.value;
    } else if (row.status !== null) {
      aggregate.trendAdoption[row.key as KeyTrendId][row.status] = row.count;
    }
  }
  return [...aggregates.values()];
}

/** The overall score of each counted assessment of the round, cities in the order added. */
export async function selectCityScores(
  client: SqlClient,
  query: AggregateQuery & { roundId: string },
): Promise<CityScore[]> {
  const { conditions, params } = countedFilter(query, ['s']);
  const { rows } = await client.query<{ city_id: string; overall: number | null }>(
    `SELECT s.city_id, s.overall
     FROM assessment_scores s
     JOIN cities c ON c.id = s.city_id
     ${whereClause(conditions)}
     ORDER BY c.position`,
    params,
  );
  return rows.map((row) => ({ cityId: row.city_id, overall: row.overall }));
}

interface LeaderRow {
  trend_id: KeyTrendId;
  city_id: string;
  city_name: string;
  city_names: CityNames;
  overall: number | null;
  city_count: number;
}

/**
 * For each key trend, how many counted cities of the round report it as established and the
 * first `limit` of them: best overall score first, cities without one last, ties by city id
 * (byte order, which for ids of `[a-z0-9-]` is the order of the app's `localeCompare`).
 */
export async function selectTrendLeaders(
  client: SqlClient,
  query: AggregateQuery & { roundId: string },
  limit: number,
): Promise<TrendLeaders[]> {
  // Filtered on both views, so that each one's scan is narrowed to the round.
  const { conditions, params } = countedFilter(query, ['s', 't']);
  const { rows } = await client.query<LeaderRow>(
    `SELECT trend_id, city_id, city_name, city_names, overall, city_count
     FROM (
       SELECT t.trend_id, s.city_id, c.name AS city_name, c.names AS city_names, s.overall,
         count(*) OVER (PARTITION BY t.trend_id)::int AS city_count,
         row_number() OVER (
           PARTITION BY t.trend_id ORDER BY s.overall DESC NULLS LAST, s.city_id COLLATE "C"
         ) AS rank
       FROM assessment_scores s
       JOIN trend_answers t ON t.assessment_id = s.assessment_id
       JOIN cities c ON c.id = s.city_id
       ${whereClause([...conditions, "t.status = 'established'"])}
     ) AS ranked
     WHERE rank <= $${String(params.length + 1)}
     ORDER BY trend_id, rank`,
    [...params, limit],
  );
  return keyTrendIds.map((trendId) => {
    const leaders = rows.filter((row) => row.trend_id === trendId);
    return {
      trendId,
      cityCount: leaders[0]?.city_count ?? 0,
      leaders: leaders.map((row) => ({
        cityId: row.city_id,
        cityName: row.city_name,
        cityNames: row.city_names,
        overall: row.overall,
      })),
    };
  });
}
