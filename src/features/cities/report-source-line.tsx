/**
 * "Source: Charter Monitor, <data source>, as of <today>" for a printed report, which leaves
 * the app (and its footer notice) behind. The demo names its data set; if the demo API cannot
 * say which, the line says only that the data is the demo's.
 */
import { Suspense } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
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
  return (
    <SourceLine
      source={t('cityReport.sources.demo', { name: t(`settings.dataSet.names.${dataSet}`) })}
    />
  );
}

export function ReportSourceLine() {
  const { t } = useTranslation();
  const { baseUrl } = useDataSource().description;
  if (!env.mockApi) {
    return <SourceLine source={t('cityReport.sources.api', { address: baseUrl })} />;
  }
  const general = <SourceLine source={t('cityReport.sources.demoUnknown')} />;
  return (
    <ErrorBoundary fallback={general}>
      <Suspense fallback={general}>
        <DemoSourceLine />
      </Suspense>
    </ErrorBoundary>
  );
}
