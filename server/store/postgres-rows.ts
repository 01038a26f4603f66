/**
 * Writing the domain's objects as rows of the schema in server/migrations. Each statement
 * takes all its rows at once, as array or JSON parameters unpacked in SQL, so one assessment
 * and seventeen thousand go through the same statement: the store and the seeding script
 * share them.
 */
import type { Assessment } from '../../src/domain/assessment';
import type { HistoryEntry } from '../../src/domain/assessment-history';
import type { StoreSeed } from './contract-store';
import type { SqlClient } from './sql-client';

/**
 * An assessment's columns, with their types and values as text (or null), the form in which
 * they travel: one `text[]` parameter per column, unnested and cast in SQL. Loading the
 * synthetic set this way cost the server less than half the CPU time of one JSON document
 * for all rows (`json_to_recordset`), which parses every answer twice.
 */
const assessmentColumns: readonly (readonly [
  name: string,
  type: string,
  value: (assessment: Assessment) => string | null,
])[] = [
  ['id', 'text', (a) => a.id],
  ['city_id', 'text', (a) => a.cityId],
  ['round_id', 'text', (a) => a.roundId],
  ['status', 'text', (a) => a.status],
  ['version', 'integer', (a) => String(a.version)],
  ['ratings', 'jsonb', (a) => JSON.stringify(a.ratings)],
  ['trends', 'jsonb', (a) => JSON.stringify(a.trends)],
  ['target_groups', 'text[]', (a) => arrayLiteral(a.targetGroups)],
  ['review_comment', 'text', (a) => a.reviewComment],
  ['updated_at', 'timestamptz', (a) => a.updatedAt],
  // Never null in the store (NOT NULL): only a visitor's copy is served without it.
  ['updated_by_id', 'text', (a) => a.updatedBy?.id ?? null],
  ['updated_by_name', 'text', (a) => a.updatedBy?.name ?? null],
  ['submitted_at', 'timestamptz', (a) => a.submittedAt],
  ['submitted_by_id', 'text', (a) => a.submittedBy?.id ?? null],
  ['submitted_by_name', 'text', (a) => a.submittedBy?.name ?? null],
];

/** PostgreSQL's text form of an array of strings: `{"a","b \"c\""}`. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replaceAll(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/** Every column of an assessment, its id first. */
export const assessmentColumnNames: readonly string[] = assessmentColumns.map(([name]) => name);

/**
 * `SELECT`s every column of `assessments`, cast to its type, as rows of `x` in the order of
 * the list, from `$n, $n+1, …` (starting at `firstParam`); `assessmentParams` are its
 * parameters.
 */
export function selectAssessmentValues(firstParam: number): string {
  const params = assessmentColumns.map((_, index) => `$${firstParam + index}::text[]`);
  return `SELECT ${assessmentColumns.map(([name, type]) => `x.${name}::${type}`).join(', ')}
    FROM unnest(${params.join(', ')}) AS x(${assessmentColumnNames.join(', ')})`;
}

/** The parameters of `selectAssessmentValues`: one array of text per column. */
export function assessmentParams(assessments: readonly Assessment[]): (string | null)[][] {
  return assessmentColumns.map(([, , value]) => assessments.map(value));
}

/**
 * Inserts `assessments` and answers how many were inserted. With `skipExisting`, one whose id
 * or (city, round) is taken is left out (ON CONFLICT DO NOTHING); otherwise it fails the
 * statement (SQLSTATE 23505).
 */
