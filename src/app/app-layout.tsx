/** The signed-in shell: header with product, user and sign-out; navigation; main; footer. */
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { SampleDataNotice } from '../components/sample-data-notice';
import { CHARTER_URL } from '../domain/charter';
import { useSession } from '../data/query-hooks';
import { useSessionTokenStore } from '../data/session-token-store';
import { env } from '../lib/env';
import { paths } from '../lib/paths';
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

const navigation = [
  { to: paths.overview, key: 'nav.overview', end: true },
  { to: paths.cities, key: 'nav.cities', end: false },
  { to: paths.compare, key: 'nav.compare', end: false },
  { to: paths.trends, key: 'nav.trends', end: false },
  { to: paths.review, key: 'nav.review', end: false },
  { to: paths.settings, key: 'nav.settings', end: false },
] as const;

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
      <header className="app-header">
        <Link to={paths.overview} className="app-header__product">
          {t('app.name')}
        </Link>
        <Suspense fallback={null}>
          <SignedInUser />
        </Suspense>
      </header>
      <nav className="app-nav" aria-label={t('nav.label')}>
        <ul>
          {navigation.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end}>
                {t(item.key)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
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
