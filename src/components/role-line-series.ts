import type { TFunction } from 'i18next';
import { roleIds } from '../domain/charter';

/** The four roles as a round line chart's series, each saying where it has no score. */
export function roleLineSeries(t: TFunction) {
  return roleIds.map((id) => ({
    id,
    label: t(`roles.${id}.name`),
    missingLabel: t('chart.missingPoint', {
      series: t(`roles.${id}.short`),
      missing: t('scores.missing'),
    }),
  }));
}
