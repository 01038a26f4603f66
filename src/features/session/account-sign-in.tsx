/**
 * Signing in to a real account: e-mail and password, or a one-time link by e-mail, or a link to
 * choose a new password. The session then lives in a cookie the page cannot read.
 */
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../data/api-error';
import {
  useRequestPasswordReset,
  useRequestSignInLink,
  useSignInWithPassword,
} from '../../data/account-mutations';

type Sent = { kind: 'link' | 'reset'; email: string } | null;

export function AccountSignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const signIn = useSignInWithPassword();
  const sendLink = useRequestSignInLink();
  const sendReset = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const [sent, setSent] = useState<Sent>(null);

  function emailMissing(): boolean {
    if (email.trim() !== '') return false;
    setErrors({ email: t('accounts.emailRequired') });
    return true;
  }

  function handleSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(null);
    const next = {
      ...(email.trim() === '' ? { email: t('accounts.emailRequired') } : {}),
      ...(password === '' ? { password: t('accounts.passwordRequired') } : {}),
    };
    setErrors(next);
    if (next.email !== undefined || next.password !== undefined) return;
    // Not mutate's own callbacks: signing in clears the cache this page reads, so the page
    // may suspend and be gone before they would run.
    signIn
      .mutateAsync({ email: email.trim(), password })
      .then(onSignedIn)
      .catch(() => undefined);
  }

  function ask(kind: 'link' | 'reset') {
    signIn.reset();
    if (emailMissing()) return;
    setErrors({});
    const mutation = kind === 'link' ? sendLink : sendReset;
    mutation.mutate(email.trim(), {
      onSuccess: () => {
        setSent({ kind, email: email.trim() });
      },
    });
  }

  function signInError(): string | null {
    const error = signIn.error;
    if (!error) return null;
    if (isApiError(error) && error.status === 429) {
      const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 900) / 60));
      return t('accounts.rateLimited', { minutes });
    }
    if (isApiError(error) && error.status === 401) return t('accounts.wrongCredentials');
    return t('accounts.failed');
  }
  const formError = signInError();
  const askFailed = sendLink.isError || sendReset.isError;

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('accounts.signInTitle')}</h2>
      <form onSubmit={handleSubmit} noValidate>
        <div className="form-field">
          <label htmlFor={`${id}-email`}>{t('accounts.emailLabel')}</label>
          <input
            id={`${id}-email`}
            type="email"
            autoComplete="username"
            value={email}
            aria-invalid={errors.email !== undefined}
            aria-describedby={errors.email === undefined ? undefined : `${id}-email-error`}
            onChange={(event) => {
              setEmail(event.target.value);
            }}
          />
          {errors.email !== undefined && (
            <p id={`${id}-email-error`} className="field-error">
              {errors.email}
            </p>
          )}
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-password`}>{t('accounts.passwordLabel')}</label>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="current-password"
            value={password}
            aria-invalid={errors.password !== undefined}
            aria-describedby={errors.password === undefined ? undefined : `${id}-password-error`}
            onChange={(event) => {
              setPassword(event.target.value);
            }}
          />
          {errors.password !== undefined && (
            <p id={`${id}-password-error`} className="field-error">
              {errors.password}
            </p>
          )}
        </div>
        {formError !== null && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <button type="submit" className="button" disabled={signIn.isPending}>
          {signIn.isPending ? t('accounts.signingIn') : t('accounts.signIn')}
        </button>
      </form>
      <h3>{t('accounts.otherWays')}</h3>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          disabled={sendLink.isPending}
          onClick={() => {
            ask('link');
          }}
        >
          {t('accounts.sendLink')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={sendReset.isPending}
          onClick={() => {
            ask('reset');
          }}
        >
          {t('accounts.forgotPassword')}
        </button>
      </div>
      <div role="status">
        {sent !== null && (
          <p className="notice">
            {t(sent.kind === 'link' ? 'accounts.linkSent' : 'accounts.resetSent', {
              email: sent.email,
            })}
          </p>
        )}
        {askFailed && <p className="form-error">{t('accounts.failed')}</p>}
      </div>
    </section>
  );
}
