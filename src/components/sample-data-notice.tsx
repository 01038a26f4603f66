import { Suspense, type ReactElement } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { Trans } from 'react-i18next';
import { Link } from 'react-router';
import { useDemoDataSet } from '../data/query-hooks';
import { formatCount } from '../lib/format';
import { paths } from '../lib/paths';

function settingsLink(): ReactElement {
  return <Link to={paths.settings} />;
}

/**
 * Says plainly that the demo's scores are invented, wherever they are shown, and which data
 * set is shown. Until the demo API has said which (or if it cannot), the general notice.
 */
export function SampleDataNotice() {
  const general = (
    <p className="sample-data-notice">
      <Trans i18nKey="demo.sampleDataNotice" components={{ settings: settingsLink() }} />
    </p>
  );
  return (
    <ErrorBoundary fallback={general}>
      <Suspense fallback={general}>
        <DataSetNotice />
      </Suspense>
    </ErrorBoundary>
  );
}

function DataSetNotice() {
  const { dataSet, cityCount } = useDemoDataSet();
  return (
    <p className="sample-data-notice">
      <Trans
        i18nKey={`demo.dataSetNotice.${dataSet}`}
        values={{ cities: formatCount(cityCount) }}
        components={{ settings: settingsLink() }}
      />
    </p>
  );
}
