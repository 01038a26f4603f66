/**
 * What an exported figure names as its source, and whether it is the demo's sample data:
 * asked at export time (not while rendering), so chart frames never wait for it.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { env } from '../lib/env';
import { formatDate } from '../lib/format';
import { useDataSource } from './data-source-context';
import { demoQueries } from './queries';

export interface FigureSource {
  /** "Source: Charter Monitor, sample signatories (demo data), exported 23 Nov 2026". */
  sourceLine: string;
  /** Set when the figure shows the demo's invented data. */
  sampleNote: string | undefined;
  exportedAt: Date;
}

export function useFigureSource(): () => Promise<FigureSource> {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const dataSource = useDataSource();
  return async () => {
    const exportedAt = new Date();
    const date = formatDate(exportedAt.toISOString());
    if (!env.mockApi) {
      return {
        sourceLine: t('export.sourceLine', {
          dataSource: t('export.dataSources.http', { baseUrl: dataSource.description.baseUrl }),
          date,
        }),
        sampleNote: undefined,
        exportedAt,
      };
    }
    const { dataSet } = await queryClient.query(demoQueries.dataSet(dataSource));
    return {
      sourceLine: t('export.sourceLine', {
        dataSource: t(`export.dataSources.${dataSet}`),
        date,
      }),
      sampleNote: t('export.sampleNote'),
      exportedAt,
    };
  };
}
