/**
 * Signing in, in the ways the server offers (`GET /session/options`): a real account (e-mail
 * and password, or a link by e-mail; a cookie session), and/or the demo's picker of seeded
 * users, marked as a demo (a bearer token then travels on every request).
 */
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import type { DemoUser } from '../../domain/user';
import { isApiError } from '../../data/api-error';
import { useDemoUsers, useSessionOptions } from '../../data/query-hooks';
import { useSignIn } from '../../data/session-mutations';
import { paths } from '../../lib/paths';
import { useCityName } from '../../lib/use-city-name';
import { AccountSignIn } from './account-sign-in';

/**
 * Only same-app paths are followed after sign-in, never another site: `//host` and `/\host`
 * (which browsers read as `//host`) are refused.
 */
function safeNextPath(next: string | null): string {
  return next !== null && /^\/(?![/\\])/.test(next) ? next : paths.overview;
}

export function SignInPage() {
  const { t } = useTranslation();
  const options = useSessionOptions();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const goOn = () => {
    void navigate(safeNextPath(searchParams.get('next')), { replace: true });
  };
  return (
    <div className="sign-in">
      <PageHeading title={t('session.signInTitle')} />
      {options.accounts && <AccountSignIn onSignedIn={goOn} />}
      {options.demoSignIn && <DemoSignIn onSignedIn={goOn} />}
      {/* Signing in is a choice: the published results are open to everyone. */}
      <p>
        <Link to={paths.overview}>{t('session.readWithoutSignIn')}</Link>
      </p>
    </div>
  );
}

/** The demo's picker: sign in as one of the seeded users, no password. */
function DemoSignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const cityName = useCityName();
  const users = useDemoUsers();
  const signIn = useSignIn();
  const [selectedUserId, setSelectedUserId] = useState<string | null>(null);
  const [showChoiceError, setShowChoiceError] = useState(false);

  function describeUser(user: DemoUser): string {
    const role = t(`users.roles.${user.role}`);
    if (user.cityName === null) return role;
    const city = cityName({ name: user.cityName, names: user.cityNames ?? {} });
    return t('session.userWithCity', { role, city });
  }

  function handleSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!selectedUserId) {
      setShowChoiceError(true);
      return;
    }
    signIn.mutate(selectedUserId, { onSuccess: onSignedIn });
  }

  return (
    <section aria-labelledby="demo-sign-in-title">
      <h2 id="demo-sign-in-title">{t('accounts.demoTitle')}</h2>
      <p className="notice">{t('accounts.demoNotice')}</p>
      <p>{t('session.signInIntro')}</p>
      <form onSubmit={handleSubmit} noValidate>
        <fieldset aria-describedby={showChoiceError ? 'sign-in-choice-error' : undefined}>
          <legend>{t('session.chooseUser')}</legend>
          {showChoiceError && (
            <p id="sign-in-choice-error" className="field-error">
              {t('session.chooseUserError')}
            </p>
          )}
          <ul className="choice-list">
            {users.map((user) => (
              <li key={user.id}>
                <label>
                  <input
                    type="radio"
                    name="user"
                    value={user.id}
                    checked={selectedUserId === user.id}
                    onChange={() => {
                      setSelectedUserId(user.id);
                      setShowChoiceError(false);
                    }}
                  />
                  <span className="choice-list__name">{user.name}</span>
                  <span className="choice-list__detail">{describeUser(user)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        {signIn.isError && (
          <p className="form-error" role="alert">
            {isApiError(signIn.error) && signIn.error.status === 403
              ? t('session.accountDeactivated')
              : t('session.signInFailed')}
          </p>
        )}
        <button type="submit" className="button" disabled={signIn.isPending}>
          {signIn.isPending ? t('session.signingIn') : t('session.signIn')}
        </button>
      </form>
    </section>
  );
}
