/** The hooks components use to read server state; they suspend until the data is there. */
import { useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query';
import type { Session, User } from '../domain/user';
import { ApiError } from './api-error';
import type { AssessmentListFilter } from './data-source';
import { useDataSource } from './data-source-context';
import {
  accountQueries,
  aggregateQueries,
  assessmentQueries,
  catalogueQueries,
  cityQueries,
  demoQueries,
  roundQueries,
  scoreRowQueries,
  sessionQueries,
} from './queries';

/** Who reads: the signed-in user, or null for a visitor (public reading). */
export function useViewer(): User | null {
  return useSuspenseQuery(sessionQueries.current(useDataSource())).data?.user ?? null;
}

/**
 * The session, on pages only a signed-in user can use (the editor, review, settings): for a
 * visitor it throws a 401, which the page's boundary turns into a visit to sign in and back.
 */
export function useSession(): Session {
  const session = useSuspenseQuery(sessionQueries.current(useDataSource())).data;
  if (!session) throw new ApiError(401, 'unauthenticated', 'Sign in to continue');
  return session;
}

export function useSessionOptions() {
  return useSuspenseQuery(sessionQueries.options(useDataSource())).data;
}

/** Coordinators: every user with their account details. */
export function useAccounts() {
  return useSuspenseQuery(accountQueries.list(useDataSource())).data;
}

/** The signed-in person's own account. */
export function useOwnAccount() {
  return useSuspenseQuery(accountQueries.own(useDataSource())).data;
}

export function useDemoUsers() {
  return useSuspenseQuery(sessionQueries.demoUsers(useDataSource())).data;
}

export function useCities() {
  return useSuspenseQuery(cityQueries.list(useDataSource())).data;
}

export function useCity(cityId: string) {
  return useSuspenseQuery(cityQueries.detail(useDataSource(), cityId)).data;
}

/**
 * The cities and the rounds, both asked for at once: a page without a loader (the cities list)
 * that read them one after the other would fetch the rounds only once the cities had come.
 */
export function useCitiesAndRounds() {
  const dataSource = useDataSource();
  const [cities, rounds] = useSuspenseQueries({
    queries: [cityQueries.list(dataSource), roundQueries.list(dataSource)],
  });
  return [cities.data, rounds.data] as const;
}

/**
 * What the review queue shows, asked for at once: the submitted assessments, every score row
 * (each one's previous round), the cities and the rounds. Read one after another, each would
 * be asked for only once the one before had come.
 */
export function useReviewQueueData() {
  const dataSource = useDataSource();
  const [submitted, scoreRows, cities, rounds] = useSuspenseQueries({
    queries: [
      assessmentQueries.list(dataSource, { status: 'submitted' }),
      scoreRowQueries.list(dataSource),
      cityQueries.list(dataSource),
      roundQueries.list(dataSource),
    ],
  });
  return {
    submitted: submitted.data,
    scoreRows: scoreRows.data,
    cities: cities.data,
    rounds: rounds.data,
  };
}

/** The rounds, oldest first (as `GET /rounds` lists them). */
export function useRounds() {
  return useSuspenseQuery(roundQueries.list(useDataSource())).data;
}

export function useRoundProgress(roundId: string) {
  return useSuspenseQuery(roundQueries.progress(useDataSource(), roundId)).data;
}

export function useKeyTrends() {
  return useSuspenseQuery(catalogueQueries.keyTrends(useDataSource())).data;
}

export function useAssessments(filter: AssessmentListFilter = {}) {
  return useSuspenseQuery(assessmentQueries.list(useDataSource(), filter)).data;
}

export function useAssessment(assessmentId: string) {
  return useSuspenseQuery(assessmentQueries.detail(useDataSource(), assessmentId)).data;
}

export function useAssessmentHistory(assessmentId: string) {
  return useSuspenseQuery(assessmentQueries.history(useDataSource(), assessmentId)).data;
}

/** Score rows (no evidence) for charts and long lists. */
export function useScoreRows(filter: AssessmentListFilter = {}) {
  return useSuspenseQuery(scoreRowQueries.list(useDataSource(), filter)).data;
}

/** The score rows of each round named, fetched in parallel: one list per round id. */
export function useScoreRowsOfRounds(roundIds: readonly string[]) {
  const dataSource = useDataSource();
  return useSuspenseQueries({
    queries: roundIds.map((roundId) => scoreRowQueries.list(dataSource, { roundId })),
  }).map((query) => query.data);
}

/** Every round's aggregate, oldest first (rounds with nothing counted left out). */
export function useRoundAggregates(includeUnapproved = false) {
  return useSuspenseQuery(aggregateQueries.rounds(useDataSource(), includeUnapproved)).data;
}

/** One round's aggregate of its approved assessments, or of all the user may read. */
export function useRoundAggregate(roundId: string, includeUnapproved = false) {
  return useSuspenseQuery(aggregateQueries.round(useDataSource(), roundId, includeUnapproved)).data;
}

/** The overall score of each counted assessment of the round. */
export function useCityScores(roundId: string, includeUnapproved = false) {
  return useSuspenseQuery(aggregateQueries.cityScores(useDataSource(), roundId, includeUnapproved))
    .data;
}

/** The cities leading each key trend in the round, up to `limit` per trend. */
export function useTrendLeaders(roundId: string, limit?: number) {
  return useSuspenseQuery(aggregateQueries.trendLeaders(useDataSource(), roundId, limit)).data;
}

/** Demo API only: the data set it serves. */
export function useDemoDataSet() {
  return useSuspenseQuery(demoQueries.dataSet(useDataSource())).data;
}
