/**
 * What an exported figure names as its source, and whether it is the demo's sample data:
 * asked at export time (not while rendering), so chart frames never wait for it. An embedded
 * chart shows the same source under it (`useShownSource`).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
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

/** A source line and sample note: the demo's data set is `undefined` outside the demo. */
function describeSource(
  t: TFunction,
  line: 'export.sourceLine' | 'embed.sourceLine',
  { baseUrl, dataSet }: { baseUrl: string; dataSet: DemoDataSetId | null | undefined },
  at: Date,
): Pick<FigureSource, 'sourceLine' | 'sampleNote'> {
  const source =
    dataSet === undefined
      ? dataSourceName(t, { kind: 'api', baseUrl })
      : dataSourceName(t, { kind: 'demo', dataSet });
  return {
    sourceLine: t(line, { dataSource: source, date: formatDate(at.toISOString()) }),
    sampleNote: dataSet === undefined ? undefined : t('export.sampleNote'),
  };
}

export function useFigureSource(): () => Promise<FigureSource> {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const dataSource = useDataSource();
  const baseUrl = dataSource.description.baseUrl;
  return async () => {
    const exportedAt = new Date();
    const dataSet = env.mockApi
      ? (await queryClient.query(demoQueries.dataSet(dataSource))).dataSet
      : undefined;
    return {
      ...describeSource(t, 'export.sourceLine', { baseUrl, dataSet }, exportedAt),
      exportedAt,
    };
  };
}

/**
 * The source line under an embedded chart, dated the day it is shown; `undefined` while the
 * demo's data set is being asked for (a failed answer names the demo's data in general).
 */
export function useShownSource(): Pick<FigureSource, 'sourceLine' | 'sampleNote'> | undefined {
  const { t } = useTranslation();
  const dataSource = useDataSource();
  const demoDataSet = useQuery({ ...demoQueries.dataSet(dataSource), enabled: env.mockApi });
  if (env.mockApi && demoDataSet.isPending) return undefined;
  const dataSet = env.mockApi ? (demoDataSet.data?.dataSet ?? null) : undefined;
  return describeSource(
    t,
    'embed.sourceLine',
    { baseUrl: dataSource.description.baseUrl, dataSet },
    new Date(),
  );
}
