/**
 * Signatory cities and reporting rounds in PostgreSQL: reading them, and the coordinators'
 * changes to them, each written in one transaction with its audit entry. A change is based on
 * the thing as the coordinator saw it: when the row changed meanwhile, nothing is written.
 */
import type { AuditEntry } from '../../src/domain/audit';
import type { City, CityNames } from '../../src/domain/city';
import type { Round, RoundStatus } from '../../src/domain/round';
import { insertAuditEntry } from './postgres-audit';
import { sameValue } from './same-value';
import type { SqlClient } from './sql-client';

interface CityRow {
  id: string;
  name: string;
  names: CityNames;
  local_languages: string[];
  country_code: string;
  signed_earliest_year: number | null;
  signed_latest_year: number | null;
  lat: number;
  lon: number;
  source_note: string;
  archived: boolean;
}

export const SELECT_CITIES = `SELECT id, name, names, local_languages, country_code,
  signed_earliest_year, signed_latest_year, lat, lon, source_note, archived FROM cities`;

export function cityOf(row: CityRow): City {
  return {
    id: row.id,
    name: row.name,
    names: row.names,
    localLanguages: row.local_languages,
    countryCode: row.country_code,
    signed:
      row.signed_earliest_year === null || row.signed_latest_year === null
        ? null
        : { earliestYear: row.signed_earliest_year, latestYear: row.signed_latest_year },
    coordinates: { lat: row.lat, lon: row.lon },
    sourceNote: row.source_note,
    archived: row.archived,
  };
}

export async function selectCities(client: SqlClient, suffix: string, params?: unknown[]) {
  const { rows } = await client.query<CityRow>(`${SELECT_CITIES} ${suffix}`, params);
  return rows.map(cityOf);
}

/** A city's columns after its id, as parameters `$2`… in `CITY_COLUMNS`' order. */
const CITY_COLUMNS = `name, names, local_languages, country_code, signed_earliest_year,
  signed_latest_year, lat, lon, source_note, archived`;
const CITY_VALUES = '$2, $3::jsonb, $4::text[], $5, $6::int, $7::int, $8, $9, $10, $11';

function cityParams(city: City): unknown[] {
  return [
    city.id,
    city.name,
    JSON.stringify(city.names),
    city.localLanguages,
    city.countryCode,
    city.signed?.earliestYear ?? null,
    city.signed?.latestYear ?? null,
    city.coordinates.lat,
    city.coordinates.lon,
    city.sourceNote,
    city.archived,
  ];
}

/** `ContractStore.insertCity`. */
export function insertCity(client: SqlClient, city: City, entry: AuditEntry): Promise<boolean> {
  return client.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO cities (id, ${CITY_COLUMNS}) VALUES ($1, ${CITY_VALUES})
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      cityParams(city),
    );
    if (rows.length === 0) return false;
    await insertAuditEntry(tx, entry);
    return true;
  });
}

/** `ContractStore.updateCity`: the row is locked, compared with `basedOn`, then replaced. */
export function updateCity(
  client: SqlClient,
  next: City,
  basedOn: City,
  entry: AuditEntry,
): Promise<boolean> {
  return client.transaction(async (tx) => {
    const [stored] = await selectCities(tx, 'WHERE id = $1 FOR UPDATE', [next.id]);
    if (!stored || !sameValue(stored, basedOn)) return false;
    await tx.query(
      `UPDATE cities SET (${CITY_COLUMNS}) = (${CITY_VALUES}) WHERE id = $1`,
      cityParams(next),
    );
    await insertAuditEntry(tx, entry);
    return true;
  });
}

interface RoundRow {
  id: string;
  year: number;
  status: RoundStatus;
  deadline: string | null;
}

/** The deadline as text: `pg` would turn a `date` into a Date at local midnight. */
const SELECT_ROUNDS = `SELECT id, year, status, to_char(deadline, 'YYYY-MM-DD') AS deadline
  FROM rounds`;

export async function selectRounds(
  client: SqlClient,
  suffix: string,
  params?: unknown[],
): Promise<Round[]> {
  const { rows } = await client.query<RoundRow>(`${SELECT_ROUNDS} ${suffix}`, params);
  return rows.map(({ id, year, status, deadline }) => ({ id, year, status, deadline }));
}

/** SQLSTATE of a unique violation: a taken year, or a second open round. */
const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === UNIQUE_VIOLATION;
}

/** `ContractStore.insertRound`. */
export async function insertRound(
  client: SqlClient,
  round: Round,
  entry: AuditEntry,
): Promise<boolean> {
  try {
    return await client.transaction(async (tx) => {
      await tx.query(
        'INSERT INTO rounds (id, year, status, deadline) VALUES ($1, $2, $3, $4::date)',
        [round.id, round.year, round.status, round.deadline],
      );
      await insertAuditEntry(tx, entry);
      return true;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/**
 * `ContractStore.updateRound`: the UPDATE's WHERE is the check that the round is still as it
 * was seen; the unique index rounds_one_open refuses a second open round.
 */
export async function updateRound(
  client: SqlClient,
  next: Round,
  basedOn: Round,
  entry: AuditEntry,
): Promise<boolean> {
  try {
    return await client.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: string }>(
        `UPDATE rounds SET status = $4, deadline = $5::date
         WHERE id = $1 AND status = $2 AND deadline IS NOT DISTINCT FROM $3::date
         RETURNING id`,
        [next.id, basedOn.status, basedOn.deadline, next.status, next.deadline],
      );
      if (rows.length === 0) return false;
      await insertAuditEntry(tx, entry);
      return true;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
