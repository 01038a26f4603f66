import type { TFunction } from 'i18next';
import { roleIds } from '../../domain/charter';
import { formatCount, formatList } from '../../lib/format';
import { MAX_COMPARED_CITIES } from './compare-params';
import type { ComparedCity } from './comparison';
import type { RoleSeries } from './role-series';

/**
 * Says which compared cities have no approved assessment in the round — by name when few,
 * by number when many — or nothing when all have one.
 */
export function missingSentence(
  t: TFunction,
  members: readonly ComparedCity[],
  year: string,
): string {
  const missing = members.filter((member) => !member.row);
  if (missing.length === 0) return '';
  if (members.length <= MAX_COMPARED_CITIES) {
    return t('compare.missingList', {
      year,
      cities: formatList(missing.map(({ city }) => city.name)),
    });
  }
  return t('compare.missingCount', {
    year,
    count: missing.length,
    number: formatCount(missing.length),
  });
}

/**
 * Says, role by role, which assessed cities have no score for it and why (e.g. "No score for
 * Buyer of goods and services: Utrecht (not assessed, not applicable)."), or nothing.
 */
export function unscoredRolesSentence(t: TFunction, series: readonly RoleSeries[]): string {
  return roleIds
    .flatMap((role) => {
      const cities = series.filter(
        (entry) => entry.assessed && entry.unscoredByRole[role].length > 0,
      );
      if (cities.length === 0) return [];
      return [
        t('compare.unscoredRole', {
          role: t(`roles.${role}.name`),
          cities: formatList(
            cities.map((entry) =>
              t('compare.unscoredCity', {
                city: entry.name,
                reasons: formatList(
                  entry.unscoredByRole[role].map((reason) => t(`scores.unscoredReasons.${reason}`)),
                ),
              }),
            ),
          ),
        }),
      ];
    })
    .join(' ');
}
