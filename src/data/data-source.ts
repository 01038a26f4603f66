/**
 * The one interface through which the UI reaches data. Implementations: HTTP (the REST
 * contract in docs/api.md). The UI calls it only through the query factories in ./queries.
 */
import type {
  Assessment,
  AssessmentContent,
  AssessmentStatus,
  CreateAssessmentRequest,
} from '../domain/assessment';
import type { HistoryEntry } from '../domain/assessment-history';
import type { AuditPage } from '../domain/audit';
import type { Commitment, KeyTrend, TargetGroupId } from '../domain/charter';
import type { City, CityFields, UpdateCityRequest } from '../domain/city';
import type { DemoDataSetId, DemoDataSetInfo } from '../domain/demo-data-set';
import type {
  CreateRoundRequest,
  Round,
  RoundTransition,
  UpdateRoundRequest,
} from '../domain/round';
import type { CityScore, RoundAggregate, TrendLeaders } from '../domain/round-aggregate';
import type { ServedRoundProgress } from '../domain/round-progress';
import type { ScoreRow } from '../domain/score-row';
import type { DemoUser, Session } from '../domain/user';

export interface AssessmentListFilter {
  roundId?: string;
  cityId?: string;
  status?: AssessmentStatus;
}

/**
 * Which assessments an aggregate counts: the approved ones, or with `includeUnapproved` every
 * status the signed-in user may read (the server decides what that is).
 */
export interface AggregateOptions {
  includeUnapproved?: boolean;
}

export interface DataSource {
  /** A short description for the settings page, e.g. "REST API at /api". */
  readonly description: { kind: 'http'; baseUrl: string };

  listDemoUsers(): Promise<DemoUser[]>;
  signIn(userId: string): Promise<Session>;
  getSession(): Promise<Session>;
  signOut(): Promise<void>;

  listCities(): Promise<City[]>;
  getCity(cityId: string): Promise<City>;
  listRounds(): Promise<Round[]>;
  getRound(roundId: string): Promise<Round>;
  getRoundProgress(roundId: string): Promise<ServedRoundProgress>;
  listCommitments(): Promise<Commitment[]>;
  getCommitment(commitmentId: string): Promise<Commitment>;
  listKeyTrends(): Promise<KeyTrend[]>;
  getKeyTrend(trendId: string): Promise<KeyTrend>;
  listTargetGroups(): Promise<TargetGroupId[]>;

  listAssessments(filter?: AssessmentListFilter): Promise<Assessment[]>;
  /** The same assessments as score rows (no evidence): what charts and long lists need. */
  listScoreRows(filter?: AssessmentListFilter): Promise<ScoreRow[]>;
  getAssessment(assessmentId: string): Promise<Assessment>;
  /** Every recorded change to the assessment, newest first. */
  getAssessmentHistory(assessmentId: string): Promise<HistoryEntry[]>;

  /** Each round's averages, trend adoption and commitment means, oldest round first. */
  listRoundAggregates(options?: AggregateOptions): Promise<RoundAggregate[]>;
  /** One round's aggregate (empty, not an error, when it counts nothing). */
  getRoundAggregate(roundId: string, options?: AggregateOptions): Promise<RoundAggregate>;
  /** The overall score of each counted assessment of the round, for the map. */
  listCityScores(roundId: string, options?: AggregateOptions): Promise<CityScore[]>;
  /** Each key trend's cities where it is established, best first, up to `limit` (default 5). */
  listTrendLeaders(
    roundId: string,
    options?: AggregateOptions & { limit?: number },
  ): Promise<TrendLeaders[]>;
  createAssessment(request: CreateAssessmentRequest): Promise<Assessment>;
  /** Rejects with a 409 ApiError carrying the current copy when `basedOnVersion` is stale. */
  saveAssessment(
    assessmentId: string,
    content: AssessmentContent,
    basedOnVersion: number,
  ): Promise<Assessment>;
  submitAssessment(assessmentId: string, basedOnVersion: number): Promise<Assessment>;
  returnAssessment(
    assessmentId: string,
    comment: string,
    basedOnVersion: number,
  ): Promise<Assessment>;
  approveAssessment(assessmentId: string, basedOnVersion: number): Promise<Assessment>;

  /** Demo API only: restore the sample data set. */
  resetDemoData(): Promise<void>;
  /** Demo API only: which data set it serves. */
  getDemoDataSet(): Promise<DemoDataSetInfo>;
  /** Demo API only: serve another data set from now on. */
  selectDemoDataSet(dataSet: DemoDataSetId): Promise<DemoDataSetInfo>;

  // ---- Administration (coordinators only) ----
  /**
   * One page of the audit log, newest first: up to `limit` entries (default 50, at most 200)
   * recorded before the entry `before` (the previous page's `next`).
   */
  listAuditEntries(page?: { limit?: number; before?: string }): Promise<AuditPage>;
  /** A new round, planned; a 409 ApiError (fieldErrors.year) when its year has one. */
  createRound(request: CreateRoundRequest): Promise<Round>;
  updateRound(roundId: string, request: UpdateRoundRequest): Promise<Round>;
  /** Opens or closes the round; a 409 ApiError when its status does not allow it. */
  changeRoundStatus(roundId: string, transition: RoundTransition): Promise<Round>;
  createCity(fields: CityFields): Promise<City>;
  updateCity(cityId: string, request: UpdateCityRequest): Promise<City>;
  /** Archives the city (`archived` true) or takes it out of the archive. */
  setCityArchived(cityId: string, archived: boolean): Promise<City>;
}
