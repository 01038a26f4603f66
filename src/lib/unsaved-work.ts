/**
 * Open editors register how to save what they hold, so that signing out can save it first (and
 * warn when it cannot) instead of leaving a person's text behind or dropping it silently.
 */

/** What an open editor offers the rest of the app. */
export interface UnsavedWork {
  /** Saves what the editor holds now; resolves true once nothing of it is left unsaved. */
  saveNow: () => Promise<boolean>;
  /** Drops what the editor holds on this device and stops it writing any more. */
  discard: () => void;
}

const openEditors = new Set<UnsavedWork>();

/** Registers an editor; returns the function that unregisters it. */
export function registerUnsavedWork(work: UnsavedWork): () => void {
  openEditors.add(work);
  return () => {
    openEditors.delete(work);
  };
}

/** Drops every open editor's work on this device: the person signed out here or in another tab. */
export function discardAllUnsavedWork() {
  for (const work of openEditors) work.discard();
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
    const saved = Promise.all([...openEditors].map((work) => work.saveNow().catch(() => false)));
    return await Promise.race([saved.then((results) => results.every(Boolean)), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
