/**
 * The contract's store in memory: the demo (in the browser, behind MSW) and the tests run the
 * API over it. It keeps plain arrays, indexed lazily, and tells its owner after each change so
 * the demo can keep the sample data set in browser storage.
 */
import type { Assessment } from '../../src/domain/assessment';
import type { HistoryEntry } from '../../src/domain/assessment-history';
import type { AuditEntry } from '../../src/domain/audit';
import { historyInOrder, isEmptyInstance, restoreSummaryOf } from '../../src/domain/backup';
import type { City } from '../../src/domain/city';
import type { SentReminder } from '../../src/domain/notifications';
import { isInReadScope } from '../../src/domain/permissions';
import { isCityExpectedInRound, sortRoundsByYear, type Round } from '../../src/domain/round';
import { cityScoresOf, roundAggregateOf, trendLeadersOf } from '../../src/domain/round-aggregate';
import type { RoundProgress } from '../../src/domain/round-progress';
import { scoreRowOf, type ScoreRow } from '../../src/domain/score-row';
import { accountOf, userOfAccount, type Account } from '../../src/domain/account';
import type { User } from '../../src/domain/user';
import type { AggregateQuery, AssessmentQuery, ContractStore, ImportBatch } from './contract-store';
import { sameValue } from './same-value';

/**
 * Everything the store serves except sessions: the parts of a backup (`BackupContent`), which
 * the memory store's tests check key for key.
 */
export interface MemoryData {
  cities: City[];
  rounds: Round[];
  users: User[];
  assessments: Assessment[];
  /** Assessment id -> its recorded changes, oldest first. */
  history: Record<string, HistoryEntry[]>;
  /**
   * User id -> account details; a user without an entry is an active seeded user with no
   * address (`accountOf`). Absent from data sets stored before accounts existed.
   */
  accounts?: Record<string, AccountDetails>;
  /** The audit log, oldest first. */
  audit: AuditEntry[];
}

/** The part of an account that is not the user. */
export type AccountDetails = Pick<
  Account,
  'email' | 'status' | 'language' | 'notificationsEnabled'
>;

/** Session token -> user id. */
export type MemorySessions = Record<string, string>;

export interface MemoryStoreOptions {
  data: MemoryData;
  sessions?: MemorySessions;
  /** Called after every change to the data, with the data as it now is. */
  onDataChange?: (data: MemoryData) => void;
  /** Called after every sign-in and sign-out, with the sessions as they now are. */
  onSessionsChange?: (sessions: MemorySessions) => void;
}

export interface MemoryStore extends ContractStore {
  /** The data as it is now; treat it as read-only. */
  data(): MemoryData;
  /** Serves other data from now on (another data set, or what another tab stored). */
  replaceData(data: MemoryData): void;
  replaceSessions(sessions: MemorySessions): void;
}

interface AssessmentIndex {
  byId: Map<string, Assessment>;
  byRound: Map<string, Assessment[]>;
}

/** Assessments by id, and by round in the order their cities were added. */
function indexAssessments(
  assessments: readonly Assessment[],
  cities: readonly City[],
): AssessmentIndex {
  const cityPosition = new Map(cities.map((city, position) => [city.id, position]));
  const position = (assessment: Assessment) => cityPosition.get(assessment.cityId) ?? Infinity;
  const byId = new Map<string, Assessment>();
  const byRound = new Map<string, Assessment[]>();
  for (const assessment of assessments) {
    byId.set(assessment.id, assessment);
    const inRound = byRound.get(assessment.roundId);
    if (inRound) inRound.push(assessment);
    else byRound.set(assessment.roundId, [assessment]);
  }
  for (const inRound of byRound.values()) inRound.sort((a, b) => position(a) - position(b));
  return { byId, byRound };
}

/** `data` with the import written, or null when it no longer applies (`importPastRounds`). */
function importedData(
  data: MemoryData,
  { rounds, created, changed, audit }: ImportBatch,
  index: AssessmentIndex,
): MemoryData | null {
  const roundTaken = rounds.some((round) =>
    data.rounds.some((existing) => existing.id === round.id || existing.year === round.year),
  );
  const assessmentTaken = created.some(
    ({ assessment }) =>
      index.byId.has(assessment.id) ||
      (index.byRound.get(assessment.roundId) ?? []).some(
        (existing) => existing.cityId === assessment.cityId,
      ),
  );
  const versionMoved = changed.some(
    ({ transition, basedOn }) => index.byId.get(transition.assessment.id)?.version !== basedOn,
  );
  const auditTaken = data.audit.some(({ id }) => id === audit.id);
  if (roundTaken || assessmentTaken || versionMoved || auditTaken) return null;

  const replacements = new Map(
    changed.map(({ transition }) => [transition.assessment.id, transition.assessment]),
  );
  const history = { ...data.history };
  for (const { assessment, entry } of [
    ...created,
    ...changed.map(({ transition }) => transition),
  ]) {
    history[assessment.id] = [...(history[assessment.id] ?? []), entry];
  }
  return {
    ...data,
    rounds: [...data.rounds, ...rounds],
    assessments: [
      ...data.assessments.map((assessment) => replacements.get(assessment.id) ?? assessment),
      ...created.map(({ assessment }) => assessment),
    ],
    history,
    audit: [...data.audit, audit],
  };
}

