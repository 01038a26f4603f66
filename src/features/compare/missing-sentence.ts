import type { TFunction } from 'i18next';
import { formatCount, formatList } from '../../lib/format';
import { MAX_COMPARED_CITIES } from './compare-params';
import type { ComparedCity } from './comparison';

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
