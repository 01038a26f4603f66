/**
 * The SQL conditions that select what a query asks for (the reader's scope, a round, a city, a
 * status), on the assessments table or on the views over it (`rating_answers`, `trend_answers`,
 * `assessment_scores`), which name the assessment's columns alike.
 */
import type { AssessmentQuery } from './contract-store';

/** A table's (or view's) columns for the assessment's status, city and round, e.g. `a.status`. */
export interface FilterColumns {
  status: string;
  cityId: string;
  roundId: string;
}

/** The columns of `assessments` under the alias `alias`. */
export function assessmentTableColumns(alias: string): FilterColumns {
  return { status: `${alias}.status`, cityId: `${alias}.city_id`, roundId: `${alias}.round_id` };
}

/** The columns of a view over assessments (`assessment_status`, …) under the alias `alias`. */
export function assessmentViewColumns(alias: string): FilterColumns {
  return {
    status: `${alias}.assessment_status`,
    cityId: `${alias}.city_id`,
    roundId: `${alias}.round_id`,
  };
}

/**
 * The conditions selecting what `query` asks for, on every table of `tables` (the same rows
 * of a join, filtered on each side so that each side's scan is narrowed), and their
 * parameters, numbered from `$1`; parameters of the caller's own come after them.
 */
export function filterOf(
  query: AssessmentQuery,
  tables: readonly FilterColumns[],
): { conditions: string[]; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${String(params.length)}`;
  };
  // A viewer's cityId is null: `city_id = NULL` is never true, so only approved ones.
  const scopeCity = query.scope.kind === 'approved-or-city' ? param(query.scope.cityId) : null;
  const roundId = query.roundId === undefined ? null : param(query.roundId);
  const cityId = query.cityId === undefined ? null : param(query.cityId);
  const status = query.status === undefined ? null : param(query.status);
  const conditions = tables.flatMap((columns) => [
    ...(scopeCity === null
      ? []
      : [`(${columns.status} = 'approved' OR ${columns.cityId} = ${scopeCity})`]),
    ...(roundId === null ? [] : [`${columns.roundId} = ${roundId}`]),
    ...(cityId === null ? [] : [`${columns.cityId} = ${cityId}`]),
    ...(status === null ? [] : [`${columns.status} = ${status}`]),
  ]);
  return { conditions, params };
}

/** `WHERE` and the conditions joined with AND, or nothing when there are none. */
export function whereClause(conditions: readonly string[]): string {
  return conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
}
