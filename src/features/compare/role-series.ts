/**
 * The series of the role charts (profile and bars): one per city when there are few enough to
 * tell apart, otherwise the group's average, each city counting once.
 */
import type { TFunction } from 'i18next';
import { roleIds, type RoleId } from '../../domain/charter';
import { averageScores, unscoredReasons, type UnscoredReason } from '../../domain/scoring';
import { MAX_COMPARED_CITIES } from '../../lib/address-state/compare';
import type { ComparedCity } from './comparison';

export interface RoleSeries {
  id: string;
  name: string;
  byRole: Record<RoleId, number | null>;
  overall: number | null;
  /** False for a city without an approved assessment in the round: it has no score at all. */
  assessed: boolean;
  /** Why a role of an assessed city has no score; empty where it has one (and for averages). */
  unscoredByRole: Record<RoleId, UnscoredReason[]>;
}

const noRoleScores = Object.fromEntries(roleIds.map((role) => [role, null])) as Record<
  RoleId,
  null
>;
const noReasons = Object.fromEntries(roleIds.map((role) => [role, []])) as Record<RoleId, []>;

export function roleSeriesOf(
  members: readonly ComparedCity[],
  averageName: string,
): { series: RoleSeries[]; averaged: boolean } {
  if (members.length <= MAX_COMPARED_CITIES) {
    return {
      averaged: false,
      series: members.map(({ city, name, row, summary }) => ({
        id: city.id,
        name,
        byRole: summary?.byRole ?? noRoleScores,
        overall: summary?.overall ?? null,
        assessed: row !== undefined,
        unscoredByRole: row
          ? (Object.fromEntries(
              roleIds.map((role) => [role, unscoredReasons(row.ratings, role)]),
            ) as Record<RoleId, UnscoredReason[]>)
          : noReasons,
      })),
    };
  }
  const average = averageScores(members.flatMap(({ row }) => (row ? [row.ratings] : [])));
  return {
    averaged: true,
    series: [
      {
        id: 'average',
        name: averageName,
        byRole: average.byRole,
        overall: average.overall,
        assessed: true,
        unscoredByRole: noReasons,
      },
    ],
  };
}

/** What a missing score of the series is called at its place: "no assessment" or "no score". */
export function missingScoreLabel(t: TFunction, entry: RoleSeries): string {
  return entry.assessed ? t('scores.missing') : t('scores.noAssessment');
}
