/**
 * The series of the role charts (profile and bars): one per city when there are few enough to
 * tell apart, otherwise the group's average, each city counting once.
 */
import { roleIds, type RoleId } from '../../domain/charter';
import { averageScores } from '../../domain/scoring';
import { MAX_COMPARED_CITIES } from './compare-params';
import type { ComparedCity } from './comparison';

export interface RoleSeries {
  id: string;
  name: string;
  byRole: Record<RoleId, number | null>;
  overall: number | null;
}

const noRoleScores = Object.fromEntries(roleIds.map((role) => [role, null])) as Record<
  RoleId,
  null
>;

export function roleSeriesOf(
  members: readonly ComparedCity[],
  averageName: string,
): { series: RoleSeries[]; averaged: boolean } {
  if (members.length <= MAX_COMPARED_CITIES) {
    return {
      averaged: false,
      series: members.map(({ city, summary }) => ({
        id: city.id,
        name: city.name,
        byRole: summary?.byRole ?? noRoleScores,
        overall: summary?.overall ?? null,
      })),
    };
  }
  const average = averageScores(members.flatMap(({ row }) => (row ? [row.ratings] : [])));
  return {
    averaged: true,
    series: [
      { id: 'average', name: averageName, byRole: average.byRole, overall: average.overall },
    ],
  };
}
