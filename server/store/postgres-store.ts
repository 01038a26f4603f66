/**
 * The ContractStore over PostgreSQL (a server or PGlite), in plain parameterised SQL over the
 * schema of server/migrations. Reads filter and order in SQL; writes that belong together run
 * in one transaction, and an update's version check is its UPDATE's own WHERE clause, so of
 * concurrent saves from one version exactly one changes a row: no lock is taken in the app.
 */
import type {
  Actor,
  Assessment,
  AssessmentStatus,
  Ratings,
  TrendAnswer,
} from '../../src/domain/assessment';
import type { FieldChange, HistoryAction, HistoryEntry } from '../../src/domain/assessment-history';
import type { KeyTrendId, TargetGroupId } from '../../src/domain/charter';
import { historyInOrder } from '../../src/domain/backup';
import type { SentReminder } from '../../src/domain/notifications';
import type { Round } from '../../src/domain/round';
import type { RoundProgress } from '../../src/domain/round-progress';
import { scoreRowOf } from '../../src/domain/score-row';
import type { Account } from '../../src/domain/account';
import type { User, UserRole } from '../../src/domain/user';
import type { AssessmentQuery, ContractStore } from './contract-store';
import { restoreBackup } from './postgres-backup';
import {
  assessmentColumnNames,
  insertAssessments,
  insertHistoryEntry,
  updateAssessmentAt,
} from './postgres-rows';
import { insertAuditEntry, selectAuditEntries } from './postgres-audit';
import {
  insertCity,
  insertRound,
  selectCities,
  selectRounds,
  updateCity,
  updateRound,
} from './postgres-reference';
import { importPastRounds } from './postgres-import';
import { selectCityScores, selectRoundAggregates, selectTrendLeaders } from './postgres-aggregates';
import { assessmentTableColumns, filterOf, whereClause } from './postgres-filter';
import type { SqlClient } from './sql-client';

interface UserRow {
  id: string;
  name: string;
  role: UserRole;
  city_id: string | null;
}

function userOf(row: UserRow): User {
  return { id: row.id, name: row.name, role: row.role, cityId: row.city_id };
}

interface AccountRow extends UserRow {
  email: string | null;
  status: Account['status'];
  language: Account['language'];
  notifications_enabled: boolean;
}

const SELECT_ACCOUNTS =
  'SELECT id, name, role, city_id, email, status, language, notifications_enabled FROM users';

function accountOfRow(row: AccountRow): Account {
  return {
    ...userOf(row),
    email: row.email,
    status: row.status,
    language: row.language,
    notificationsEnabled: row.notifications_enabled,
  };
}

interface AssessmentRow {
  id: string;
  city_id: string;
  round_id: string;
  status: AssessmentStatus;
  version: number;
  target_groups: TargetGroupId[];
  review_comment: string | null;
  updated_at: Date;
  updated_by_id: string;
  updated_by_name: string;
  submitted_at: Date | null;
  submitted_by_id: string | null;
  submitted_by_name: string | null;
  ratings: Ratings;
  trends: Partial<Record<KeyTrendId, TrendAnswer>>;
}

/** The contract's timestamps: ISO 8601 in UTC with milliseconds, e.g. `2026-10-05T09:30:00.000Z`. */
function isoOf(timestamp: Date): string {
  return timestamp.toISOString();
}

function actorOf(id: string, name: string): Actor {
  return { id, name };
}

function assessmentOf(row: AssessmentRow): Assessment {
  return {
    id: row.id,
    cityId: row.city_id,
    roundId: row.round_id,
    status: row.status,
    version: row.version,
    ratings: row.ratings,
    trends: row.trends,
    targetGroups: row.target_groups,
    reviewComment: row.review_comment,
    updatedAt: isoOf(row.updated_at),
    updatedBy: actorOf(row.updated_by_id, row.updated_by_name),
    submittedAt: row.submitted_at === null ? null : isoOf(row.submitted_at),
    submittedBy:
      row.submitted_by_id === null || row.submitted_by_name === null
        ? null
        : actorOf(row.submitted_by_id, row.submitted_by_name),
  };
}

