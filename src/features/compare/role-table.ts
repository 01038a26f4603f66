import type { TFunction } from 'i18next';
import { roleIds } from '../../domain/charter';
import type { ChartData } from '../../lib/chart-data';
import { missingScoreLabel, type RoleSeries } from './role-series';

/** The role charts' numbers: each series' score per role, and overall. */
export function roleTable(t: TFunction, series: readonly RoleSeries[]): ChartData {
  return {
    columns: [
      { id: 'city', header: t('compare.cityAxis'), kind: 'label' },
      ...roleIds.map((role) => ({
        id: role,
        header: t(`roles.${role}.name`),
        kind: 'score' as const,
      })),
      { id: 'overall', header: t('scores.overall'), kind: 'score' },
    ],
    rows: series.map((entry) => {
      const values = [entry.name, ...roleIds.map((role) => entry.byRole[role]), entry.overall];
      const missing = missingScoreLabel(t, entry);
      return {
        id: entry.id,
        values,
        missingLabels: values.map((value) => (value === null ? missing : undefined)),
      };
    }),
  };
}
