/**
 * Asks before leaving while edits have not reached the server: the browser's own prompt for a
 * reload or a closed tab, and this dialog for a move inside the app. (The edits are kept on
 * this device either way; the prompt says so.)
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

export function LeaveGuard({ hasUnsavedChanges }: { hasUnsavedChanges: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      hasUnsavedChanges && currentLocation.pathname !== nextLocation.pathname,
  );
  const stayButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!hasUnsavedChanges) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, [hasUnsavedChanges]);

  useEffect(() => {
    if (blocker.state === 'blocked') stayButton.current?.focus();
  }, [blocker.state]);

  if (blocker.state !== 'blocked') return null;
  return (
    <div
      className="leave-dialog"
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="leave-title"
      aria-describedby="leave-text"
    >
      <h2 id="leave-title">{t('editor.leave.title')}</h2>
      <p id="leave-text">{t('editor.leave.text')}</p>
      <div className="button-row">
        <button
          ref={stayButton}
          type="button"
          className="button"
          onClick={() => {
            blocker.reset();
          }}
        >
          {t('editor.leave.stay')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            blocker.proceed();
          }}
        >
          {t('editor.leave.leave')}
        </button>
      </div>
    </div>
  );
}
