/**
 * Illustrative, deterministically generated self-assessments: each city starts at its own
 * maturity and improves from round to round, so charts show plausible progress. They are
 * sample data, not the cities' real answers, and the UI says so.
 */
import type {
  Actor,
  Assessment,
  AssessmentStatus,
  CommitmentAnswer,
  Ratings,
  TrendAnswer,
} from '../../src/domain/assessment';
import {
  commitments,
  keyTrendIds,
  targetGroupIds,
  type KeyTrendId,
  type RoleId,
  type TargetGroupId,
} from '../../src/domain/charter';
import type { City } from '../../src/domain/city';
import { isCityInRound, sortRoundsByYear, type Round } from '../../src/domain/round';
import type { User } from '../../src/domain/user';
import { seededRandom } from './random';

const roleOffset: Record<RoleId, number> = {
  policymaker: 0.12,
  service_provider: 0.06,
  employer: -0.04,
  buyer: -0.16,
};

const evidenceByRole: Record<RoleId, readonly string[]> = {
  policymaker: [
    'The city council adopted an integration strategy with a yearly public progress report.',
    'Every new city policy goes through an equality impact check.',
    'A migrant advisory council meets the mayor four times a year.',
  ],
  service_provider: [
    'A one-stop welcome centre gives advice in twelve languages.',
    'Language courses are free for every new resident during the first year.',
    'Front-line staff in housing and social care take intercultural training.',
  ],
  employer: [
    'Workforce diversity is monitored every year, grade by grade.',
    'Vacancies use anonymised applications and diverse selection panels.',
    'All managers complete diversity and anti-discrimination training.',
  ],
  buyer: [
    'Tender documents include non-discrimination and equal-treatment clauses.',
    'Large contractors report on their diversity commitments each year.',
    'Supplier days reach small businesses run by people with a migrant background.',
  ],
};

const trendExamples: Record<KeyTrendId, string> = {
  structured_policies: 'A multi-year integration plan with a budget line and indicators.',
  mainstreaming: 'Integration goals are written into the housing, education and health plans.',
  specific_groups: 'Targeted support for unaccompanied minors and for women who arrived recently.',
  low_threshold_access: 'Walk-in advice points in libraries, without appointment or paperwork.',
  open_communication: 'A public campaign on equal opportunities in the city’s main languages.',
  participation: 'Residents with a migrant background co-design services in city workshops.',
  inclusive_administration: 'Diversity targets for city staff and inclusive procurement rules.',
  eu_global_governance:
    'The city takes part in EU networks and global city platforms on migration.',
};

const notApplicableReason =
  'Procurement for this service area is run by the regional authority, not the city.';
const notAssessedReason = 'No data was collected on this commitment in this round.';

interface CityProfile {
  baseMaturity: number;
  yearlyGrowth: number;
  regionalProcurement: boolean;
}

