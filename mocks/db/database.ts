/**
 * The mock API's store. It owns what a real server would: seeding, persistence, validation
 * with the shared zod schemas, versions and permissions. Handlers only adapt HTTP to it.
 */
import { z } from '../../src/domain/zod';
import { fieldErrorsFromZod } from '../../src/domain/api-error';
import {
  assessmentContentSchema,
  assessmentSchema,
  createAssessmentRequestSchema,
  emptyAssessmentContent,
  findSubmissionGaps,
  returnAssessmentRequestSchema,
  type Actor,
  type Assessment,
  type AssessmentContent,
  type AssessmentStatus,
} from '../../src/domain/assessment';
import { contentOf } from '../../src/domain/assessment-fields';
import {
  fieldChanges,
  historyEntrySchema,
  type FieldChange,
  type HistoryAction,
  type HistoryEntry,
} from '../../src/domain/assessment-history';
import { citySchema, type City } from '../../src/domain/city';
import {
  DEFAULT_DEMO_DATA_SET,
  demoDataSetIdSchema,
  selectDemoDataSetRequestSchema,
  type DemoDataSetId,
  type DemoDataSetInfo,
} from '../../src/domain/demo-data-set';
import {
  canEditAssessment,
  canReadAssessment,
  canReviewAssessments,
  canStartAssessment,
} from '../../src/domain/permissions';
import { isCityInRound, roundSchema, sortRoundsByYear, type Round } from '../../src/domain/round';
import { previousRoundAssessment } from '../../src/domain/round-comparison';
import type { RoundProgress } from '../../src/domain/round-progress';
import { scoreRowOf, type ScoreRow } from '../../src/domain/score-row';
import { userSchema, type DemoUser, type Session, type User } from '../../src/domain/user';
import { generateSeedAssessments } from '../seed/assessments';
import { seedCities } from '../seed/cities';
import { seedRounds } from '../seed/rounds';
import { generateSyntheticDataSet } from '../seed/synthetic';
import { seedUsers } from '../seed/users';
import { MockApiError } from './mock-api-error';
import { memoryStorage, type MockStorage } from './storage';

/** Session token -> user id. */
const sessionsSchema = z.record(z.string(), z.string());
type Sessions = z.infer<typeof sessionsSchema>;

const mockStateSchema = z.object({
  cities: z.array(citySchema),
  rounds: z.array(roundSchema),
  users: z.array(userSchema),
  assessments: z.array(assessmentSchema),
  /**
   * Assessment id -> its recorded changes, oldest first. Defaults to empty so a demo state
   * persisted before history was recorded still loads.
   */
  history: z._default(z.record(z.string(), z.array(historyEntrySchema)), {}),
  /** Where sessions were kept before they had their own storage; read once, to keep them. */
  sessions: z.optional(sessionsSchema),
});
/** One data set's state: what the store serves and, for the sample set, keeps. */
type MockState = Omit<z.infer<typeof mockStateSchema>, 'sessions'>;

export interface AssessmentFilter {
  roundId?: string | undefined;
  cityId?: string | undefined;
  status?: AssessmentStatus | undefined;
}

/**
 * The demo's data sets. Only the sample set is stored: the synthetic one (some 17,000
 * assessments) is far beyond localStorage's 5 MB, so it lives in memory and its changes last
 * until the page is reloaded.
 */
const dataSets: Record<
  DemoDataSetId,
  { seed: () => MockState; persistence: DemoDataSetInfo['persistence'] }
> = {
  sample: {
    persistence: 'stored',
    seed: () => ({
      cities: [...seedCities],
      rounds: [...seedRounds],
      users: [...seedUsers],
      assessments: generateSeedAssessments(seedCities, seedRounds, seedUsers),
      history: {},
    }),
  },
  synthetic: {
    persistence: 'memory',
    seed: () => ({ ...generateSyntheticDataSet(seedUsers), users: [...seedUsers], history: {} }),
  },
};

