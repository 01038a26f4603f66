/**
 * Whether this browser is signed in, kept across reloads: the demo sign-in's bearer token, which
 * every API request reads from here; or, for a real account, only the fact that a session
 * cookie was set (the cookie itself is HttpOnly: no page script can read it, and nothing
 * secret is kept here).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

const SESSION_STORAGE_KEY = 'charter-monitor.session';

interface SessionTokenState {
  token: string | null;
  /** A real account signed in: its session is in a cookie. */
  cookieSession: boolean;
  setToken: (token: string | null) => void;
  setCookieSession: (signedIn: boolean) => void;
}

export const useSessionTokenStore = create<SessionTokenState>()(
  persist(
    (set) => ({
      token: null,
      cookieSession: false,
      setToken: (token) => {
        set({ token, cookieSession: false });
      },
      setCookieSession: (signedIn) => {
        set({ token: null, cookieSession: signedIn });
      },
    }),
    { name: SESSION_STORAGE_KEY, storage: createJSONStorage(() => localStorage) },
  ),
);

export function currentSessionToken(): string | null {
  return useSessionTokenStore.getState().token;
}

/** True when this browser holds a session, by token or by cookie. */
export function hasSession(): boolean {
  const { token, cookieSession } = useSessionTokenStore.getState();
  return token !== null || cookieSession;
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
    const hadSession = hasSession();
    const signedIn =
      (event.newValue?.includes('"token":"') ?? false) ||
      (event.newValue?.includes('"cookieSession":true') ?? false);
    if (hadSession && !signedIn) onSignedOutElsewhere();
    void Promise.resolve(useSessionTokenStore.persist.rehydrate()).then(() => {
      if (currentSessionToken() !== before || hasSession() !== hadSession) {
        onSessionChangedElsewhere();
      }
    });
  };
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener('storage', onStorage);
  };
}
