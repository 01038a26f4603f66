import type { TFunction } from 'i18next';
import type { ChartTable } from '../../components/chart-frame';
import { ScoreText } from '../../components/score-text';
import { roleIds } from '../../domain/charter';
import type { RoleSeries } from './role-series';

/** The role charts' table: each series' score per role, and overall. */
export function roleTable(t: TFunction, series: readonly RoleSeries[]): ChartTable {
  return {
    columns: [
      { id: 'city', header: t('compare.cityAxis') },
      ...roleIds.map((role) => ({ id: role, header: t(`roles.${role}.name`), numeric: true })),
      { id: 'overall', header: t('scores.overall'), numeric: true },
    ],
    rows: series.map((entry) => ({
      id: entry.id,
      cells: [
        entry.name,
        ...roleIds.map((role) => <ScoreText key={role} score={entry.byRole[role]} />),
        <ScoreText key="overall" score={entry.overall} />,
      ],
    })),
  };
}
