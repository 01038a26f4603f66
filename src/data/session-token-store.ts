/** The signed-in session's token, kept across reloads; every API request reads it from here. */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

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
    { name: 'charter-monitor.session', storage: createJSONStorage(() => localStorage) },
  ),
);

export function currentSessionToken(): string | null {
  return useSessionTokenStore.getState().token;
}

export function clearSessionToken() {
  useSessionTokenStore.getState().setToken(null);
}