const SELECT_ASSESSMENTS = `SELECT ${assessmentColumnNames.map((name) => `a.${name}`).join(', ')}
  FROM assessments a
  JOIN rounds ro ON ro.id = a.round_id
  JOIN cities c ON c.id = a.city_id`;

/** Rounds oldest first; within a round, cities in the order they were added. */
const LIST_ORDER = 'ORDER BY ro.year, ro.position, c.position';

/** The WHERE clause (and its parameters) that selects what `query` asks for. */
function whereOf(query: AssessmentQuery): { where: string; params: unknown[] } {
  const { conditions, params } = filterOf(query, [assessmentTableColumns('a')]);
  return { where: whereClause(conditions), params };
}

interface HistoryRow {
  version: number;
  action: HistoryAction;
  at: Date;
  actor_id: string;
  actor_name: string;
  changes: FieldChange[];
  comment: string | null;
}

function historyEntryOf(row: HistoryRow): HistoryEntry {
  return {
    version: row.version,
    action: row.action,
    at: isoOf(row.at),
    actor: actorOf(row.actor_id, row.actor_name),
    changes: row.changes,
    comment: row.comment,
  };
}

interface ProgressRow {
  expected: number;
  not_started: number;
  draft: number;
  submitted: number;
  returned: number;
  approved: number;
}

/**
 * The store over `client`'s database, which must be migrated (server/store/migrate.ts). It
 * holds no state of its own: any number of stores may share one database. Closing the
 * client is the caller's business.
 */
interface SentReminderRow {
  round_id: string;
  city_id: string;
  days_before: number;
}

function sentReminderOf(row: SentReminderRow): SentReminder {
  return { roundId: row.round_id, cityId: row.city_id, daysBefore: row.days_before };
}

/** Reminders as the three arrays `unnest($1, $2, $3)` reads. */
function sentReminderColumns(reminders: readonly SentReminder[]): unknown[] {
  return [
    reminders.map((reminder) => reminder.roundId),
    reminders.map((reminder) => reminder.cityId),
    reminders.map((reminder) => reminder.daysBefore),
  ];
}

