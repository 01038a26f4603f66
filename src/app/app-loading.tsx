import { useTranslation } from 'react-i18next';
import { LoadingState } from '../components/loading-state';

/**
 * Shown while the first page's code and data arrive: the header's bar as index.html paints it
 * before any script has run, so the page keeps its frame, and the loading line.
 */
export function AppLoading() {
  const { t } = useTranslation();
  return (
    <>
      <header className="app-boot">{t('app.name')}</header>
      <main id="main" className="page">
        <LoadingState label={t('app.loading')} />
      </main>
    </>
  );
}

/** Shown while an embedded chart's code and data arrive: the loading line alone, in the other site's frame. */
export function EmbedLoading() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page">
      <LoadingState label={t('app.loading')} />
    </main>
  );
}
