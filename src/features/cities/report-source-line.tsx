/**
 * "Source: Charter Monitor, <data source>, as of <today>" for a printed report, which leaves
 * the app (and its footer notice) behind; the data source is named as exported figures name it.
 * If the demo API cannot say which data set it serves, the line says only that it is the demo's.
 */
import { Suspense } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { dataSourceName } from '../../components/figure-source';
import { useDataSource } from '../../data/data-source-context';
import { useDemoDataSet } from '../../data/query-hooks';
import { env } from '../../lib/env';
import { formatDate } from '../../lib/format';

function SourceLine({ source }: { source: string }) {
  const { t } = useTranslation();
  return (
    <p className="city-report__source">
      {t('cityReport.source', { source, date: formatDate(new Date().toISOString()) })}
    </p>
  );
}

function DemoSourceLine() {
  const { t } = useTranslation();
  const { dataSet } = useDemoDataSet();
  return <SourceLine source={dataSourceName(t, { kind: 'demo', dataSet })} />;
}

export function ReportSourceLine() {
  const { t } = useTranslation();
  const { baseUrl } = useDataSource().description;
  if (!env.mockApi) {
    return <SourceLine source={dataSourceName(t, { kind: 'api', baseUrl })} />;
  }
  const general = <SourceLine source={dataSourceName(t, { kind: 'demo', dataSet: null })} />;
  return (
    <ErrorBoundary fallback={general}>
      <Suspense fallback={general}>
        <DemoSourceLine />
      </Suspense>
    </ErrorBoundary>
  );
}
