import { useTranslation } from 'react-i18next';
import { LoadingState } from '../components/loading-state';

/** Shown while the first route's code arrives. */
export function AppLoading() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page">
      <LoadingState label={t('app.loading')} />
    </main>
  );
}
