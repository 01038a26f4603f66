/** Around each page: a loading state while data arrives, and an error message with retry. */
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { LoadingState } from '../components/loading-state';
import { RouteErrorMessage } from './route-error-page';

export function PageBoundary({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          resetKeys={[location.pathname]}
          fallbackRender={({ error, resetErrorBoundary }) => (
            <RouteErrorMessage error={error} onRetry={resetErrorBoundary} />
          )}
        >
          <Suspense fallback={<LoadingState label={t('app.loading')} />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
