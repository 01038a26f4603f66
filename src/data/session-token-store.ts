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
 * another tab of this browser signs out, before this tab drops its token. Returns the function
 * that stops following.
 */
export function followSessionInOtherTabs(onSignedOutElsewhere: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== SESSION_STORAGE_KEY) return;
    const signedOut = currentSessionToken() !== null && !event.newValue?.includes('"token":"');
    if (signedOut) onSignedOutElsewhere();
    void useSessionTokenStore.persist.rehydrate();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener('storage', onStorage);
  };
}
