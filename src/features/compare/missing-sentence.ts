import type { TFunction } from 'i18next';
import { roleIds } from '../../domain/charter';
import type { UnscoredReason } from '../../domain/scoring';
import { formatCount, formatList } from '../../lib/format';
import { MAX_COMPARED_CITIES } from '../../lib/address-state/compare';
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
      cities: formatList(missing.map(({ name }) => name)),
    });
  }
  return t('compare.missingCount', {
    year,
    count: missing.length,
    number: formatCount(missing.length),
  });
}

/** A city without a score for a measure, and why its commitments do not count. */
export interface UnscoredCity {
  name: string;
  reasons: readonly UnscoredReason[];
}

/** The cities without a score, each with why, e.g. "Utrecht (not assessed and not applicable)". */
export function unscoredCityList(t: TFunction, cities: readonly UnscoredCity[]): string {
  return formatList(
    cities.map(({ name, reasons }) =>
      t('compare.unscoredCity', {
        city: name,
        reasons: formatList(reasons.map((reason) => t(`scores.unscoredReasons.${reason}`))),
      }),
    ),
  );
}

/**
 * Says, role by role, which assessed cities have no score for it and why (e.g. "No score for
 * Buyer of goods and services: Utrecht (not assessed and not applicable)."), or nothing.
 */
export function unscoredRolesSentence(t: TFunction, series: readonly RoleSeries[]): string {
  return roleIds
    .flatMap((role) => {
      const cities = series
        .filter((entry) => entry.assessed && entry.unscoredByRole[role].length > 0)
        .map((entry) => ({ name: entry.name, reasons: entry.unscoredByRole[role] }));
      return cities.length === 0
        ? []
        : [
            t('compare.unscoredRole', {
              role: t(`roles.${role}.name`),
              cities: unscoredCityList(t, cities),
            }),
          ];
    })
    .join(' ');
}
