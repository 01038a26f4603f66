/** Where the mock API keeps its state: memory in tests, browser storage in the demo. */
export interface MockStorage {
  load(): unknown;
  save(state: unknown): void;
  clear(): void;
  /**
   * Calls back when another tab changed the stored state, so every tab answers from the same
   * data, as one server would.
   */
  onExternalChange?(listener: () => void): void;
}

export function memoryStorage(): MockStorage {
  let saved: unknown = null;
  return {
    load: () => saved,
    save: (state) => {
      saved = structuredClone(state);
    },
    clear: () => {
      saved = null;
    },
  };
}

/**
 * The browser's localStorage under `key`, or memory where the browser denies it (an embed on
 * another site, with third-party storage blocked): the demo then forgets on reload.
 */
export function browserStorage(key: string): MockStorage {
  try {
    window.localStorage.getItem(key);
  } catch {
    return memoryStorage();
  }
  return {
    load: () => {
      const text = window.localStorage.getItem(key);
      if (text === null) return null;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return null;
      }
    },
    save: (state) => {
      window.localStorage.setItem(key, JSON.stringify(state));
    },
    clear: () => {
      window.localStorage.removeItem(key);
    },
    onExternalChange: (listener) => {
      window.addEventListener('storage', (event) => {
        if (event.key === key) listener();
      });
    },
  };
}