export function createPostgresStore(client: SqlClient): ContractStore {
  async function selectAssessments(suffix: string, params: readonly unknown[]) {
    const { rows } = await client.query<AssessmentRow>(`${SELECT_ASSESSMENTS} ${suffix}`, params);
    return rows.map(assessmentOf);
  }

  return {
    listCities: () => selectCities(client, 'ORDER BY position'),
    async getCity(id) {
      const [city] = await selectCities(client, 'WHERE id = $1', [id]);
      return city ?? null;
    },
    listRounds: () => selectRounds(client, 'ORDER BY year, position'),
    async getRound(id) {
      const [round] = await selectRounds(client, 'WHERE id = $1', [id]);
      return round ?? null;
    },

    async roundProgress(round: Round): Promise<RoundProgress> {
      // Expected: cities that certainly signed before the round's year (isCityExpectedInRound:
      // a null latest year, an unknown signing date, is never < year), archived ones only
      // where they have an assessment; not started: expected without one.
      const { rows } = await client.query<ProgressRow>(
        `SELECT
           (SELECT count(*)::int FROM cities c
             WHERE c.signed_latest_year < $2
               AND (NOT c.archived OR EXISTS (
                 SELECT 1 FROM assessments a WHERE a.city_id = c.id AND a.round_id = $1
               ))) AS expected,
           (SELECT count(*)::int FROM cities c
             WHERE c.signed_latest_year < $2 AND NOT c.archived
               AND NOT EXISTS (
                 SELECT 1 FROM assessments a WHERE a.city_id = c.id AND a.round_id = $1
               )) AS not_started,
           count(*) FILTER (WHERE status = 'draft')::int AS draft,
           count(*) FILTER (WHERE status = 'submitted')::int AS submitted,
           count(*) FILTER (WHERE status = 'returned')::int AS returned,
           count(*) FILTER (WHERE status = 'approved')::int AS approved
         FROM assessments WHERE round_id = $1`,
        [round.id, round.year],
      );
      const row = rows[0];
      if (!row) throw new Error('An aggregate without GROUP BY answers one row');
      return {
        roundId: round.id,
        expectedCities: row.expected,
        notStarted: row.not_started,
        draft: row.draft,
        submitted: row.submitted,
        returned: row.returned,
        approved: row.approved,
      };
    },

    async listUsers() {
      const { rows } = await client.query<UserRow>(
        'SELECT id, name, role, city_id FROM users ORDER BY position',
      );
      return rows.map(userOf);
    },

    async getUser(id) {
      const { rows } = await client.query<UserRow>(
        'SELECT id, name, role, city_id FROM users WHERE id = $1',
        [id],
      );
      return rows[0] ? userOf(rows[0]) : null;
    },

    async createSession(token, userId) {
      await client.query('INSERT INTO sessions (token, user_id) VALUES ($1, $2)', [token, userId]);
    },

    async findSessionUser(token) {
      const { rows } = await client.query<UserRow>(
        `SELECT u.id, u.name, u.role, u.city_id
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token = $1`,
        [token],
      );
      return rows[0] ? userOf(rows[0]) : null;
    },

    async deleteSession(token) {
      await client.query('DELETE FROM sessions WHERE token = $1', [token]);
    },

    async listAssessments(query) {
      const { where, params } = whereOf(query);
      return selectAssessments(`${where} ${LIST_ORDER}`, params);
    },

    async listScoreRows(query) {
      // Evidence is dropped here rather than in SQL: rebuilding each answer object in SQL
      // took longer than reading it whole (measured over the synthetic set).
      const { where, params } = whereOf(query);
      return (await selectAssessments(`${where} ${LIST_ORDER}`, params)).map(scoreRowOf);
    },

    async getAssessment(id) {
      const [assessment] = await selectAssessments('WHERE a.id = $1', [id]);
      return assessment ?? null;
    },

    async latestAssessmentBefore(cityId, year) {
      const [assessment] = await selectAssessments(
        'WHERE a.city_id = $1 AND ro.year < $2 ORDER BY ro.year DESC, ro.position DESC LIMIT 1',
        [cityId, year],
      );
      return assessment ?? null;
    },

    insertAssessment(assessment, entry) {
      return client.transaction(async (tx) => {
        // ON CONFLICT DO NOTHING: a taken (city, round) or id inserts no row, and nothing else
        // is written; the transaction commits empty.
        if ((await insertAssessments(tx, [assessment], { skipExisting: true })) === 0) {
          return false;
        }
        await insertHistoryEntry(tx, assessment.id, entry);
        return true;
      });
    },

    updateAssessment: (next, basedOn, entry) => updateAssessmentAt(client, next, basedOn, entry),

    async listHistory(assessmentId) {
      const { rows } = await client.query<HistoryRow>(
        `SELECT version, action, at, actor_id, actor_name, changes, comment
         FROM assessment_history WHERE assessment_id = $1 ORDER BY version DESC`,
        [assessmentId],
      );
      return rows.map(historyEntryOf);
    },

    async listSentReminders(roundId) {
      const { rows } = await client.query<SentReminderRow>(
        `SELECT round_id, city_id, days_before FROM sent_reminders WHERE round_id = $1
         ORDER BY sent_at, city_id, days_before`,
        [roundId],
      );
      return rows.map(sentReminderOf);
    },

    async claimReminders(reminders) {
      if (reminders.length === 0) return [];
      const { rows } = await client.query<SentReminderRow>(
        `INSERT INTO sent_reminders (round_id, city_id, days_before)
         SELECT * FROM unnest($1::text[], $2::text[], $3::int[])
         ON CONFLICT DO NOTHING
         RETURNING round_id, city_id, days_before`,
        sentReminderColumns(reminders),
      );
      return rows.map(sentReminderOf);
    },

    async releaseReminders(reminders) {
      if (reminders.length === 0) return;
      await client.query(
        `DELETE FROM sent_reminders
         WHERE (round_id, city_id, days_before) IN (
           SELECT * FROM unnest($1::text[], $2::text[], $3::int[]))`,
        sentReminderColumns(reminders),
      );
    },

    roundAggregates: (query) => selectRoundAggregates(client, query),
    cityScores: (query) => selectCityScores(client, query),
    trendLeaders: (query, limit) => selectTrendLeaders(client, query, limit),

    // --- Accounts ---
    async listAccounts() {
      const { rows } = await client.query<AccountRow>(`${SELECT_ACCOUNTS} ORDER BY position`);
      return rows.map(accountOfRow);
    },
    async getAccount(id) {
      const { rows } = await client.query<AccountRow>(`${SELECT_ACCOUNTS} WHERE id = $1`, [id]);
      return rows[0] ? accountOfRow(rows[0]) : null;
    },
    async findAccountByEmail(email) {
      const { rows } = await client.query<AccountRow>(`${SELECT_ACCOUNTS} WHERE email = $1`, [
        email,
      ]);
      return rows[0] ? accountOfRow(rows[0]) : null;
    },
    insertAccount(account, entry) {
      return client.transaction(async (tx) => {
        const { rows } = await tx.query<{ id: string }>(
          `INSERT INTO users (id, name, role, city_id, email, status, language, notifications_enabled)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT DO NOTHING RETURNING id`,
          accountParams(account),
        );
        if (rows.length === 0) return false;
        await insertAuditEntry(tx, entry);
        return true;
      });
    },
    updateAccount(account, entry) {
      return client.transaction(async (tx) => {
        await tx.query(
          `UPDATE users SET (name, role, city_id, email, status, language, notifications_enabled)
             = ($2, $3, $4, $5, $6, $7, $8)
           WHERE id = $1`,
          accountParams(account),
        );
        if (entry !== null) await insertAuditEntry(tx, entry);
      });
    },
    async deleteUserSessions(userId) {
      await client.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
    },
    // ---- Administration: the audit log ----
    listAuditEntries: (query) => selectAuditEntries(client, query),
    appendAuditEntry: (entry) => insertAuditEntry(client, entry),

    // ---- Administration: cities and rounds ----
    insertCity: (city, entry) => insertCity(client, city, entry),
    updateCity: (next, basedOn, entry) => updateCity(client, next, basedOn, entry),
    insertRound: (round, entry) => insertRound(client, round, entry),
    updateRound: (next, basedOn, entry) => updateRound(client, next, basedOn, entry),

    // ---- Import of past rounds ----
    importPastRounds: (batch) => importPastRounds(client, batch),
    // --- Backup and restore ---

    snapshot() {
      return client.transaction(async (tx) => {
        // One snapshot of the database for every read below, however long they take.
        await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
        // The store's own lists, so the backup reads every field as the API serves it.
        const store = createPostgresStore(tx);
        const cities = await store.listCities();
        // Rounds in the order they were added (the list's is by year), so that rounds of one
        // year keep their order through a restore.
        const { rows: added } = await tx.query<{ id: string }>(
          'SELECT id FROM rounds ORDER BY position',
        );
        const order = new Map(added.map(({ id }, index) => [id, index]));
        const rounds = (await store.listRounds()).sort(
          (a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
        );
        const users = await store.listAccounts();
        const assessments = await store.listAssessments({ scope: { kind: 'all' } });
        const { rows } = await tx.query<HistoryRow & { assessment_id: string }>(
          `SELECT assessment_id, version, action, at, actor_id, actor_name, changes, comment
           FROM assessment_history ORDER BY assessment_id, version`,
        );
        const history = new Map<string, HistoryEntry[]>();
        for (const row of rows) {
          const entries = history.get(row.assessment_id) ?? [];
          entries.push(historyEntryOf(row));
          history.set(row.assessment_id, entries);
        }
        // Newest first, all of them (LIMIT takes a 32-bit integer here), then oldest first.
        const audit = (await store.listAuditEntries({ limit: 2 ** 31 - 1 })).reverse();
        return {
          cities,
          rounds,
          users,
          assessments,
          history: historyInOrder(Object.fromEntries(history), assessments),
          audit,
        };
      });
    },

    restore: (content, entry) => restoreBackup(client, content, entry),
  };
}

function accountParams(account: Account): unknown[] {
  return [
    account.id,
    account.name,
    account.role,
    account.cityId,
    account.email,
    account.status,
    account.language,
    account.notificationsEnabled,
  ];
}
