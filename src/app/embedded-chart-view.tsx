/**
 * One chart of a page, alone: the page renders as in its full view, with the same address
 * state, but in a hidden container (not shown, not in the accessibility tree); the frame of the
 * chart asked for draws itself into the visible area (chart-frame, embed-context).
 *
 * Whether a page has that chart is known only once it has rendered with its data: if no frame
 * has claimed the chart when the page is shown and nothing is being fetched any more, the chart
 * does not exist (for this state). A short grace period covers a chart whose data arrived but
 * which React has not shown yet.
 */
import { QueryErrorResetBoundary, useIsFetching } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { EmbedContext, type EmbeddedChart } from '../components/embed-context';
import { FullViewLink } from '../components/full-view-link';
import { LoadingState } from '../components/loading-state';
import { isApiError } from '../data/api-error';

/** How long a shown, settled page may take to show the chart before it is said not to exist. */
const NO_CHART_AFTER_MS = 1000;

interface EmbeddedChartViewProps {
  page: string;
  chart: string;
  fullViewPath: string;
}

export function EmbeddedChartView({ page, chart, fullViewPath }: EmbeddedChartViewProps) {
  const { t } = useTranslation();
  const [area, setArea] = useState<HTMLDivElement | null>(null);
  const [claims, setClaims] = useState(0);
  const [pageShown, setPageShown] = useState(false);
  const [noChart, setNoChart] = useState(false);
  const fetching = useIsFetching();
  const claim = useCallback(() => {
    setClaims((count) => count + 1);
    return () => {
      setClaims((count) => count - 1);
    };
  }, []);
  const showPage = useCallback(() => {
    setPageShown(true);
  }, []);
  const embed = useMemo<EmbeddedChart>(
    () => ({ page, chart, area, fullViewPath, claim }),
    [page, chart, area, fullViewPath, claim],
  );
  useEffect(() => {
    if (!pageShown || claims > 0 || fetching > 0) return;
    const timer = setTimeout(() => {
      setNoChart(true);
    }, NO_CHART_AFTER_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [pageShown, claims, fetching]);

  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallbackRender={({ error, resetErrorBoundary }) =>
            isApiError(error) && error.status === 404 ? (
              <MissingChart message={t('embed.notFound')} fullViewPath={fullViewPath} />
            ) : (
              <MissingChart message={t('embed.failed')} fullViewPath={fullViewPath}>
                <button type="button" className="button" onClick={resetErrorBoundary}>
                  {t('errors.retry')}
                </button>
              </MissingChart>
            )
          }
        >
          <div ref={setArea} className="embed__chart" />
          {claims === 0 &&
            (noChart ? (
              <MissingChart message={t('embed.notFound')} fullViewPath={fullViewPath}>
                <p>{t('embed.notFoundHint')}</p>
              </MissingChart>
            ) : (
              <LoadingState label={t('chart.loading')} />
            ))}
          <div hidden>
            <EmbedContext value={embed}>
              <Suspense fallback={null}>
                <Outlet />
                <PageShown onShown={showPage} />
              </Suspense>
            </EmbedContext>
          </div>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

/** Commits with the page's content, so only once the page no longer waits for its data. */
function PageShown({ onShown }: { onShown: () => void }) {
  useEffect(onShown, [onShown]);
  return null;
}

interface MissingChartProps {
  message: string;
  /** The full view, when the page is known: it may show what the embed cannot. */
  fullViewPath?: string;
  children?: ReactNode;
}

/** Instead of the chart: why it is not shown, and the way to the full view if there is one. */
export function MissingChart({ message, fullViewPath, children }: MissingChartProps) {
  return (
    <div className="embed__missing">
      <h1>{message}</h1>
      {children}
      {fullViewPath !== undefined && (
        <p>
          <FullViewLink fullViewPath={fullViewPath} />
        </p>
      )}
    </div>
  );
}
