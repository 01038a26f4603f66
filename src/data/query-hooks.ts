/** The hooks components use to read server state; they suspend until the data is there. */
import { useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query';
import type { AssessmentListFilter } from './data-source';
import { useDataSource } from './data-source-context';
import {
  aggregateQueries,
  assessmentQueries,
  catalogueQueries,
  cityQueries,
  demoQueries,
  roundQueries,
  scoreRowQueries,
  sessionQueries,
} from './queries';

export function useSession() {
  return useSuspenseQuery(sessionQueries.current(useDataSource())).data;
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
