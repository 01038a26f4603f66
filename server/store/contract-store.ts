/**
 * The storage behind the API: a narrow, async interface that the memory store (the demo and
 * tests) and the PostgreSQL store (real deployments) both implement. Stores keep rows and
 * check versions atomically; every rule (validation, permissions, workflow) lives in
 * server/api and src/domain, so both stores behave alike. One contract suite
 * (server/store/contract-store.contract.ts) runs against each.
 */
import type { Assessment, AssessmentStatus } from '../../src/domain/assessment';
import type { BackupContent, RestoreSummary } from '../../src/domain/backup';
import type { HistoryEntry } from '../../src/domain/assessment-history';
import type { AuditEntry, AuditQuery } from '../../src/domain/audit';
import type { City } from '../../src/domain/city';
import type { ReadScope } from '../../src/domain/permissions';
import type { Round } from '../../src/domain/round';
import type { CityScore, RoundAggregate, TrendLeaders } from '../../src/domain/round-aggregate';
import type { RoundProgress } from '../../src/domain/round-progress';
import type { ScoreRow } from '../../src/domain/score-row';
import type { Account } from '../../src/domain/account';
import type { SentReminder } from '../../src/domain/notifications';
import type { User } from '../../src/domain/user';
import type { Transition } from '../../src/domain/workflow';

/** Which assessments a list answers: those in `scope`, narrowed by each filter given. */
export interface AssessmentQuery {
  scope: ReadScope;
  roundId?: string | undefined;
  cityId?: string | undefined;
  status?: AssessmentStatus | undefined;
}

/**
 * Which assessments an aggregate counts: those in `scope` that are approved, or of any status
 * with `includeUnapproved`, in the round given (or every round).
 */
export interface AggregateQuery {
  scope: ReadScope;
  includeUnapproved: boolean;
  roundId?: string | undefined;
}

/**
 * What a store starts with: the rows it serves, in the order they were added (cities and users
 * are listed in that order). Seeding scripts and the contract suite hand one to a store.
 */
export interface StoreSeed {
  cities: readonly City[];
  rounds: readonly Round[];
  users: readonly User[];
  assessments: readonly Assessment[];
}

export interface ContractStore {
  /** Every signatory city, in the order they were added. */
  listCities(): Promise<City[]>;
  getCity(id: string): Promise<City | null>;
  /** Every reporting round, oldest first. */
  listRounds(): Promise<Round[]>;
  getRound(id: string): Promise<Round | null>;
  /**
   * How many cities are expected in the round (`isCityExpectedInRound`: signed before its
   * year, and not archived unless they have an assessment in it), how many of them have not
   * started, and how many assessments are at each status.
   */
  roundProgress(round: Round): Promise<RoundProgress>;

  /** Every user, for the demo sign-in. */
  listUsers(): Promise<User[]>;
  getUser(id: string): Promise<User | null>;
  /** Starts a session: `token` identifies `userId` until it is deleted. */
  createSession(token: string, userId: string): Promise<void>;
  /** The user a session token belongs to, or null for an unknown or ended one. */
  findSessionUser(token: string): Promise<User | null>;
  deleteSession(token: string): Promise<void>;

  /** The assessments the query selects, ordered by round then city as added. */
  listAssessments(query: AssessmentQuery): Promise<Assessment[]>;
  /** The same selection as score rows (`scoreRowOf`): no evidence, for charts. */
  listScoreRows(query: AssessmentQuery): Promise<ScoreRow[]>;
  getAssessment(id: string): Promise<Assessment | null>;
  /** The city's assessment in the latest round before `year`, if any (any status). */
  latestAssessmentBefore(cityId: string, year: number): Promise<Assessment | null>;
  /**
   * Adds a new assessment together with its first history entry, in one transaction. Returns
   * false, changing nothing, when the city already has an assessment for that round.
   */
  insertAssessment(assessment: Assessment, entry: HistoryEntry): Promise<boolean>;
  /**
   * Replaces an assessment only while its stored version is still `basedOn`, and appends the
   * history entry, in one transaction. Returns false, changing nothing, when another change
   * came first; of concurrent updates from one version exactly one succeeds.
   */
  updateAssessment(next: Assessment, basedOn: number, entry: HistoryEntry): Promise<boolean>;
  /** Every recorded change to an assessment, newest first. */
  listHistory(assessmentId: string): Promise<HistoryEntry[]>;

  /**
   * The aggregate (`roundAggregateOf`) of each round with at least one counted assessment,
   * oldest first; only the round asked for when `query.roundId` is given. Averages sum the
   * cities' scores in the order the cities were added, so every store gives the same numbers.
   */
  roundAggregates(query: AggregateQuery): Promise<RoundAggregate[]>;
  /** The overall score of each counted assessment of the round, cities in the order added. */
  cityScores(query: AggregateQuery & { roundId: string }): Promise<CityScore[]>;
  /** `trendLeadersOf` the counted assessments of the round: each key trend, up to `limit`. */
  trendLeaders(query: AggregateQuery & { roundId: string }, limit: number): Promise<TrendLeaders[]>;

