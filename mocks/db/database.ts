/**
 * The mock API's store. It owns what a real server would: seeding, persistence, validation
 * with the shared zod schemas, versions and permissions. Handlers only adapt HTTP to it.
 */
import { z } from 'zod';
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
  canEditAssessment,
  canReadAssessment,
  canReviewAssessments,
  canStartAssessment,
} from '../../src/domain/permissions';
import { isCityInRound, roundSchema, sortRoundsByYear, type Round } from '../../src/domain/round';
import { previousRoundAssessment } from '../../src/domain/round-comparison';
import type { RoundProgress } from '../../src/domain/round-progress';
import { userSchema, type DemoUser, type Session, type User } from '../../src/domain/user';
import { generateSeedAssessments } from '../seed/assessments';
import { seedCities } from '../seed/cities';
import { seedRounds } from '../seed/rounds';
import { seedUsers } from '../seed/users';
import { MockApiError } from './mock-api-error';
import type { MockStorage } from './storage';

const mockStateSchema = z.object({
  cities: z.array(citySchema),
  rounds: z.array(roundSchema),
  users: z.array(userSchema),
  assessments: z.array(assessmentSchema),
  /** Session token -> user id. */
  sessions: z.record(z.string(), z.string()),
  /**
   * Assessment id -> its recorded changes, oldest first. Defaults to empty so a demo state
   * persisted before history was recorded still loads.
   */
  history: z.record(z.string(), z.array(historyEntrySchema)).default({}),
});
type MockState = z.infer<typeof mockStateSchema>;

export interface AssessmentFilter {
  roundId?: string | undefined;
  cityId?: string | undefined;
  status?: AssessmentStatus | undefined;
}

function seedState(): MockState {
  return {
    cities: [...seedCities],
    rounds: [...seedRounds],
    users: [...seedUsers],
    assessments: generateSeedAssessments(seedCities, seedRounds, seedUsers),
    sessions: {},
    history: {},
  };
}

function parseOrThrow<Schema extends z.ZodType>(schema: Schema, body: unknown): z.infer<Schema> {
  const result = schema.safeParse(body);
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
  storage: MockStorage;
  now?: () => Date;
  createToken?: () => string;
}

export type MockDatabase = ReturnType<typeof createMockDatabase>;

export function createMockDatabase({
  storage,
  now = () => new Date(),
  createToken = () => crypto.randomUUID(),
}: MockDatabaseOptions) {
  function loadState(): MockState | null {
    const restored = mockStateSchema.safeParse(storage.load());
    return restored.success ? restored.data : null;
  }
  let state: MockState = loadState() ?? seedState();
  storage.onExternalChange?.(() => {
    state = loadState() ?? seedState();
  });

  function persist() {
    storage.save(state);
  }

  function actorOf(user: User): Actor {
    return { id: user.id, name: user.name };
  }

  function findAssessment(id: string): Assessment {
    const assessment = state.assessments.find((candidate) => candidate.id === id);
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
    const exists = state.assessments.some((assessment) => assessment.id === next.id);
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
      const { userId } = parseOrThrow(z.object({ userId: z.string().min(1) }), body);
      const user = state.users.find((candidate) => candidate.id === userId);
      if (!user) throw new MockApiError('not_found', `No demo user with id ${userId}`);
      const token = createToken();
      state = { ...state, sessions: { ...state.sessions, [token]: user.id } };
      persist();
      return { token, user };
    },

    /** The user behind a bearer token, or 401. */
    authenticate(token: string | null): User {
      const userId = token === null ? undefined : state.sessions[token];
      const user = state.users.find((candidate) => candidate.id === userId);
      if (!user) throw new MockApiError('unauthenticated', 'Sign in to continue');
      return user;
    },

    signOut(token: string) {
      const sessions = Object.fromEntries(
        Object.entries(state.sessions).filter(([existing]) => existing !== token),
      );
      state = { ...state, sessions };
      persist();
    },

    listCities: (): City[] => state.cities,
    getCity: findCity,
    listRounds: (): Round[] => sortRoundsByYear(state.rounds),
    getRound: findRound,

    roundProgress(roundId: string): RoundProgress {
      const round = findRound(roundId);
      const expected = state.cities.filter((city) => isCityInRound(city, round));
      const inRound = state.assessments.filter((assessment) => assessment.roundId === roundId);
      const count = (status: AssessmentStatus) =>
        inRound.filter((assessment) => assessment.status === status).length;
      return {
        roundId,
        expectedCities: expected.length,
        notStarted: expected.filter(
          (city) => !inRound.some((assessment) => assessment.cityId === city.id),
        ).length,
        draft: count('draft'),
        submitted: count('submitted'),
        returned: count('returned'),
        approved: count('approved'),
      };
    },

    listAssessments(user: User, filter: AssessmentFilter): Assessment[] {
      return state.assessments.filter(
        (assessment) =>
          (filter.roundId === undefined || assessment.roundId === filter.roundId) &&
          (filter.cityId === undefined || assessment.cityId === filter.cityId) &&
          (filter.status === undefined || assessment.status === filter.status) &&
          canReadAssessment(user, assessment),
      );
    },

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
      const existing = state.assessments.find(
        (assessment) => assessment.cityId === city.id && assessment.roundId === round.id,
      );
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

    /** Back to the seed data set (with no history); sessions survive so nobody is signed out. */
    reset() {
      state = { ...seedState(), sessions: state.sessions };
      persist();
    },
  };
}
