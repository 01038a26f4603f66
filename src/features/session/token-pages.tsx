/**
 * The pages an e-mailed link opens, each with the link's one-time token in `?token=`: accepting
 * an invitation (choose a password), signing in with a link, choosing a new password.
 */
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { isApiError } from '../../data/api-error';
import {
  useAcceptInvitation,
  useResetPassword,
  useSignInWithLink,
} from '../../data/account-mutations';
import { MIN_PASSWORD_LENGTH } from '../../domain/account';
import { graphemeLength } from '../../domain/text-length';
import { paths } from '../../lib/paths';

function useToken(): string | null {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  return token === null || token === '' ? null : token;
}

/** The message for a failed token request: the link is spent, or something else went wrong. */
function useTokenError() {
  const { t } = useTranslation();
  return (error: Error | null): string | null => {
    if (!error) return null;
    return isApiError(error) && error.status === 404
      ? t('accounts.linkInvalid')
      : t('accounts.failed');
  };
}

function MissingToken() {
  const { t } = useTranslation();
  return (
    <p className="form-error" role="alert">
      {t('accounts.missingToken')}
    </p>
  );
}

/** A new password, checked for its length (in characters as people count them) before sending. */
function NewPasswordForm({
  submitLabel,
  pending,
  error,
  onSubmit,
}: {
  submitLabel: string;
  pending: boolean;
  error: string | null;
  onSubmit: (password: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [password, setPassword] = useState('');
  const [tooShort, setTooShort] = useState(false);

  function handleSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const short = graphemeLength(password) < MIN_PASSWORD_LENGTH;
    setTooShort(short);
    if (!short) onSubmit(password);
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <div className="form-field">
        <label htmlFor={`${id}-password`}>{t('accounts.newPasswordLabel')}</label>
        <p id={`${id}-hint`}>{t('accounts.passwordHint', { count: MIN_PASSWORD_LENGTH })}</p>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="new-password"
          value={password}
          aria-invalid={tooShort}
          aria-describedby={tooShort ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(event) => {
            setPassword(event.target.value);
          }}
        />
        {tooShort && (
          <p id={`${id}-error`} className="field-error">
            {t('accounts.passwordTooShort', { count: MIN_PASSWORD_LENGTH })}
          </p>
        )}
      </div>
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const token = useToken();
  const accept = useAcceptInvitation();
  const navigate = useNavigate();
  const errorOf = useTokenError();
  return (
    <div className="sign-in">
      <PageHeading title={t('accounts.invitationTitle')} />
      {token === null ? (
        <MissingToken />
      ) : (
        <>
          <p>{t('accounts.invitationIntro')}</p>
          <NewPasswordForm
            submitLabel={t('accounts.acceptInvitation')}
            pending={accept.isPending}
            error={errorOf(accept.error)}
            onSubmit={(password) => {
              // Not mutate's callbacks: signing in clears the cache, and may unmount this page.
              void accept
                .mutateAsync({ token, password })
                .then(() => navigate(paths.overview, { replace: true }))
                .catch(() => undefined);
            }}
          />
          <p>
            <Link to={paths.signIn}>{t('accounts.invitationLinkInstead')}</Link>
          </p>
        </>
      )}
    </div>
  );
}

export function LinkSignInPage() {
  const { t } = useTranslation();
  const token = useToken();
  const signIn = useSignInWithLink();
  const navigate = useNavigate();
  const errorOf = useTokenError();
  const error = errorOf(signIn.error);
  return (
    <div className="sign-in">
      <PageHeading title={t('accounts.linkTitle')} />
      {token === null ? (
        <MissingToken />
      ) : (
        <>
          <p>{t('accounts.linkIntro')}</p>
          {error !== null && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          {/* A button, not on load: a mail scanner opening the link must not spend it. */}
          <button
            type="button"
            className="button"
            disabled={signIn.isPending}
            onClick={() => {
              void signIn
                .mutateAsync(token)
                .then(() => navigate(paths.overview, { replace: true }))
                .catch(() => undefined);
            }}
          >
            {t('accounts.continue')}
          </button>
        </>
      )}
    </div>
  );
}

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useToken();
  const reset = useResetPassword();
  const errorOf = useTokenError();
  return (
    <div className="sign-in">
      <PageHeading title={t('accounts.resetTitle')} />
      {token === null && <MissingToken />}
      {token !== null && reset.isSuccess && (
        <div role="status">
          <p className="notice">{t('accounts.resetDone')}</p>
          <p>
            <Link to={paths.signIn}>{t('accounts.toSignIn')}</Link>
          </p>
        </div>
      )}
      {token !== null && !reset.isSuccess && (
        <>
          <p>{t('accounts.resetIntro')}</p>
          <NewPasswordForm
            submitLabel={t('accounts.resetSubmit')}
            pending={reset.isPending}
            error={errorOf(reset.error)}
            onSubmit={(password) => {
              reset.mutate({ token, password });
            }}
          />
        </>
      )}
    </div>
  );
}