export function createMemoryStore({
  data: initialData,
  sessions: initialSessions = {},
  onDataChange,
  onSessionsChange,
}: MemoryStoreOptions): MemoryStore {
  let data = initialData;
  let sessions = initialSessions;

  let indexed: { of: MemoryData; index: AssessmentIndex } | null = null;
  /** Rebuilt after a change: one pass over the assessments, then lookups by key. */
  function index(): AssessmentIndex {
    if (indexed?.of !== data) {
      indexed = { of: data, index: indexAssessments(data.assessments, data.cities) };
    }
    return indexed.index;
  }

  /** Score rows are made once per assessment version, not on every request. */
  const scoreRows = new WeakMap<Assessment, ScoreRow>();
  function scoreRowFor(assessment: Assessment): ScoreRow {
    let row = scoreRows.get(assessment);
    if (!row) {
      row = scoreRowOf(assessment);
      scoreRows.set(assessment, row);
    }
    return row;
  }

  /** Round order (oldest first) then the order assessments were added, as PostgreSQL sorts. */
  function select(query: AssessmentQuery): Assessment[] {
    const rounds = sortRoundsByYear(data.rounds).filter(
      (round) => query.roundId === undefined || round.id === query.roundId,
    );
    return rounds.flatMap((round) =>
      (index().byRound.get(round.id) ?? []).filter(
        (assessment) =>
          (query.cityId === undefined || assessment.cityId === query.cityId) &&
          (query.status === undefined || assessment.status === query.status) &&
          isInReadScope(query.scope, assessment),
      ),
    );
  }

  /**
   * The assessments an aggregate counts, in `select`'s order (round, then city as added). The
   * aggregates read an assessment as a score row, whose fields it has.
   */
  function counted({ scope, includeUnapproved, roundId }: AggregateQuery): ScoreRow[] {
    return select({ scope, roundId, status: includeUnapproved ? undefined : 'approved' });
  }

  /** Replaces parts of the data at once (one change, so one transaction) and tells the owner. */
  function change(parts: Partial<MemoryData>) {
    data = { ...data, ...parts };
    onDataChange?.(data);
  }

  function commit(next: Assessment, entry: HistoryEntry, replaces: boolean) {
    change({
      assessments: replaces
        ? data.assessments.map((assessment) => (assessment.id === next.id ? next : assessment))
        : [...data.assessments, next],
      history: { ...data.history, [next.id]: [...(data.history[next.id] ?? []), entry] },
    });
  }

  function setSessions(next: MemorySessions) {
    sessions = next;
    onSessionsChange?.(sessions);
  }

  /** Not kept with the data: the demo sends no mail, and a test's store starts with none. */
  let sentReminders: SentReminder[] = [];
  const reminderKey = (reminder: SentReminder) =>
    `${reminder.roundId}/${reminder.cityId}/${String(reminder.daysBefore)}`;

  const findUser = (id: string | undefined) =>
    data.users.find((candidate) => candidate.id === id) ?? null;
  const accountFor = (user: User) => accountOf(user, data.accounts?.[user.id]);
  const detailsOf = ({ email, status, language, notificationsEnabled }: Account) => ({
    email,
    status,
    language,
    notificationsEnabled,
  });

  return {
    data: () => data,
    replaceData(next) {
      data = next;
    },
    replaceSessions(next) {
      sessions = next;
    },

    listCities: () => Promise.resolve(data.cities),
    getCity: (id) => Promise.resolve(data.cities.find((city) => city.id === id) ?? null),
    listRounds: () => Promise.resolve(sortRoundsByYear(data.rounds)),
    getRound: (id) => Promise.resolve(data.rounds.find((round) => round.id === id) ?? null),

    roundProgress(round): Promise<RoundProgress> {
      const inRound = index().byRound.get(round.id) ?? [];
      const started = new Set(inRound.map((assessment) => assessment.cityId));
      const expected = data.cities.filter((city) =>
        isCityExpectedInRound(city, round, started.has(city.id)),
      );
      const count = (status: Assessment['status']) =>
        inRound.filter((assessment) => assessment.status === status).length;
      return Promise.resolve({
        roundId: round.id,
        expectedCities: expected.length,
        notStarted: expected.filter((city) => !started.has(city.id)).length,
        draft: count('draft'),
        submitted: count('submitted'),
        returned: count('returned'),
        approved: count('approved'),
      });
    },

    listUsers: () => Promise.resolve(data.users),
    getUser: (id) => Promise.resolve(findUser(id)),
    createSession(token, userId) {
      setSessions({ ...sessions, [token]: userId });
      return Promise.resolve();
    },
    findSessionUser: (token) => Promise.resolve(findUser(sessions[token])),
    deleteSession(token) {
      setSessions(
        Object.fromEntries(Object.entries(sessions).filter(([existing]) => existing !== token)),
      );
      return Promise.resolve();
    },

    listAssessments: (query) => Promise.resolve(select(query)),
    listScoreRows: (query) => Promise.resolve(select(query).map(scoreRowFor)),
    getAssessment: (id) => Promise.resolve(index().byId.get(id) ?? null),

    latestAssessmentBefore(cityId, year) {
      const earlier = sortRoundsByYear(data.rounds)
        .filter((round) => round.year < year)
        .reverse();
      for (const round of earlier) {
        const found = index()
          .byRound.get(round.id)
          ?.find((assessment) => assessment.cityId === cityId);
        if (found) return Promise.resolve(found);
      }
      return Promise.resolve(null);
    },

    insertAssessment(assessment, entry) {
      const taken =
        index().byId.has(assessment.id) ||
        (index().byRound.get(assessment.roundId) ?? []).some(
          (existing) => existing.cityId === assessment.cityId,
        );
      if (taken) return Promise.resolve(false);
      commit(assessment, entry, false);
      return Promise.resolve(true);
    },

    updateAssessment(next, basedOn, entry) {
      // Check and write with no await between them: concurrent calls cannot interleave.
      if (index().byId.get(next.id)?.version !== basedOn) return Promise.resolve(false);
      commit(next, entry, true);
      return Promise.resolve(true);
    },

    listHistory: (assessmentId) =>
      Promise.resolve(
        [...(data.history[assessmentId] ?? [])].sort((a, b) => b.version - a.version),
      ),

    roundAggregates(query) {
      // Rows come round by round (oldest first), so each round's rows are one run.
      const byRound = new Map<string, ScoreRow[]>();
      for (const row of counted(query)) {
        const inRound = byRound.get(row.roundId);
        if (inRound) inRound.push(row);
        else byRound.set(row.roundId, [row]);
      }
      return Promise.resolve(
        [...byRound].map(([roundId, rows]) => roundAggregateOf(roundId, rows)),
      );
    },
    cityScores: (query) => Promise.resolve(cityScoresOf(counted(query))),
    listSentReminders: (roundId) =>
      Promise.resolve(sentReminders.filter((reminder) => reminder.roundId === roundId)),
    claimReminders(reminders) {
      const known = new Set(sentReminders.map(reminderKey));
      const claimed = reminders.filter((reminder) => {
        const key = reminderKey(reminder);
        if (known.has(key)) return false;
        known.add(key);
        return true;
      });
      sentReminders = [...sentReminders, ...claimed.map((reminder) => ({ ...reminder }))];
      return Promise.resolve(claimed);
    },
    releaseReminders(reminders) {
      const released = new Set(reminders.map(reminderKey));
      sentReminders = sentReminders.filter((reminder) => !released.has(reminderKey(reminder)));
      return Promise.resolve();
    },
    trendLeaders(query, limit) {
      const cities = new Map(data.cities.map((city) => [city.id, city]));
      const cityOf = (cityId: string) => cities.get(cityId) ?? { name: cityId, names: {} };
      return Promise.resolve(trendLeadersOf(counted(query), cityOf, limit));
    },

    // --- Accounts ---
    listAccounts: () => Promise.resolve(data.users.map(accountFor)),
    getAccount(id) {
      const user = findUser(id);
      return Promise.resolve(user ? accountFor(user) : null);
    },
    findAccountByEmail(email) {
      const id = Object.entries(data.accounts ?? {}).find(
        ([, details]) => details.email === email,
      )?.[0];
      const user = findUser(id);
      return Promise.resolve(user ? accountFor(user) : null);
    },
    // Each writes the account and its audit entry in one `change`, as cities and rounds do.
    insertAccount(account, entry) {
      const taken =
        findUser(account.id) !== null ||
        (account.email !== null &&
          Object.values(data.accounts ?? {}).some((details) => details.email === account.email));
      if (taken) return Promise.resolve(false);
      change({
        users: [...data.users, userOfAccount(account)],
        accounts: { ...data.accounts, [account.id]: detailsOf(account) },
        audit: [...data.audit, entry],
      });
      return Promise.resolve(true);
    },
    updateAccount(account, entry) {
      change({
        users: data.users.map((user) => (user.id === account.id ? userOfAccount(account) : user)),
        accounts: { ...data.accounts, [account.id]: detailsOf(account) },
        audit: entry === null ? data.audit : [...data.audit, entry],
      });
      return Promise.resolve();
    },
    deleteUserSessions(userId) {
      setSessions(
        Object.fromEntries(Object.entries(sessions).filter(([, owner]) => owner !== userId)),
      );
      return Promise.resolve();
    },

    // ---- Administration: the audit log ----
    listAuditEntries({ limit, before }) {
      const end =
        before === undefined ? data.audit.length : data.audit.findIndex(({ id }) => id === before);
      if (end < 0) return Promise.resolve([]);
      return Promise.resolve(data.audit.slice(Math.max(0, end - limit), end).reverse());
    },
    appendAuditEntry(entry) {
      if (data.audit.some(({ id }) => id === entry.id)) {
        return Promise.reject(new Error(`An audit entry with id ${entry.id} exists`));
      }
      change({ audit: [...data.audit, entry] });
      return Promise.resolve();
    },

    // ---- Administration: cities and rounds ----
    // Each checks and writes with no await between them, so concurrent calls cannot
    // interleave, and writes the change and its audit entry in one `change`.
    insertCity(city, entry) {
      if (data.cities.some(({ id }) => id === city.id)) return Promise.resolve(false);
      change({ cities: [...data.cities, city], audit: [...data.audit, entry] });
      return Promise.resolve(true);
    },
    updateCity(next, basedOn, entry) {
      const stored = data.cities.find(({ id }) => id === next.id);
      if (!stored || !sameValue(stored, basedOn)) return Promise.resolve(false);
      change({
        cities: data.cities.map((city) => (city.id === next.id ? next : city)),
        audit: [...data.audit, entry],
      });
      return Promise.resolve(true);
    },
    insertRound(round, entry) {
      if (data.rounds.some(({ id, year }) => id === round.id || year === round.year)) {
        return Promise.resolve(false);
      }
      change({ rounds: [...data.rounds, round], audit: [...data.audit, entry] });
      return Promise.resolve(true);
    },
    updateRound(next, basedOn, entry) {
      const stored = data.rounds.find(({ id }) => id === next.id);
      const changed =
        !stored || stored.status !== basedOn.status || stored.deadline !== basedOn.deadline;
      const anotherOpen =
        next.status === 'open' &&
        data.rounds.some(({ id, status }) => status === 'open' && id !== next.id);
      if (changed || anotherOpen) return Promise.resolve(false);
      change({
        rounds: data.rounds.map((round) => (round.id === next.id ? next : round)),
        audit: [...data.audit, entry],
      });
      return Promise.resolve(true);
    },

    // ---- Import of past rounds ----
    importPastRounds(batch) {
      // Every check first, then one replacement of the data: nothing is half written, and no
      // await lets another change in between.
      const next = importedData(data, batch, index());
      if (!next) return Promise.resolve(false);
      data = next;
      onDataChange?.(data);
      return Promise.resolve(true);
    },

    // --- Backup and restore ---

    snapshot() {
      const assessments = select({ scope: { kind: 'all' } });
      return Promise.resolve({
        cities: [...data.cities],
        rounds: [...data.rounds],
        users: data.users.map(accountFor),
        assessments,
        history: historyInOrder(data.history, assessments),
        audit: [...data.audit],
      });
    },

    restore(content, entry) {
      const empty =
        isEmptyInstance({ cities: data.cities.length, rounds: data.rounds.length }) &&
        data.assessments.length === 0;
      if (!empty) return Promise.resolve(null);
      const newOf = <Row extends { id: string }>(
        rows: readonly Row[],
        known: readonly { id: string }[],
      ) => {
        const ids = new Set(known.map(({ id }) => id));
        return structuredClone(rows.filter(({ id }) => !ids.has(id)));
      };
      // As PostgreSQL's unique e-mail addresses do, a restored account whose address is taken
      // leaves the instance's own in place.
      const emailsTaken = new Set(data.users.map((user) => accountFor(user).email));
      const accounts = newOf(content.users, data.users).filter(
        (account) => account.email === null || !emailsTaken.has(account.email),
      );
      const audit = [...newOf(content.audit, data.audit), ...(entry ? [entry] : [])];
      change({
        ...structuredClone(content),
        users: [...data.users, ...accounts.map(userOfAccount)],
        accounts: {
          ...data.accounts,
          ...Object.fromEntries(
            accounts.map(({ id, email, status, language, notificationsEnabled }) => [
              id,
              { email, status, language, notificationsEnabled },
            ]),
          ),
        },
        audit: [...data.audit, ...audit],
      });
      return Promise.resolve(
        restoreSummaryOf(content, { users: accounts.length, auditEntries: audit.length }),
      );
    },
  };
}
