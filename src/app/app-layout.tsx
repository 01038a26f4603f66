/** The signed-in shell: header with product, navigation, user and sign-out; main; footer. */
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { SampleDataNotice } from '../components/sample-data-notice';
import { CHARTER_URL } from '../domain/charter';
import { useSession } from '../data/query-hooks';
import { useSessionTokenStore } from '../data/session-token-store';
import { env } from '../lib/env';
import { AppHeader } from './app-header';
import { PageBoundary } from './page-boundary';
import { signInPathFor } from './route-error-page';
import { SignOutButton } from './sign-out-button';

function SignedInUser() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <div className="signed-in-user">
      <span>
        {t('session.signedInAs', { name: user.name, role: t(`users.roles.${user.role}`) })}
      </span>
      <SignOutButton userId={user.id} />
    </div>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const token = useSessionTokenStore((state) => state.token);
  const location = useLocation();
  if (!token) return <Navigate to={signInPathFor(location)} replace />;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader
        signedInUser={
          <Suspense fallback={null}>
            <SignedInUser />
          </Suspense>
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