export async function insertAssessments(
  tx: SqlClient,
  assessments: readonly Assessment[],
  { skipExisting }: { skipExisting: boolean },
): Promise<number> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO assessments (${assessmentColumnNames.join(', ')})
     ${selectAssessmentValues(1)}
     ${skipExisting ? 'ON CONFLICT DO NOTHING' : ''}
     RETURNING id`,
    assessmentParams(assessments),
  );
  return rows.length;
}

/**
 * The values of a history row after its assessment id, as parameters from `$first` on:
 * version, action, at, actor id, actor name, changes (jsonb), comment (`historyParams`).
 */
export function historyValues(first: number): string {
  const param = (offset: number) => `$${String(first + offset)}`;
  return `${param(0)}::int, ${param(1)}::text, ${param(2)}::timestamptz, ${param(3)}::text, ${param(4)}::text, ${param(5)}::jsonb, ${param(6)}::text`;
}

/** The parameters of `historyValues`, in its order. */
export function historyParams(entry: HistoryEntry): unknown[] {
  return [
    entry.version,
    entry.action,
    entry.at,
    entry.actor.id,
    entry.actor.name,
    JSON.stringify(entry.changes),
    entry.comment,
  ];
}

/** Appends one entry to an assessment's history; fails (23505) if its version is recorded. */
export async function insertHistoryEntry(
  tx: SqlClient,
  assessmentId: string,
  entry: HistoryEntry,
): Promise<void> {
  await tx.query(
    `INSERT INTO assessment_history
       (assessment_id, version, action, at, actor_id, actor_name, changes, comment)
     VALUES ($1, ${historyValues(2)})`,
    [assessmentId, ...historyParams(entry)],
  );
}

/**
 * `FROM … ORDER BY …` reading the JSON array `$1` as records of `fields`, in the array's
 * order: the rows' identity columns (`position`) then number them as the list does.
 */
function inListOrder(fields: string): string {
  return `FROM json_array_elements($1::json) WITH ORDINALITY AS item(value, ord),
    json_to_record(item.value) AS x(${fields})
    ORDER BY item.ord`;
}

/** Assessments per statement when seeding: a few megabytes of parameters at most. */
const SEED_CHUNK = 2000;

/**
 * Empties every data table (sessions, history and the audit log included; the charter's reference tables
 * stay) and loads `seed`, in one transaction: the database holds the old data or the new,
 * never a mix. Cities, rounds and users keep the order of their lists.
 */
export async function replaceStoreData(client: SqlClient, seed: StoreSeed): Promise<void> {
  await client.transaction(async (tx) => {
    await tx.query(
      `TRUNCATE audit_log, assessment_history, assessments, sessions, users, rounds, cities
       RESTART IDENTITY`,
    );
    await tx.query(
      `INSERT INTO cities (id, name, names, local_languages, country_code,
         signed_earliest_year, signed_latest_year, lat, lon, source_note, archived)
       SELECT id, name, names, "localLanguages", "countryCode", earliest, latest, lat, lon,
         "sourceNote", archived
       ${inListOrder(
         'id text, name text, names jsonb, "localLanguages" text[], "countryCode" text, ' +
           'earliest integer, latest integer, lat float8, lon float8, "sourceNote" text, ' +
           'archived boolean',
       )}`,
      [
        JSON.stringify(
          seed.cities.map(({ signed, coordinates, ...city }) => ({
            ...city,
            earliest: signed?.earliestYear ?? null,
            latest: signed?.latestYear ?? null,
            ...coordinates,
          })),
        ),
      ],
    );
    await tx.query(
      `INSERT INTO rounds (id, year, status, deadline)
       SELECT id, year, status, deadline
       ${inListOrder('id text, year integer, status text, deadline date')}`,
      [JSON.stringify(seed.rounds)],
    );
    await tx.query(
      `INSERT INTO users (id, name, role, city_id)
       SELECT id, name, role, "cityId" ${inListOrder('id text, name text, role text, "cityId" text')}`,
      [JSON.stringify(seed.users)],
    );
    for (let start = 0; start < seed.assessments.length; start += SEED_CHUNK) {
      await insertAssessments(tx, seed.assessments.slice(start, start + SEED_CHUNK), {
        skipExisting: false,
      });
    }
  });
  // Fresh statistics, so the planner knows the tables' new sizes before autovacuum gets to it.
  await client.query('ANALYZE cities, rounds, users, assessments (id, city_id, round_id, status)');
}
