/**
 * What a route shows when it fails: a clear message and a way to try again. An expired
 * session is not an error to show: it leads back to sign-in; and what does not exist gets a
 * not-found page with a way back, since trying again cannot help.
 */
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, Navigate, useLocation, useRouteError } from 'react-router';
import { isApiError, isUnauthenticated } from '../data/api-error';
import { paths } from '../lib/paths';
import { NotFoundPage } from './not-found-page';

/** What went wrong, as far as the person can act on it. */
function errorMessageKey(error: unknown) {
  if (!isApiError(error)) return 'errors.generic';
  if (error.code === 'timeout') return 'errors.timeout';
  if (error.code === 'network_error') return 'errors.network';
  return 'errors.generic';
}

interface RouteErrorMessageProps {
  error: unknown;
  onRetry: () => void;
}

export function RouteErrorMessage({ error, onRetry }: RouteErrorMessageProps) {
  const { t } = useTranslation();
  const location = useLocation();
  if (isUnauthenticated(error)) return <Navigate to={paths.signInFrom(location)} replace />;
  if ((isApiError(error) || isRouteErrorResponse(error)) && error.status === 404) {
    return <NotFoundPage />;
  }
  if (isApiError(error) && error.status === 403) return <ForbiddenMessage />;
  const message = t(errorMessageKey(error));
  return (
    <div className="route-error" role="alert">
      <h1>{t('errors.title')}</h1>
      <p>{message}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('errors.retry')}
      </button>
    </div>
  );
}

/**
 * A page the signed-in person's role may not open (e.g. another city's draft): trying again
 * cannot help, so the way onward is the overview; the tab says it too.
 */
function ForbiddenMessage() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.documentTitle', { page: t('errors.forbiddenTitle') });
  }, [t]);
  return (
    <div className="route-error" role="alert">
      <h1>{t('errors.forbiddenTitle')}</h1>
      <p>{t('errors.forbidden')}</p>
      <p>
        <Link to={paths.overview}>{t('errors.toOverview')}</Link>
      </p>
    </div>
  );
}

/** The router's boundary, for failures outside a page's own boundary (e.g. a chunk that did not load). */
export function RouteErrorPage() {
  const error = useRouteError();
  const queryClient = useQueryClient();
  return (
    <main id="main" className="page">
      <RouteErrorMessage
        error={error}
        onRetry={() => {
          void queryClient.resetQueries({ predicate: (query) => query.state.status === 'error' });
          window.location.reload();
        }}
      />
    </main>
  );
}