function cityProfile(city: City): CityProfile {
  const random = seededRandom(`profile:${city.id}`);
  return {
    baseMaturity: 0.22 + random() * 0.33,
    yearlyGrowth: 0.008 + random() * 0.016,
    regionalProcurement: random() < 0.15,
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Answers without evidence, one object per rating shared by every assessment that gives it:
 * a set of some 200,000 answers then holds three. Safe because the mock store never changes an
 * answer in place; a save replaces the whole assessment.
 */
const bareAnswers = {
  fully: { rating: 'fully', reason: '', evidence: '', links: [] },
  partly: { rating: 'partly', reason: '', evidence: '', links: [] },
  not_at_all: { rating: 'not_at_all', reason: '', evidence: '', links: [] },
} as const satisfies Record<string, CommitmentAnswer>;

function generateAnswer(
  city: City,
  round: Round,
  maturity: number,
  role: RoleId,
  commitmentId: string,
  profile: CityProfile,
  withEvidence: boolean,
): CommitmentAnswer {
  const random = seededRandom(`answer:${city.id}:${round.id}:${commitmentId}`);
  if (role === 'buyer' && profile.regionalProcurement && commitmentId !== 'BU1') {
    return { rating: 'not_applicable', reason: notApplicableReason, evidence: '', links: [] };
  }
  if (round.year <= 2015 && random() < 0.04) {
    return { rating: 'not_assessed', reason: notAssessedReason, evidence: '', links: [] };
  }
  const level = maturity + roleOffset[role] + (random() - 0.5) * 0.3;
  if (!withEvidence) {
    return bareAnswers[level > 0.68 ? 'fully' : level > 0.34 ? 'partly' : 'not_at_all'];
  }
  const evidenceOptions = evidenceByRole[role];
  const evidence = evidenceOptions[Math.floor(random() * evidenceOptions.length)] ?? '';
  const link = `https://example.org/${city.id}/${round.id}/${commitmentId.toLowerCase()}`;
  if (level > 0.68) return { rating: 'fully', reason: '', evidence, links: [link] };
  if (level > 0.34) {
    return { rating: 'partly', reason: '', evidence: `In progress: ${evidence}`, links: [link] };
  }
  return {
    rating: 'not_at_all',
    reason: '',
    evidence: 'No measure is in place yet; one is planned for the next round.',
    links: [],
  };
}

/** Trend answers without examples, shared like `bareAnswers`. */
const bareTrendAnswers = {
  established: { status: 'established', example: '' },
  emerging: { status: 'emerging', example: '' },
  not_observed: { status: 'not_observed', example: '' },
} as const satisfies Record<string, TrendAnswer>;

function generateTrends(city: City, round: Round, maturity: number, withEvidence: boolean) {
  const random = seededRandom(`trends:${city.id}:${round.id}`);
  const trends: Partial<Record<KeyTrendId, TrendAnswer>> = {};
  for (const trendId of keyTrendIds) {
    const level = maturity - 0.08 + (random() - 0.5) * 0.4;
    const status = level > 0.62 ? 'established' : level > 0.36 ? 'emerging' : 'not_observed';
    trends[trendId] = withEvidence
      ? { status, example: status === 'not_observed' ? '' : trendExamples[trendId] }
      : bareTrendAnswers[status];
  }
  return trends;
}

function generateTargetGroups(city: City, maturity: number): TargetGroupId[] {
  const random = seededRandom(`groups:${city.id}`);
  return targetGroupIds.filter(
    (_group, index) => index < 2 || random() < maturity + 0.1 * (targetGroupIds.length - index),
  );
}

function maturityIn(round: Round, profile: CityProfile): number {
  const yearsSince2013 = round.year - 2013;
  return clamp(profile.baseMaturity + profile.yearlyGrowth * yearsSince2013, 0.05, 0.92);
}

/** The open round's state per demo city, so every demo user finds something to do. */
const openRoundStatusOverrides: Record<string, AssessmentStatus | 'not_started'> = {
  ghent: 'draft',
  helsinki: 'returned',
  barcelona: 'submitted',
  warsaw: 'not_started',
  // Not started either, but with earlier rounds: the member may start from the last one.
  amsterdam: 'not_started',
  athens: 'approved',
};

/**
 * How the open round's statuses are drawn: each entry's status is taken below its cumulative
 * share; a draw above the last one means the city has not started.
 */
export type OpenRoundStatusShares = readonly (readonly [upTo: number, AssessmentStatus])[];

const sampleOpenRoundShares: OpenRoundStatusShares = [
  [0.4, 'approved'],
  [0.62, 'submitted'],
  [0.82, 'draft'],
];

function openRoundStatus(
  city: City,
  shares: OpenRoundStatusShares,
): AssessmentStatus | 'not_started' {
  const override = openRoundStatusOverrides[city.id];
  if (override) return override;
  const draw = seededRandom(`open-status:${city.id}`)();
  return shares.find(([upTo]) => draw < upTo)?.[1] ?? 'not_started';
}

function workingGroupActor(city: City, users: readonly User[]): Actor {
  const member = users.find((user) => user.role === 'member' && user.cityId === city.id);
  return member
    ? { id: member.id, name: member.name }
    : { id: `wg-${city.id}`, name: `${city.name} working group` };
}

/** Keep only the first answers of a draft, as a member part-way through would have. */
function partialRatings(ratings: Ratings, answeredCount: number): Ratings {
  return Object.fromEntries(Object.entries(ratings).slice(0, answeredCount));
}

export interface AssessmentGenerationOptions {
  /**
   * Evidence texts, links and trend examples (the sample set), or none: a set of thousands of
   * assessments stays small in memory with ratings, reasons and trend statuses alone.
   */
  withEvidence?: boolean;
  /** The share of cities that answered each closed round. */
  closedRoundParticipation?: number;
  openRoundShares?: OpenRoundStatusShares;
}

export function generateSeedAssessments(
  cities: readonly City[],
  rounds: readonly Round[],
  users: readonly User[],
  {
    withEvidence = true,
    closedRoundParticipation = 0.85,
    openRoundShares = sampleOpenRoundShares,
  }: AssessmentGenerationOptions = {},
): Assessment[] {
  const assessments: Assessment[] = [];
  for (const round of sortRoundsByYear(rounds)) {
    for (const city of cities) {
      if (!isCityInRound(city, round)) continue;
      const status: AssessmentStatus | 'not_started' =
        round.status === 'open' ? openRoundStatus(city, openRoundShares) : 'approved';
      const answeredClosedRound =
        city.id in openRoundStatusOverrides ||
        seededRandom(`took-part:${city.id}:${round.id}`)() < closedRoundParticipation;
      if (status === 'not_started' || (round.status === 'closed' && !answeredClosedRound)) continue;

      const profile = cityProfile(city);
      const maturity = maturityIn(round, profile);
      let ratings: Ratings = Object.fromEntries(
        commitments.map(({ id, role }) => [
          id,
          generateAnswer(city, round, maturity, role, id, profile, withEvidence),
        ]),
      );
      if (status === 'draft') ratings = partialRatings(ratings, 6);
      const actor = workingGroupActor(city, users);
      const day = 1 + Math.floor(seededRandom(`day:${city.id}:${round.id}`)() * 27);
      const month = round.status === 'open' ? 10 : 3;
      const timestamp = new Date(Date.UTC(round.year, month - 1, day, 9, 30)).toISOString();
      const wasSubmitted = status !== 'draft';
      assessments.push({
        id: `${city.id}-${round.id}`,
        cityId: city.id,
        roundId: round.id,
        status,
        version: wasSubmitted ? 3 : 2,
        ratings,
        trends: generateTrends(city, round, maturity, withEvidence),
        targetGroups: generateTargetGroups(city, maturity),
        reviewComment:
          status === 'returned'
            ? 'Please add evidence links for the employer commitments before we approve.'
            : null,
        updatedAt: timestamp,
        updatedBy: actor,
        submittedAt: wasSubmitted ? timestamp : null,
        submittedBy: wasSubmitted ? actor : null,
      });
    }
  }
  return assessments;
}
