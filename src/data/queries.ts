/** Query-options factories: what each query fetches, under which key. */
import { queryOptions } from '@tanstack/react-query';
import { DEFAULT_TREND_LEADER_LIMIT } from '../domain/round-aggregate';
import type { Session } from '../domain/user';
import type { AssessmentListFilter, DataSource } from './data-source';
import { queryKeys } from './query-keys';
import { hasSession } from './session-token-store';

export const sessionQueries = {
  /**
   * The signed-in session, or null for a visitor (no token: nothing to ask). Signing in and out
   * clear the cache, so the key needs no token.
   */
  current: (dataSource: DataSource) =>
    queryOptions({
      queryKey: queryKeys.session(),
      queryFn: (): Promise<Session | null> =>
        hasSession() ? dataSource.getSession() : Promise.resolve(null),
    }),
  demoUsers: (dataSource: DataSource) =>
    queryOptions({ queryKey: queryKeys.demoUsers(), queryFn: () => dataSource.listDemoUsers() }),
  options: (dataSource: DataSource) =>
    queryOptions({
      queryKey: queryKeys.sessionOptions(),
      queryFn: () => dataSource.getSessionOptions(),
      staleTime: Infinity,
    }),
};

export const accountQueries = {
  list: (dataSource: DataSource) =>
    queryOptions({ queryKey: queryKeys.accounts(), queryFn: () => dataSource.listAccounts() }),
  own: (dataSource: DataSource) =>
    queryOptions({ queryKey: queryKeys.ownAccount(), queryFn: () => dataSource.getOwnAccount() }),
};

export const cityQueries = {
  list: (dataSource: DataSource) =>
    queryOptions({ queryKey: queryKeys.cities(), queryFn: () => dataSource.listCities() }),
  detail: (dataSource: DataSource, cityId: string) =>
    queryOptions({ queryKey: queryKeys.city(cityId), queryFn: () => dataSource.getCity(cityId) }),
};

export const roundQueries = {
  list: (dataSource: DataSource) =>
    queryOptions({ queryKey: queryKeys.rounds(), queryFn: () => dataSource.listRounds() }),
  progress: (dataSource: DataSource, roundId: string) =>
    queryOptions({
      queryKey: queryKeys.roundProgress(roundId),
      queryFn: () => dataSource.getRoundProgress(roundId),
    }),
};

export const catalogueQueries = {
  keyTrends: (dataSource: DataSource) =>
    queryOptions({
      queryKey: queryKeys.keyTrends(),
      queryFn: () => dataSource.listKeyTrends(),
      staleTime: Infinity,
    }),
};

export const demoQueries = {
  /** Changes only when this tab switches data set, which writes the answer into the cache. */
  dataSet: (dataSource: DataSource) =>
    queryOptions({
      queryKey: queryKeys.demoDataSet(),
      queryFn: () => dataSource.getDemoDataSet(),
      staleTime: Infinity,
    }),
};

export const scoreRowQueries = {
  list: (dataSource: DataSource, filter: AssessmentListFilter = {}) =>
    queryOptions({
      queryKey: queryKeys.scoreRows(filter),
      queryFn: () => dataSource.listScoreRows(filter),
    }),
};

export const assessmentQueries = {
  list: (dataSource: DataSource, filter: AssessmentListFilter = {}) =>
    queryOptions({
      queryKey: queryKeys.assessmentList(filter),
      queryFn: () => dataSource.listAssessments(filter),
    }),
  detail: (dataSource: DataSource, assessmentId: string) =>
    queryOptions({
      queryKey: queryKeys.assessment(assessmentId),
      queryFn: () => dataSource.getAssessment(assessmentId),
    }),
  history: (dataSource: DataSource, assessmentId: string) =>
    queryOptions({
      queryKey: queryKeys.assessmentHistory(assessmentId),
      queryFn: () => dataSource.getAssessmentHistory(assessmentId),
    }),
};

/**
 * Figures the API computes over many assessments (docs/api.md, "Aggregates"): approved ones,
 * or with `includeUnapproved` every one the user may read.
 */
export const aggregateQueries = {
  /** Every round's aggregate, oldest first: the overview's and the key-trends page's. */
  rounds: (dataSource: DataSource, includeUnapproved = false) =>
    queryOptions({
      queryKey: queryKeys.roundAggregates(includeUnapproved),
      queryFn: () => dataSource.listRoundAggregates({ includeUnapproved }),
    }),
  /** One round's aggregate: the group a city profile compares the city with. */
  round: (dataSource: DataSource, roundId: string, includeUnapproved = false) =>
    queryOptions({
      queryKey: queryKeys.roundAggregate(roundId, includeUnapproved),
      queryFn: () => dataSource.getRoundAggregate(roundId, { includeUnapproved }),
    }),
  /** Each counted city's overall score in the round: the overview's map. */
  cityScores: (dataSource: DataSource, roundId: string, includeUnapproved = false) =>
    queryOptions({
      queryKey: queryKeys.cityScores(roundId, includeUnapproved),
      queryFn: () => dataSource.listCityScores(roundId, { includeUnapproved }),
    }),
  /** The cities leading each key trend among the round's approved assessments. */
  trendLeaders: (dataSource: DataSource, roundId: string, limit = DEFAULT_TREND_LEADER_LIMIT) =>
    queryOptions({
      queryKey: queryKeys.trendLeaders(roundId, limit),
      queryFn: () => dataSource.listTrendLeaders(roundId, { limit }),
    }),
};
