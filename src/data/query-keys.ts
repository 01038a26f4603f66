/** Every query key in one place, so mutations invalidate exactly what they change. */
import type { AssessmentListFilter } from './data-source';

export const queryKeys = {
  session: () => ['session'] as const,
  demoUsers: () => ['demo-users'] as const,
  cities: () => ['cities'] as const,
  city: (cityId: string) => ['cities', cityId] as const,
  rounds: () => ['rounds'] as const,
  roundProgress: (roundId: string) => ['rounds', roundId, 'progress'] as const,
  keyTrends: () => ['key-trends'] as const,
  demoDataSet: () => ['demo-data-set'] as const,
  assessments: () => ['assessments'] as const,
  assessmentLists: () => ['assessments', 'list'] as const,
  scoreRowLists: () => ['score-rows'] as const,
  scoreRows: (filter: AssessmentListFilter) => ['score-rows', filter] as const,
  assessmentList: (filter: AssessmentListFilter) => ['assessments', 'list', filter] as const,
  assessment: (assessmentId: string) => ['assessments', 'detail', assessmentId] as const,
  assessmentHistory: (assessmentId: string) =>
    ['assessments', 'detail', assessmentId, 'history'] as const,
  /** Every aggregate: what any change to an assessment may change. */
  aggregates: () => ['aggregates'] as const,
  roundAggregates: (includeUnapproved: boolean) =>
    ['aggregates', 'rounds', { includeUnapproved }] as const,
  roundAggregate: (roundId: string, includeUnapproved: boolean) =>
    ['aggregates', 'round', roundId, { includeUnapproved }] as const,
  cityScores: (roundId: string, includeUnapproved: boolean) =>
    ['aggregates', 'round', roundId, 'cities', { includeUnapproved }] as const,
  trendLeaders: (roundId: string, limit: number) =>
    ['aggregates', 'round', roundId, 'trend-leaders', { limit }] as const,
  /** The audit log, read page by page: every administrative change invalidates it. */
  audit: () => ['audit'] as const,
};
