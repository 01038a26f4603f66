/**
 * What tests read from, and do to, the mock API's memory store directly: seeded rows as
 * fixtures, and changes "made elsewhere" (another tab, another person) through the API itself.
 */
import { mockDatabase } from '../../mocks/node';
import { createHttpDataSource } from '../../src/data/http-data-source';
import type { DataSource } from '../../src/data/data-source';
import type { Assessment, AssessmentContent, AssessmentStatus } from '../../src/domain/assessment';
import { canReadAssessment } from '../../src/domain/permissions';
import type { City } from '../../src/domain/city';
import { sortRoundsByYear, type Round } from '../../src/domain/round';
import { scoreRowOf, type ScoreRow } from '../../src/domain/score-row';
import type { DemoSession, User } from '../../src/domain/user';
import { savedAssessment } from '../../src/domain/workflow';
import { TEST_REQUEST_TIMEOUT_MS } from './test-timeouts';

/** A seeded user; throws for an unknown id so a typo fails the test at once. */
export function demoUser(userId: string): User {
  const user = mockDatabase.store.data().users.find((candidate) => candidate.id === userId);
  if (!user) throw new Error(`No demo user ${userId}`);
  return user;
}

/** The stored assessment with this id, as it is now. */
export function storedAssessment(id: string): Assessment {
  const assessment = mockDatabase.store.data().assessments.find((candidate) => candidate.id === id);
  if (!assessment) throw new Error(`No assessment ${id}`);
  return assessment;
}

/** The stored assessments matching every filter given, those `readableBy` may read if given. */
export function storedAssessments(
  filter: { roundId?: string; cityId?: string; status?: AssessmentStatus; readableBy?: User } = {},
): Assessment[] {
  return mockDatabase.store
    .data()
    .assessments.filter(
      (assessment) =>
        (filter.roundId === undefined || assessment.roundId === filter.roundId) &&
        (filter.cityId === undefined || assessment.cityId === filter.cityId) &&
        (filter.status === undefined || assessment.status === filter.status) &&
        (filter.readableBy === undefined || canReadAssessment(filter.readableBy, assessment)),
    );
}

let sessionCount = 0;

/**
 * Starts a session for a seeded user at once (the memory store writes before its promise
 * settles), so a test can sign in before it renders.
 */
export function startSession(userId: string): DemoSession {
  const user = demoUser(userId);
  const token = `test-session-${String(++sessionCount)}`;
  void mockDatabase.store.createSession(token, user.id);
  return { token, user };
}

/** The API as another device signed in as `userId` sees it: for changes made elsewhere. */
export function apiAs(userId: string): DataSource {
  const { token } = startSession(userId);
  return createHttpDataSource({
    baseUrl: 'http://localhost/api',
    getToken: () => token,
    timeoutMs: TEST_REQUEST_TIMEOUT_MS,
  });
}

/** The stored assessments `storedAssessments` selects, as the API's score rows. */
export function storedScoreRows(filter: Parameters<typeof storedAssessments>[0] = {}): ScoreRow[] {
  return storedAssessments(filter).map(scoreRowOf);
}

export function storedCities(): City[] {
  return mockDatabase.store.data().cities;
}

/** Every round, oldest first, as `GET /rounds` answers. */
export function storedRounds(): Round[] {
  return sortRoundsByYear(mockDatabase.store.data().rounds);
}

export function storedRound(id: string): Round {
  const round = storedRounds().find((candidate) => candidate.id === id);
  if (!round) throw new Error(`No round ${id}`);
  return round;
}

/**
 * Saves `content` as `userId` straight into the store, as the API would, without a request:
 * for handlers that apply a save and then fail to answer.
 */
export async function applySave(assessmentId: string, userId: string, content: AssessmentContent) {
  const current = storedAssessment(assessmentId);
  const { id, name } = demoUser(userId);
  const { assessment, entry } = savedAssessment(current, content, {
    actor: { id, name },
    at: new Date().toISOString(),
  });
  await mockDatabase.store.updateAssessment(assessment, current.version, entry);
  return assessment;
}
