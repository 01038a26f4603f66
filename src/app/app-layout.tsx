/**
 * The app's shell: header with product, navigation, and who is signed in with sign-out (or,
 * for a visitor, a way to sign in); main; footer. Visitors read every public page; pages they
 * cannot use send them to sign in from their own boundary (useSession).
 */
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from 'react-error-boundary';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { SampleDataNotice } from '../components/sample-data-notice';
import { CHARTER_URL } from '../domain/charter';
import { isUnauthenticated } from '../data/api-error';
import { useViewer } from '../data/query-hooks';
import { env } from '../lib/env';
import { paths } from '../lib/paths';
import { AppHeader } from './app-header';
import { PageBoundary } from './page-boundary';
import { SignOutButton } from './sign-out-button';

/** Who is signed in, with sign-out; for a visitor, "Sign in", coming back to this page. */
function SignedInUser() {
  const { t } = useTranslation();
  const user = useViewer();
  const location = useLocation();
  if (user === null) {
    return (
      <div className="signed-in-user">
        {/* Drawn as sign-out is, in the dark header and in the phone's menu alike. */}
        <Link className="button button--secondary" to={paths.signInFrom(location)}>
          {t('session.signInLink')}
        </Link>
      </div>
    );
  }
  return (
    <div className="signed-in-user">
      <span>
        {t('session.signedInAs', { name: user.name, role: t(`users.roles.${user.role}`) })}
      </span>
      <SignOutButton userId={user.id} />
    </div>
  );
}

/**
 * A session that is no longer valid (401) goes to sign in and back, as on every page; the
 * header shows nothing else when who is signed in cannot be known.
 */
function SessionBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return (
    <ErrorBoundary
      fallbackRender={({ error }) =>
        isUnauthenticated(error) ? <Navigate to={paths.signInFrom(location)} replace /> : null
      }
    >
      {children}
    </ErrorBoundary>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader
        signedInUser={
          <SessionBoundary>
            <Suspense fallback={null}>
              <SignedInUser />
            </Suspense>
          </SessionBoundary>
        }
      />
      <main id="main" className="page" tabIndex={-1}>
        <PageBoundary>
          <Outlet />
        </PageBoundary>
      </main>
      <footer className="app-footer">
        {env.mockApi && <SampleDataNotice />}
        <p>
          <a href={CHARTER_URL}>{t('app.charterLink')}</a>
        </p>
      </footer>
    </div>
  );
}
