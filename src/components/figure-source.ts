/**
 * What an exported figure names as its source, and whether it is the demo's sample data:
 * asked at export time (not while rendering), so chart frames never wait for it.
 */
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useDataSource } from '../data/data-source-context';
import { demoQueries } from '../data/queries';
import type { DemoDataSetId } from '../domain/demo-data-set';
import { env } from '../lib/env';
import { formatDate } from '../lib/format';

export interface FigureSource {
  /** "Source: Charter Monitor, sample signatories (demo data), exported 23 Nov 2026". */
  sourceLine: string;
  /** Set when the figure shows the demo's invented data. */
  sampleNote: string | undefined;
  exportedAt: Date;
}

/**
 * The data source as figures and printed reports name it: the API's address, or the demo's data
 * set (`null`: the demo could not say which).
 */
export function dataSourceName(
  t: TFunction,
  source: { kind: 'api'; baseUrl: string } | { kind: 'demo'; dataSet: DemoDataSetId | null },
): string {
  if (source.kind === 'api') return t('export.dataSources.http', { baseUrl: source.baseUrl });
  return source.dataSet ? t(`export.dataSources.${source.dataSet}`) : t('export.dataSources.demo');
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
          dataSource: dataSourceName(t, { kind: 'api', baseUrl: dataSource.description.baseUrl }),
          date,
        }),
        sampleNote: undefined,
        exportedAt,
      };
    }
    const { dataSet } = await queryClient.query(demoQueries.dataSet(dataSource));
    return {
      sourceLine: t('export.sourceLine', {
        dataSource: dataSourceName(t, { kind: 'demo', dataSet }),
        date,
      }),
      sampleNote: t('export.sampleNote'),
      exportedAt,
    };
  };
}
