/**
 * Signing out saves what open editors hold first. When something cannot be saved (offline, a
 * conflict, a draft left by a closed tab), it asks before deleting it; once signed out, none
 * of the person's unsaved text stays in this browser's storage.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { StayOrLeaveDialog } from '../components/stay-or-leave-dialog';
import { assessmentsWithDrafts, clearDraftJournalsOf } from '../data/draft-journal';
import { useSignOut } from '../data/session-mutations';
import { paths } from '../lib/paths';
import { discardAllUnsavedWork, saveAllUnsavedWork } from '../lib/unsaved-work';

/** How long signing out waits for open editors to save, in ms. */
const SAVE_BEFORE_SIGN_OUT_MS = 10_000;

export function SignOutButton({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [saving, setSaving] = useState(false);
  const [unsavedCount, setUnsavedCount] = useState(0);
  const signOutButton = useRef<HTMLButtonElement>(null);

  function signOutNow() {
    // Editors stop first, so none writes a draft back after the journals are cleared.
    discardAllUnsavedWork();
    clearDraftJournalsOf(userId);
    // Not mutate's own callbacks: this component is gone once the token is cleared, and
    // the next user should start on sign-in, not be sent back to this user's last page.
    void signOut
      .mutateAsync()
      .catch(() => undefined)
      .then(() => navigate(paths.signIn, { replace: true }));
  }

  async function trySignOut() {
    setSaving(true);
    const allSaved = await saveAllUnsavedWork(SAVE_BEFORE_SIGN_OUT_MS);
    setSaving(false);
    const left = assessmentsWithDrafts(userId).length;
    if (allSaved && left === 0) {
      signOutNow();
      return;
    }
    setUnsavedCount(Math.max(left, 1));
  }

  return (
    <>
      <button
        ref={signOutButton}
        type="button"
        className="button button--secondary"
        disabled={signOut.isPending || saving}
        onClick={() => {
          void trySignOut();
        }}
      >
        {saving ? t('session.savingBeforeSignOut') : t('session.signOut')}
      </button>
      {unsavedCount > 0 && (
        <StayOrLeaveDialog
          id="sign-out"
          className="sign-out-dialog"
          title={t('session.unsaved.title')}
          text={t('session.unsaved.text', { count: unsavedCount })}
          stayLabel={t('session.unsaved.stay')}
          leaveLabel={t('session.unsaved.signOutAnyway')}
          onStay={() => {
            setUnsavedCount(0);
            setTimeout(() => signOutButton.current?.focus(), 0);
          }}
          onLeave={signOutNow}
        />
      )}
    </>
  );
}
