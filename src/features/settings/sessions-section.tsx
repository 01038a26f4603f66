/**
 * The person's own sessions: sign out everywhere (every device, this one included); and, for a
 * coordinator, the way to the administration of users.
 */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSignOutEverywhere } from '../../data/account-mutations';
import { useSession } from '../../data/query-hooks';
import { canReviewAssessments } from '../../domain/permissions';
import { paths } from '../../lib/paths';

export function SessionsSection() {
  const { t } = useTranslation();
  const { user } = useSession();
  const signOutEverywhere = useSignOutEverywhere();
  const navigate = useNavigate();
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('accounts.signOutEverywhereTitle')}</h2>
      {canReviewAssessments(user) && (
        <p>
          <Link to={paths.adminUsers}>{t('accounts.adminUsersLink')}</Link>
        </p>
      )}
      <p>{t('accounts.signOutEverywhereText')}</p>
      {signOutEverywhere.isError && (
        <p className="form-error" role="alert">
          {t('accounts.failed')}
        </p>
      )}
      <button
        type="button"
        className="button"
        disabled={signOutEverywhere.isPending}
        onClick={() => {
          // Not mutate's own callbacks: this page is gone once the session is cleared.
          void signOutEverywhere
            .mutateAsync()
            .then(() => navigate(paths.signIn, { replace: true }))
            .catch(() => undefined);
        }}
      >
        {t('accounts.signOutEverywhere')}
      </button>
    </section>
  );
}
