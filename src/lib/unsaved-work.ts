/**
 * Open editors register how to save what they hold, so that signing out can save it first (and
 * warn when it cannot) instead of leaving a person's text behind or dropping it silently.
 */

/** Saves what an editor holds now; resolves true once nothing of it is left unsaved. */
export type SaveNow = () => Promise<boolean>;

const openEditors = new Set<SaveNow>();

/** Registers an editor's save; returns the function that unregisters it. */
export function registerUnsavedWork(saveNow: SaveNow): () => void {
  openEditors.add(saveNow);
  return () => {
    openEditors.delete(saveNow);
  };
}

/**
 * Saves every open editor's work; true when all of it reached the server within `timeoutMs`
 * (ms), false when anything is still unsaved (offline, a conflict, a refusal, or too slow).
 */
export async function saveAllUnsavedWork(timeoutMs: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => {
      resolve(false);
    }, timeoutMs);
  });
  try {
    const saved = Promise.all([...openEditors].map((saveNow) => saveNow().catch(() => false)));
    return await Promise.race([saved.then((results) => results.every(Boolean)), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
