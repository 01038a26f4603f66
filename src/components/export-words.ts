/**
 * The words exported files carry besides the chart's own, in the current UI language: the unit
 * a column's header names, and an XLSX workbook's sheet names and labels. Shared by a chart's
 * export menu and the round pack.
 */
import { useTranslation } from 'react-i18next';
import type { ChartColumn } from '../lib/chart-data';
import type { WorkbookWords } from '../lib/export/chart-xlsx';

/** The unit a column of this kind has when it does not name its own. */
export function useUnitOf(): (column: ChartColumn) => string {
  const { t } = useTranslation();
  return (column) => {
    switch (column.kind) {
      case 'score':
        return t('export.units.score');
      case 'scoreChange':
        return t('export.units.scoreChange');
      case 'percent':
        return t('export.units.percent');
      default:
        return '';
    }
  };
}

/** An XLSX workbook's sheet names ("Data", "About") and the labels of its "About" sheet. */
export function useWorkbookWords(): WorkbookWords {
  const { t } = useTranslation();
  return {
    dataSheet: t('export.workbook.dataSheet'),
    aboutSheet: t('export.workbook.aboutSheet'),
    title: t('export.workbook.title'),
    subtitle: t('export.workbook.subtitle'),
    summary: t('export.workbook.summary'),
    note: t('export.workbook.note'),
    source: t('export.workbook.source'),
    sampleNote: t('export.workbook.sampleNote'),
    exportedOn: t('export.workbook.exportedOn'),
  };
}
