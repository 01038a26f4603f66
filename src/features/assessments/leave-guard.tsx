/**
 * Asks before leaving while edits have not reached the server: the browser's own prompt for a
 * reload or a closed tab, and this dialog for a move inside the app. (The edits are kept on
 * this device either way; the prompt says so.)
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { StayOrLeaveDialog } from '../../components/stay-or-leave-dialog';
import { paths } from '../../lib/paths';

export function LeaveGuard({ hasUnsavedChanges }: { hasUnsavedChanges: boolean }) {
  const { t } = useTranslation();
  // Sign-in is not leaving: the session ended, the edits stay on this device, and the editor
  // restores them once the member is back.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      hasUnsavedChanges &&
      currentLocation.pathname !== nextLocation.pathname &&
      nextLocation.pathname !== paths.signIn,
  );
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

  if (blocker.state !== 'blocked') return null;
  return (
    <StayOrLeaveDialog
      id="leave"
      className="leave-dialog"
      title={t('editor.leave.title')}
      text={t('editor.leave.text')}
      stayLabel={t('editor.leave.stay')}
      leaveLabel={t('editor.leave.leave')}
      onStay={() => {
        blocker.reset();
      }}
      onLeave={() => {
        blocker.proceed();
      }}
    />
  );
}