/** Lookups that would otherwise scan every assessment on each request. */
interface AssessmentIndex {
  byId: Map<string, Assessment>;
  byRound: Map<string, Assessment[]>;
}

function indexAssessments(assessments: readonly Assessment[]): AssessmentIndex {
  const byId = new Map<string, Assessment>();
  const byRound = new Map<string, Assessment[]>();
  for (const assessment of assessments) {
    byId.set(assessment.id, assessment);
    const inRound = byRound.get(assessment.roundId);
    if (inRound) inRound.push(assessment);
    else byRound.set(assessment.roundId, [assessment]);
  }
  return { byId, byRound };
}

function parseOrThrow<Schema extends z.core.$ZodType>(
  schema: Schema,
  body: unknown,
): z.infer<Schema> {
  const result = z.safeParse(schema, body);
  if (!result.success) {
    throw new MockApiError('validation_failed', 'The request body is not valid', {
      fieldErrors: fieldErrorsFromZod(result.error),
    });
  }
  return result.data;
}

/** The version a request was based on, from an If-Match header such as `"3"`. */
function parseIfMatch(ifMatch: string | null): number | null {
  if (ifMatch === null) return null;
  const version = Number(ifMatch.replace(/^W\//, '').replaceAll('"', ''));
  return Number.isInteger(version) ? version : null;
}

export interface MockDatabaseOptions {
  /** Keeps the sample data set's changes: browser storage in the demo, memory in tests. */
  storage: MockStorage;
  /**
   * Keeps sessions apart from the data, so a reload (which forgets the synthetic set's
   * changes) or a switch of data set leaves everyone signed in. Default: memory.
   */
  sessions?: MockStorage;
  /** Remembers the chosen data set between page loads. Default: memory. */
  dataSetChoice?: MockStorage;
  /** Serve this data set, and remember it, instead of the remembered one. */
  dataSet?: DemoDataSetId | undefined;
  now?: () => Date;
  createToken?: () => string;
}

export type MockDatabase = ReturnType<typeof createMockDatabase>;

export function createMockDatabase({
  storage,
  sessions: sessionStorage = memoryStorage(),
  dataSetChoice = memoryStorage(),
  dataSet: requestedDataSet,
  now = () => new Date(),
  createToken = () => crypto.randomUUID(),
}: MockDatabaseOptions) {
  /** The stored sample state; validated only here, on load, never per request. */
  function loadStoredSample(): z.infer<typeof mockStateSchema> | null {
    const restored = mockStateSchema.safeParse(storage.load());
    return restored.success ? restored.data : null;
  }

  function loadDataSet(id: DemoDataSetId): MockState {
    if (id === 'sample') {
      const stored = loadStoredSample();
      if (stored) {
        const { cities, rounds, users, assessments, history } = stored;
        return { cities, rounds, users, assessments, history };
      }
    }
    return dataSets[id].seed();
  }

  function loadSessions(): Sessions {
    const stored = sessionsSchema.safeParse(sessionStorage.load());
    if (stored.success) return stored.data;
    return loadStoredSample()?.sessions ?? {};
  }

  const rememberedDataSet = demoDataSetIdSchema.safeParse(dataSetChoice.load());
  let dataSet: DemoDataSetId =
    requestedDataSet ??
    (rememberedDataSet.success ? rememberedDataSet.data : DEFAULT_DEMO_DATA_SET);
  if (requestedDataSet) dataSetChoice.save(requestedDataSet);
  let state: MockState = loadDataSet(dataSet);
  let sessions: Sessions = loadSessions();

  storage.onExternalChange?.(() => {
    // Another tab changed the stored sample set; a tab on the synthetic set keeps its own.
    if (dataSet === 'sample') state = loadDataSet('sample');
  });
  sessionStorage.onExternalChange?.(() => {
    sessions = loadSessions();
  });

  function persist() {
    if (dataSets[dataSet].persistence === 'stored') storage.save(state);
  }

  function persistSessions() {
    sessionStorage.save(sessions);
  }

  let indexed: { of: readonly Assessment[]; index: AssessmentIndex } | null = null;
  /** Rebuilt lazily after a change: one pass over the assessments, then lookups by key. */
  function assessmentIndex(): AssessmentIndex {
    if (indexed?.of !== state.assessments) {
      indexed = { of: state.assessments, index: indexAssessments(state.assessments) };
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

  function switchTo(id: DemoDataSetId) {
    dataSetChoice.save(id);
    if (id === dataSet) return;
    dataSet = id;
    state = loadDataSet(id);
  }

  function dataSetInfo(): DemoDataSetInfo {
    return {
      dataSet,
      persistence: dataSets[dataSet].persistence,
      cityCount: state.cities.length,
      roundCount: state.rounds.length,
      assessmentCount: state.assessments.length,
    };
  }

  function listAssessments(user: User, filter: AssessmentFilter): Assessment[] {
    const candidates =
      filter.roundId === undefined
        ? state.assessments
        : (assessmentIndex().byRound.get(filter.roundId) ?? []);
    return candidates.filter(
      (assessment) =>
        (filter.cityId === undefined || assessment.cityId === filter.cityId) &&
        (filter.status === undefined || assessment.status === filter.status) &&
        canReadAssessment(user, assessment),
    );
  }

  function actorOf(user: User): Actor {
    return { id: user.id, name: user.name };
  }

  function findAssessment(id: string): Assessment {
    const assessment = assessmentIndex().byId.get(id);
    if (!assessment) throw new MockApiError('not_found', `No assessment with id ${id}`);
    return assessment;
  }

  function readableAssessment(user: User, id: string): Assessment {
    const assessment = findAssessment(id);
    if (!canReadAssessment(user, assessment)) {
      throw new MockApiError('forbidden', 'You may not read this assessment');
    }
    return assessment;
  }

  /** The entry recorded for the change that produced `assessment`'s current version. */
  function historyEntry(
    assessment: Assessment,
    action: HistoryAction,
    changes: FieldChange[] = [],
    comment: string | null = null,
  ): HistoryEntry {
    return {
      version: assessment.version,
      action,
      at: assessment.updatedAt,
      actor: assessment.updatedBy,
      changes,
      comment,
    };
  }

  /** Stores a changed assessment together with the history entry that describes the change. */
  function commitChange(next: Assessment, entry: HistoryEntry): Assessment {
    const exists = assessmentIndex().byId.has(next.id);
    state = {
      ...state,
      assessments: exists
        ? state.assessments.map((assessment) => (assessment.id === next.id ? next : assessment))
        : [...state.assessments, next],
      history: { ...state.history, [next.id]: [...(state.history[next.id] ?? []), entry] },
    };
    persist();
    return next;
  }

  function checkVersion(assessment: Assessment, basedOn: number | null) {
    if (basedOn !== null && basedOn !== assessment.version) {
      throw new MockApiError(
        'version_conflict',
        `The assessment changed since version ${basedOn}; the current version is ${assessment.version}`,
        { current: assessment },
      );
    }
  }

  function requireStatus(assessment: Assessment, allowed: readonly AssessmentStatus[]) {
    if (!allowed.includes(assessment.status)) {
      throw new MockApiError(
        'status_conflict',
        `This is not possible while the assessment is ${assessment.status}`,
      );
    }
  }

  function findRound(id: string): Round {
    const round = state.rounds.find((candidate) => candidate.id === id);
    if (!round) throw new MockApiError('not_found', `No round with id ${id}`);
    return round;
  }

  function findCity(id: string): City {
    const city = state.cities.find((candidate) => candidate.id === id);
    if (!city) throw new MockApiError('not_found', `No city with id ${id}`);
    return city;
  }

  return {
    listDemoUsers: (): DemoUser[] =>
      state.users.map((user) => ({
        ...user,
        cityName: state.cities.find((city) => city.id === user.cityId)?.name ?? null,
      })),

    signIn(body: unknown): Session {
      const { userId } = parseOrThrow(z.object({ userId: z.string().check(z.minLength(1)) }), body);
      const user = state.users.find((candidate) => candidate.id === userId);
      if (!user) throw new MockApiError('not_found', `No demo user with id ${userId}`);
      const token = createToken();
      sessions = { ...sessions, [token]: user.id };
      persistSessions();
      return { token, user };
    },

    /** The user behind a bearer token, or 401. */
    authenticate(token: string | null): User {
      const userId = token === null ? undefined : sessions[token];
      const user = state.users.find((candidate) => candidate.id === userId);
      if (!user) throw new MockApiError('unauthenticated', 'Sign in to continue');
      return user;
    },

    signOut(token: string) {
      sessions = Object.fromEntries(
        Object.entries(sessions).filter(([existing]) => existing !== token),
      );
      persistSessions();
    },

    listCities: (): City[] => state.cities,
    getCity: findCity,
    listRounds: (): Round[] => sortRoundsByYear(state.rounds),
    getRound: findRound,

    roundProgress(roundId: string): RoundProgress {
      const round = findRound(roundId);
      const expected = state.cities.filter((city) => isCityInRound(city, round));
      const inRound = assessmentIndex().byRound.get(roundId) ?? [];
      const started = new Set(inRound.map((assessment) => assessment.cityId));
      const count = (status: AssessmentStatus) =>
        inRound.filter((assessment) => assessment.status === status).length;
      return {
        roundId,
        expectedCities: expected.length,
        notStarted: expected.filter((city) => !started.has(city.id)).length,
        draft: count('draft'),
        submitted: count('submitted'),
        returned: count('returned'),
        approved: count('approved'),
      };
    },

    listAssessments,

    /** The assessments `listAssessments` answers, as score rows (no evidence). */
    listScoreRows: (user: User, filter: AssessmentFilter): ScoreRow[] =>
      listAssessments(user, filter).map(scoreRowFor),

    getAssessment: readableAssessment,

    /** Every recorded change to an assessment the user may read, newest first. */
    getAssessmentHistory(user: User, id: string): HistoryEntry[] {
      readableAssessment(user, id);
      return [...(state.history[id] ?? [])].sort((a, b) => b.version - a.version);
    },

    createAssessment(user: User, body: unknown): Assessment {
      const request = parseOrThrow(createAssessmentRequestSchema, body);
      const city = findCity(request.cityId);
      const round = findRound(request.roundId);
      if (!canStartAssessment(user, city.id, round)) {
        throw new MockApiError('forbidden', 'You may not start an assessment for this city');
      }
      const existing = assessmentIndex()
        .byRound.get(round.id)
        ?.find((assessment) => assessment.cityId === city.id);
      if (existing) {
        throw new MockApiError(
          'already_exists',
          'This city already has an assessment for the round',
        );
      }
      const previous = previousRoundAssessment(
        { cityId: city.id, roundId: round.id },
        state.assessments,
        state.rounds,
      );
      const content: AssessmentContent =
        request.prefill === 'previous' && previous ? contentOf(previous) : emptyAssessmentContent();
      const created: Assessment = {
        id: `${city.id}-${round.id}`,
        cityId: city.id,
        roundId: round.id,
        status: 'draft',
        version: 1,
        ...content,
        reviewComment: null,
        updatedAt: now().toISOString(),
        updatedBy: actorOf(user),
        submittedAt: null,
        submittedBy: null,
      };
      return commitChange(
        created,
        historyEntry(created, 'created', fieldChanges(emptyAssessmentContent(), content)),
      );
    },

    saveAssessment(user: User, id: string, ifMatch: string | null, body: unknown): Assessment {
      const assessment = readableAssessment(user, id);
      if (!canEditAssessment(user, { ...assessment, status: 'draft' })) {
        throw new MockApiError('forbidden', 'You may not edit this assessment');
      }
      const basedOn = parseIfMatch(ifMatch);
      if (basedOn === null) {
        throw new MockApiError(
          'precondition_required',
          'Send the version the change is based on in an If-Match header',
        );
      }
      checkVersion(assessment, basedOn);
      requireStatus(assessment, ['draft', 'returned']);
      const content = parseOrThrow(assessmentContentSchema, body);
      const saved: Assessment = {
        ...assessment,
        ...content,
        version: assessment.version + 1,
        updatedAt: now().toISOString(),
        updatedBy: actorOf(user),
      };
      // A save that changes nothing still makes a version, and is recorded with no changes.
      return commitChange(saved, historyEntry(saved, 'saved', fieldChanges(assessment, content)));
    },

    submitAssessment(user: User, id: string, ifMatch: string | null): Assessment {
      const assessment = readableAssessment(user, id);
      if (!canEditAssessment(user, { ...assessment, status: 'draft' })) {
        throw new MockApiError('forbidden', 'You may not submit this assessment');
      }
      checkVersion(assessment, parseIfMatch(ifMatch));
      requireStatus(assessment, ['draft', 'returned']);
      const gaps = findSubmissionGaps(assessment);
      if (gaps.length > 0) {
        const fieldErrors = Object.fromEntries(
          gaps.map((gap) =>
            gap.kind === 'missing_rating'
              ? [`ratings.${gap.commitmentId}.rating`, ['Rate this commitment']]
              : [`ratings.${gap.commitmentId}.reason`, ['Give a reason for this answer']],
          ),
        );
        throw new MockApiError('validation_failed', 'The assessment is not complete', {
          fieldErrors,
        });
      }
      const timestamp = now().toISOString();
      const submitted: Assessment = {
        ...assessment,
        status: 'submitted',
        version: assessment.version + 1,
        updatedAt: timestamp,
        updatedBy: actorOf(user),
        submittedAt: timestamp,
        submittedBy: actorOf(user),
      };
      return commitChange(submitted, historyEntry(submitted, 'submitted'));
    },

    returnAssessment(user: User, id: string, ifMatch: string | null, body: unknown): Assessment {
      const assessment = readableAssessment(user, id);
      if (!canReviewAssessments(user)) {
        throw new MockApiError('forbidden', 'Only coordinators return assessments');
      }
      checkVersion(assessment, parseIfMatch(ifMatch));
      requireStatus(assessment, ['submitted']);
      const { comment } = parseOrThrow(returnAssessmentRequestSchema, body);
      const returned: Assessment = {
        ...assessment,
        status: 'returned',
        reviewComment: comment,
        version: assessment.version + 1,
        updatedAt: now().toISOString(),
        updatedBy: actorOf(user),
      };
      return commitChange(returned, historyEntry(returned, 'returned', [], comment));
    },

    approveAssessment(user: User, id: string, ifMatch: string | null): Assessment {
      const assessment = readableAssessment(user, id);
      if (!canReviewAssessments(user)) {
        throw new MockApiError('forbidden', 'Only coordinators approve assessments');
      }
      checkVersion(assessment, parseIfMatch(ifMatch));
      requireStatus(assessment, ['submitted']);
      const approved: Assessment = {
        ...assessment,
        status: 'approved',
        reviewComment: null,
        version: assessment.version + 1,
        updatedAt: now().toISOString(),
        updatedBy: actorOf(user),
      };
      return commitChange(approved, historyEntry(approved, 'approved'));
    },

    /** Which data set is served, whether its changes are kept, and its size. */
    dataSetInfo,

    /** Serves another data set from now on and remembers the choice; sessions are kept. */
    selectDataSet(body: unknown): DemoDataSetInfo {
      switchTo(parseOrThrow(selectDemoDataSetRequestSchema, body).dataSet);
      return dataSetInfo();
    },

    /**
     * Back to the seed of the data set in use, or of the one named (tests start each on the
     * sample set), with no history; sessions survive so nobody is signed out.
     */
    reset(id: DemoDataSetId = dataSet) {
      switchTo(id);
      state = dataSets[id].seed();
      persist();
    },
  };
}
