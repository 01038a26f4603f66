/**
 * The Integrating Cities Charter as fixed reference data: its four roles and eleven
 * commitments, the eight key trends of the fourth Integrating Cities Report (2020), the
 * target groups and the rating scales. Labels live in the i18n catalogue, keyed by these ids.
 */
import { z } from './zod';

/** Where EUROCITIES publishes the charter and the Integrating Cities reports. */
export const CHARTER_URL = 'https://integratingcities.eu/';

export const roleIds = ['policymaker', 'service_provider', 'employer', 'buyer'] as const;
export const roleIdSchema = z.enum(roleIds);
/** One of the four roles in which a signatory city commits to integration. */
export type RoleId = z.infer<typeof roleIdSchema>;

export const commitmentIds = [
  'PM1',
  'PM2',
  'PM3',
  'SP1',
  'SP2',
  'EM1',
  'EM2',
  'EM3',
  'BU1',
  'BU2',
  'BU3',
] as const;
export const commitmentIdSchema = z.enum(commitmentIds);
/** One of the charter's eleven commitments. */
export type CommitmentId = z.infer<typeof commitmentIdSchema>;

export const commitmentSchema = z.object({
  id: commitmentIdSchema,
  role: roleIdSchema,
  /** 1-based position inside its role, as numbered in the charter summary. */
  position: z.number().check(z.int(), z.positive()),
});
/** A commitment and the role it belongs to. */
export type Commitment = z.infer<typeof commitmentSchema>;

const rolePrefix: Record<RoleId, string> = {
  policymaker: 'PM',
  service_provider: 'SP',
  employer: 'EM',
  buyer: 'BU',
};

export const commitments: readonly Commitment[] = commitmentIds.map((id) => {
  const role = roleIds.find((candidate) => id.startsWith(rolePrefix[candidate]));
  if (!role) throw new Error(`Commitment ${id} has no role`);
  return { id, role, position: Number(id.slice(2)) };
});

export function commitmentsOfRole(role: RoleId): readonly Commitment[] {
  return commitments.filter((commitment) => commitment.role === role);
}

export const keyTrendIds = [
  'structured_policies',
  'mainstreaming',
  'specific_groups',
  'low_threshold_access',
  'open_communication',
  'participation',
  'inclusive_administration',
  'eu_global_governance',
] as const;
export const keyTrendIdSchema = z.enum(keyTrendIds);
/** One of the eight key trends named by the fourth Integrating Cities Report. */
export type KeyTrendId = z.infer<typeof keyTrendIdSchema>;

export const keyTrendSchema = z.object({
  id: keyTrendIdSchema,
  /** 1-based number of the trend in the report. */
  number: z.number().check(z.int(), z.gte(1), z.lte(8)),
});
/** A key trend as listed by the API. */
export type KeyTrend = z.infer<typeof keyTrendSchema>;

export const keyTrends: readonly KeyTrend[] = keyTrendIds.map((id, index) => ({
  id,
  number: index + 1,
}));

export const targetGroupIds = [
  'third_country_nationals',
  'international_protection',
  'irregular_status',
  'eu_mobile_citizens',
  'eu_nationals_migrant_background',
] as const;
export const targetGroupIdSchema = z.enum(targetGroupIds);
/** A group of residents that a city's integration measures may reach. */
export type TargetGroupId = z.infer<typeof targetGroupIdSchema>;

/** The charter survey's scale, plus the two answers that are left out of every average. */
export const ratingValues = [
  'fully',
  'partly',
  'not_at_all',
  'not_applicable',
  'not_assessed',
] as const;
export const ratingValueSchema = z.enum(ratingValues);
export type RatingValue = z.infer<typeof ratingValueSchema>;

export const scoredRatingValues = ['fully', 'partly', 'not_at_all'] as const;
export const unscoredRatingValues = ['not_applicable', 'not_assessed'] as const;

export const trendStatuses = ['established', 'emerging', 'not_observed'] as const;
export const trendStatusSchema = z.enum(trendStatuses);
/** How far a key trend is visible in a city's practice. */
export type TrendStatus = z.infer<typeof trendStatusSchema>;
