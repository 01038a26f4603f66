/** The signed-in session's token, kept across reloads; every API request reads it from here. */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

const SESSION_STORAGE_KEY = 'charter-monitor.session';

interface SessionTokenState {
  token: string | null;
  setToken: (token: string | null) => void;
}

export const useSessionTokenStore = create<SessionTokenState>()(
  persist(
    (set) => ({
      token: null,
      setToken: (token) => {
        set({ token });
      },
    }),
    { name: SESSION_STORAGE_KEY, storage: createJSONStorage(() => localStorage) },
  ),
);

export function currentSessionToken(): string | null {
  return useSessionTokenStore.getState().token;
}

export function clearSessionToken() {
  useSessionTokenStore.getState().setToken(null);
}

/**
 * Follows sign-in and sign-out in the browser's other tabs: `onSignedOutElsewhere` runs when
 * another tab of this browser signs out, before this tab drops its token;
 * `onSessionChangedElsewhere` after any sign-in or sign-out there, once this tab holds the
 * new token (or none). Returns the function that stops following.
 */
export function followSessionInOtherTabs(
  onSignedOutElsewhere: () => void,
  onSessionChangedElsewhere: () => void,
): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== SESSION_STORAGE_KEY) return;
    const before = currentSessionToken();
    const signedIn = event.newValue?.includes('"token":"') ?? false;
    if (before !== null && !signedIn) onSignedOutElsewhere();
    void Promise.resolve(useSessionTokenStore.persist.rehydrate()).then(() => {
      if (currentSessionToken() !== before) onSessionChangedElsewhere();
    });
  };
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener('storage', onStorage);
  };
}