  // --- Accounts (administration of users; server/api/user-routes.ts) ---

  /** Every user with their account details, in the order they were added. */
  listAccounts(): Promise<Account[]>;
  getAccount(id: string): Promise<Account | null>;
  /** The account with this address (lower case, as stored), or null. */
  findAccountByEmail(email: string): Promise<Account | null>;
  /**
   * Adds a user with the audit entry of their invitation, in one transaction. False, nothing
   * written, when the id or e-mail address is taken.
   */
  insertAccount(account: Account, entry: AuditEntry): Promise<boolean>;
  /**
   * Replaces the account's name, role, city, e-mail, status, language and notification choice,
   * with `entry` in one transaction when a coordinator made the change; null for the person's
   * own choices and sign-in steps, which the audit log does not record.
   */
  updateAccount(account: Account, entry: AuditEntry | null): Promise<void>;
  /** Ends every bearer session (demo sign-in) of the user. */
  deleteUserSessions(userId: string): Promise<void>;
  // ---- Administration: the audit log (src/domain/audit.ts) ----
  // A change that an administrative action makes through the store takes its AuditEntry and
  // writes both in one transaction, as insertAssessment takes its HistoryEntry; an action the
  // store does not otherwise see appends its entry with appendAuditEntry.

  /**
   * Audit entries newest first (the reverse of the order they were appended), at most
   * `query.limit`; with `query.before`, only those appended before that entry (none when no
   * entry has that id).
   */
  listAuditEntries(query: AuditQuery): Promise<AuditEntry[]>;
  /** Appends one entry to the audit log. Fails when an entry with its id exists. */
  appendAuditEntry(entry: AuditEntry): Promise<void>;

  // ---- Administration: cities and rounds (each change with its audit entry, one transaction) ----

  /** Adds a city, listed last, with its audit entry. False, nothing written, when its id is taken. */
  insertCity(city: City, entry: AuditEntry): Promise<boolean>;
  /**
   * Replaces a city (same id) while it is still stored exactly as `basedOn`, with its audit
   * entry. False, nothing written, when it changed meanwhile or does not exist.
   */
  updateCity(next: City, basedOn: City, entry: AuditEntry): Promise<boolean>;
  /** Adds a round with its audit entry. False, nothing written, when its id or year is taken. */
  insertRound(round: Round, entry: AuditEntry): Promise<boolean>;
  /**
   * Replaces a round's status and deadline while its stored status and deadline are still
   * `basedOn`'s, with its audit entry. False, nothing written, when it changed meanwhile, or
   * when `next` is open while another round is (at most one round is open).
   */
  updateRound(next: Round, basedOn: Round, entry: AuditEntry): Promise<boolean>;

  // --- Import of past rounds (docs/import.md) ---

  /**
   * Writes an import whole or not at all, in one transaction: creates its rounds, inserts its
   * new assessments and replaces the changed ones, each with its history entry, and appends its
   * audit entry. Returns false,
   * changing nothing, when anything moved since it was planned: a round or an assessment now
   * exists, or a changed assessment is no longer at the version it was based on.
   */
  importPastRounds(batch: ImportBatch): Promise<boolean>;

  // --- Backup and restore (docs/backup.md) ---

  /**
   * All the data, as a backup carries it (`BackupContent`): rows in the order the lists give
   * them, history oldest first. Read in one transaction, so it is one consistent moment.
   */
  snapshot(): Promise<BackupContent>;
  /**
   * Writes a backup's data into an instance that has no city, round or assessment, in one
   * transaction, keeping ids, versions, timestamps and order; `entry`, the restore's own audit
   * entry, is appended last. Users and audit entries the instance already has (by id) keep
   * their own record; the others are added after them. Returns null, changing nothing, when
   * the instance is not empty.
   */
  restore(content: BackupContent, entry?: AuditEntry): Promise<RestoreSummary | null>;

  // ---- Notifications (src/domain/notifications.ts) ----

  /** The reminders recorded as sent for a round. */
  listSentReminders(roundId: string): Promise<SentReminder[]>;
  /**
   * Records reminders as sent and answers those that were not recorded before, in one
   * statement: of two processes claiming the same reminder, exactly one gets it, so a
   * reminder is mailed once however many servers run.
   */
  claimReminders(reminders: readonly SentReminder[]): Promise<SentReminder[]>;
  /** Forgets claimed reminders whose mail could not be sent, so they are tried again. */
  releaseReminders(reminders: readonly SentReminder[]): Promise<void>;
}

/** What one import writes (`importPastRounds`). */
export interface ImportBatch {
  /** Rounds to create, all closed. */
  rounds: readonly Round[];
  /** New assessments with their first history entry. */
  created: readonly Transition[];
  /** Replaced assessments, each with the version it replaces. */
  changed: readonly { transition: Transition; basedOn: number }[];
  /** The audit log's entry for the import, written with it. */
  audit: AuditEntry;
}
