/**
 * The person's own sessions: sign out everywhere (every device, this one included); and, for a
 * coordinator, the way to the administration of users.
 */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSetNotifications, useSignOutEverywhere } from '../../data/account-mutations';
import { useOwnAccount, useSession } from '../../data/query-hooks';
import { canReviewAssessments } from '../../domain/permissions';
import { paths } from '../../lib/paths';

/** The person's own choice: notifications by e-mail, on or off (stored on their account). */
export function NotificationsSection() {
  const { t } = useTranslation();
  const account = useOwnAccount();
  const setNotifications = useSetNotifications();
  return (
    <section aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">{t('accounts.notificationsTitle')}</h2>
      <label className="field--inline">
        <input
          type="checkbox"
          checked={account.notificationsEnabled}
          disabled={setNotifications.isPending}
          onChange={(event) => {
            setNotifications.mutate(event.target.checked);
          }}
        />
        {t('accounts.notificationsLabel')}
      </label>
      <p role="status">
        {setNotifications.isSuccess && t('accounts.notificationsSaved')}
        {setNotifications.isError && t('accounts.failed')}
      </p>
    </section>
  );
}

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
