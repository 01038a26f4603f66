/** What autosave is doing, in words, announced politely to screen readers. */
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../lib/format';
import type { AutosaveSnapshot } from './autosave';

export function AutosaveStatusText({
  snapshot,
  onRetryNow,
  onShowCurrent,
  onSignInAgain,
}: {
  snapshot: AutosaveSnapshot;
  onRetryNow: () => void;
  onShowCurrent: () => void;
  onSignInAgain: () => void;
}) {
  const { t } = useTranslation();
  const { status } = snapshot;
  const text = (() => {
    switch (status.kind) {
      case 'saved':
        return status.savedAt
          ? t('editor.autosave.savedAt', { time: formatTime(status.savedAt) })
          : t('editor.autosave.upToDate');
      case 'pending':
        return t('editor.autosave.pending');
      case 'saving':
        return t('editor.autosave.saving');
      case 'retrying':
        return t('editor.autosave.retrying', { time: formatTime(status.retryAt) });
      case 'offline':
        return t('editor.autosave.offline');
      case 'conflict':
        return t('editor.autosave.conflict');
      case 'invalid':
        return t('editor.autosave.invalid');
      case 'refused':
        return t('editor.autosave.refused');
      case 'signedOut':
        return t('editor.autosave.signedOut');
    }
  })();
  const problem = !['saved', 'pending', 'saving'].includes(status.kind);
  return (
    <div className={problem ? 'autosave-status autosave-status--problem' : 'autosave-status'}>
      <p role="status">{text}</p>
      {status.kind === 'retrying' && (
        <button type="button" className="button button--small" onClick={onRetryNow}>
          {t('editor.autosave.retryNow')}
        </button>
      )}
      {status.kind === 'signedOut' && (
        <button type="button" className="button button--small" onClick={onSignInAgain}>
          {t('editor.autosave.signInAgain')}
        </button>
      )}
      {status.kind === 'refused' && (
        <button type="button" className="button button--small" onClick={onShowCurrent}>
          {t('editor.autosave.showCurrent')}
        </button>
      )}
    </div>
  );
}
