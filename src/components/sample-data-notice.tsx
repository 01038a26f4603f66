import { Trans } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../lib/paths';

/** Says plainly that the demo's scores are invented, wherever they are shown. */
export function SampleDataNotice() {
  return (
    <p className="sample-data-notice">
      <Trans
        i18nKey="demo.sampleDataNotice"
        components={{ settings: <Link to={paths.settings} /> }}
      />
    </p>
  );
}
