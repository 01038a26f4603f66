/**
 * Everything under /admin: coordinators only. Anyone else signed in is told so (the API would
 * refuse them anyway); a visitor is sent to sign in by the page boundary (useSession).
 */
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { canAdminister } from '../../domain/permissions';
import { useSession } from '../../data/query-hooks';
import { paths } from '../../lib/paths';

export function AdminLayout() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { pathname } = useLocation();
  if (!canAdminister(user)) {
    return (
      <>
        <h1>{t('admin.title')}</h1>
        <p>{t('admin.coordinatorsOnly')}</p>
        <p>
          <Link to={paths.overview}>{t('review.backToOverview')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      {pathname.replace(/\/$/, '') !== paths.admin && (
        <nav aria-label={t('admin.sectionsLabel')} className="admin-breadcrumb">
          <Link to={paths.admin}>{t('admin.back')}</Link>
        </nav>
      )}
      <Outlet />
    </>
  );
}
