/**
 * The layout of /embed: one chart for another site's iframe, without the app's header,
 * navigation, footer or sign-in wall. It never asks who is signed in; the page beneath asks
 * for what it needs, as it does in the full view.
 */
import { useTranslation } from 'react-i18next';
import { useLocation, useMatches, useParams } from 'react-router';
import { fullViewPathFor } from '../lib/embed-address';
import { isEmbedHandle } from './embed-handle';
import { EmbeddedChartView, MissingChart } from './embedded-chart-view';

export function EmbedLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const { chart } = useParams();
  const page = useMatches().findLast((match) => isEmbedHandle(match.handle))?.handle;
  return (
    <main id="main" className="embed">
      {isEmbedHandle(page) && chart ? (
        <EmbeddedChartView
          // Another chart is another embed: nothing of the last one is kept. A change of state
          // alone (a control inside the chart) keeps it, e.g. its table shown.
          key={location.pathname}
          page={page.embeddedPage}
          chart={chart}
          fullViewPath={fullViewPathFor(location)}
        />
      ) : (
        <MissingChart message={t('embed.notFound')} />
      )}
    </main>
  );
}
