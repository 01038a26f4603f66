/**
 * Autosave for one assessment, without React: debounced saves that carry the version they are
 * based on, a journal on this device written before every request, retries with backoff,
 * waiting while the browser is offline, and a three-way merge when someone saved a newer version
 * first: what changed on one side only is merged at once; autosave stops only at fields both
 * sides changed, until the member chooses. The editor renders its snapshot; tests drive it with
 * fake timers.
 */
import type { FieldErrors } from '../../domain/api-error';
import type { Assessment, AssessmentContent } from '../../domain/assessment';
import { contentOf, sameContent, type AssessmentFieldKey } from '../../domain/assessment-fields';
import {
  applyConflictChoices,
  changesOfThisDevice,
  mergeContentThreeWay,
  rebaseOnto,
  type ConflictChoice,
} from '../../domain/assessment-merge';
import { isApiError, isUnauthenticated } from '../../data/api-error';
import type { DraftJournal } from '../../data/draft-journal';

export type AutosaveStatus =
  /** Everything typed is on the server; `savedAt` is when this session last saved, if it did. */
  | { kind: 'saved'; savedAt: Date | null }
  /** Edits wait for the member to pause typing. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** The last attempt failed; the next one starts at `retryAt`. */
  | { kind: 'retrying'; attempt: number; retryAt: Date }
  /** The browser is offline: edits are kept on this device until it is back. */
  | { kind: 'offline' }
  /**
   * Someone saved a newer version first and changed some of the fields this device changed too
   * (`conflicts`, in form order); nothing is sent until the member chooses for each.
   */
  | { kind: 'conflict'; theirs: Assessment; conflicts: readonly AssessmentFieldKey[] }
  /** The content does not pass validation (here or on the server); nothing is sent until fixed. */
  | { kind: 'invalid'; fieldErrors: FieldErrors; source: 'client' | 'server' }
  /** The server refuses any save (e.g. submitted elsewhere, or no permission); edits stay on this device. */
  | { kind: 'refused'; status: number }
  /** The session ended (signed out elsewhere, expired): edits stay on this device until sign-in. */
  | { kind: 'signedOut' };

export interface AutosaveSnapshot {
  content: AssessmentContent;
  /** The latest copy the server confirmed. */
  server: Assessment;
  status: AutosaveStatus;
  /** Edits exist that the server does not have yet. */
  unsaved: boolean;
  /**
   * How many fields this device had changed and not saved, restored when the editor opened;
   * changes the server already holds are not counted, nor text restored into inputs (it shows
   * in its input, and submitting asks about it).
   */
  restoredFieldCount: number;
  /** The newer version last merged in without a question, and the fields taken from it. */
  lastMerge: { theirs: Assessment; takenFromTheirs: readonly AssessmentFieldKey[] } | null;
  /** Text typed into inputs that are not content yet, such as a link not added yet, by input. */
  unsentInputs: Readonly<Record<string, string>>;
  savedAt: Date | null;
}

export interface AutosaveOptions {
  initial: Assessment;
  journal: DraftJournal;
  save: (content: AssessmentContent, basedOnVersion: number) => Promise<Assessment>;
  /** Client-side validation with the shared schemas; empty when the content may be sent. */
  validate: (content: AssessmentContent) => FieldErrors;
  onSaved?: (assessment: Assessment) => void;
  isOnline?: () => boolean;
  /** Where the browser announces `online` and `offline`. */
  network?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  now?: () => Date;
  debounceMs?: number;
  retryDelaysMs?: readonly number[];
}

export const DEFAULT_DEBOUNCE_MS = 800;
export const DEFAULT_RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000] as const;

export type AutosaveController = ReturnType<typeof createAutosave>;

export function createAutosave({
  initial,
  journal,
  save,
  validate,
  onSaved,
  isOnline = () => navigator.onLine,
  network = window,
  now = () => new Date(),
  debounceMs = DEFAULT_DEBOUNCE_MS,
  retryDelaysMs = DEFAULT_RETRY_DELAYS_MS,
}: AutosaveOptions) {
  const restored = journal.load();
  const restoredDiffers = restored !== null && !sameContent(restored.content, initial);
  /** The content of the version this device's edits started from; null when unknown. */
  const restoredBase =
    restored?.baseContent ??
    (restored?.baseVersion === initial.version ? contentOf(initial) : null);

  let content: AssessmentContent = restoredDiffers ? restored.content : contentOf(initial);
  let server = initial;
  let baseVersion = restoredDiffers ? restored.baseVersion : initial.version;
  let base: AssessmentContent | null = restoredDiffers ? restoredBase : contentOf(initial);
  let unsaved = restoredDiffers;
  let savedAt: Date | null = null;
  let status: AutosaveStatus = unsaved ? { kind: 'pending' } : { kind: 'saved', savedAt: null };
  let lastMerge: AutosaveSnapshot['lastMerge'] = null;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  let running = false;
  /** Set once the editor's work is discarded (signed out): nothing is written or sent again. */
  let disposed = false;
  /**
   * What was sent since the server last confirmed a version: a save that timed out may still
   * have been applied, and comes back as a "newer" version to recognise, not to merge.
   */
  let unconfirmed: AssessmentContent[] = [];
  let unsentInputs: Readonly<Record<string, string>> = Object.fromEntries(
    Object.entries(restored?.unsentInputs ?? {}).filter(([, text]) => text !== ''),
  );
  const restoredFieldCount = restoredDiffers
    ? changesOfThisDevice(restoredBase, restored.content, initial).length
    : 0;
  writeJournal();

  let snapshot = makeSnapshot();
  const listeners = new Set<() => void>();
  // A draft left on an older version: merged with the newer one before anything is shown.
  if (restoredDiffers && restored.baseVersion !== initial.version) reconcile(initial);

  function makeSnapshot(): AutosaveSnapshot {
    return {
      content,
      server,
      status,
      unsaved,
      restoredFieldCount,
      lastMerge,
      unsentInputs,
      savedAt,
    };
  }

  /** On this device: the unsaved content and any unsent input, or nothing once all is saved. */
  function writeJournal() {
    if (disposed) return;
    if (unsaved || Object.keys(unsentInputs).length > 0) {
      journal.save({ content, baseVersion, baseContent: base ?? undefined, unsentInputs });
    } else {
      journal.clear();
    }
  }

  function publish() {
    snapshot = makeSnapshot();
    for (const listener of listeners) listener();
  }

  function setStatus(next: AutosaveStatus) {
    status = next;
    publish();
  }

  function clearTimer() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  function schedule(delay: number) {
    clearTimer();
    if (!running) return;
    timer = setTimeout(() => {
      timer = null;
      void runSave();
    }, delay);
  }

  /** Waiting on the member (conflict, invalid) or the server's refusal: no automatic attempt. */
  function isHeld(): boolean {
    return status.kind === 'conflict' || status.kind === 'refused' || status.kind === 'signedOut';
  }

  function runSave(): Promise<void> {
    if (inFlight) return inFlight;
    clearTimer();
    if (!unsaved || isHeld()) return Promise.resolve();
    if (!isOnline()) {
      setStatus({ kind: 'offline' });
      return Promise.resolve();
    }
    const fieldErrors = validate(content);
    if (Object.keys(fieldErrors).length > 0) {
      setStatus({ kind: 'invalid', fieldErrors, source: 'client' });
      return Promise.resolve();
    }
    const sent = content;
    unconfirmed.push(sent);
    setStatus({ kind: 'saving' });
    inFlight = save(sent, baseVersion)
      .then(
        (saved) => {
          unconfirmed = [];
          server = saved;
          baseVersion = saved.version;
          base = contentOf(saved);
          savedAt = now();
          attempt = 0;
          onSaved?.(saved);
          if (sameContent(content, sent)) {
            unsaved = false;
            writeJournal();
            setStatus({ kind: 'saved', savedAt });
          } else {
            writeJournal();
            setStatus({ kind: 'pending' });
            schedule(debounceMs);
          }
        },
        (error: unknown) => {
          handleFailure(error);
        },
      )
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  }

  function handleFailure(error: unknown) {
    if (isApiError(error) && error.code === 'version_conflict' && error.current) {
      reconcile(error.current);
      return;
    }
    if (isUnauthenticated(error)) {
      setStatus({ kind: 'signedOut' });
      return;
    }
    if (isApiError(error) && error.status === 400) {
      setStatus({ kind: 'invalid', fieldErrors: error.fieldErrors, source: 'server' });
      return;
    }
    if (isApiError(error) && error.status >= 400 && error.status < 500) {
      setStatus({ kind: 'refused', status: error.status });
      return;
    }
    if (!isOnline()) {
      setStatus({ kind: 'offline' });
      return;
    }
    const delay = retryDelaysMs[Math.min(attempt, retryDelaysMs.length - 1)] ?? debounceMs;
    attempt += 1;
    setStatus({ kind: 'retrying', attempt, retryAt: new Date(now().getTime() + delay) });
    schedule(delay);
  }

  /**
   * Merges a newer saved version into this device's content against the version the edits
   * started from. Without a both-sides conflict the result is saved on top of it; otherwise the
   * member is asked, and the starting version is kept, so a reload asks again.
   */
  function reconcile(theirs: Assessment) {
    const theirContent = contentOf(theirs);
    if (unconfirmed.some((sent) => sameContent(sent, theirContent))) {
      // Our own save, applied although its answer never came (a timeout): build on it.
      adopt(theirs, content);
      return;
    }
    const merge = mergeContentThreeWay(base, content, theirContent);
    content = merge.merged;
    attempt = 0;
    lastMerge =
      merge.takenFromTheirs.length > 0
        ? { theirs, takenFromTheirs: merge.takenFromTheirs }
        : lastMerge;
    if (merge.conflicts.length > 0) {
      base = rebaseOnto(base, theirContent, merge.conflicts);
      writeJournal();
      setStatus({ kind: 'conflict', theirs, conflicts: merge.conflicts });
      return;
    }
    adopt(theirs, content);
  }

  /** Builds on `next` from now on, with `merged` as this device's content. */
  function adopt(next: Assessment, merged: AssessmentContent) {
    unconfirmed = [];
    server = next;
    baseVersion = next.version;
    base = contentOf(next);
    content = merged;
    unsaved = !sameContent(merged, next);
    attempt = 0;
    writeJournal();
    if (unsaved) {
      setStatus({ kind: 'pending' });
      schedule(0);
    } else {
      setStatus({ kind: 'saved', savedAt });
    }
  }

  function stop() {
    running = false;
    clearTimer();
    network.removeEventListener('online', handleOnline);
    network.removeEventListener('offline', handleOffline);
  }

  function handleOnline() {
    if (status.kind === 'offline' || status.kind === 'retrying') void runSave();
  }

  function handleOffline() {
    if (unsaved && status.kind !== 'saving' && !isHeld()) setStatus({ kind: 'offline' });
  }

  return {
    // Arrow functions, so React can take them unbound (useSyncExternalStore).
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => snapshot,

    /** Starts saving (and listening for the network); the editor calls it when it mounts. */
    start() {
      if (running) return;
      running = true;
      network.addEventListener('online', handleOnline);
      network.addEventListener('offline', handleOffline);
      if (unsaved) schedule(0);
    },

    /** Stops for good and writes nothing more to this device, e.g. when the member signs out. */
    dispose: () => {
      disposed = true;
      stop();
    },

    stop,

    edit(change: (current: AssessmentContent) => AssessmentContent) {
      if (disposed) return;
      content = change(content);
      unsaved = true;
      // Kept on this device first, before any request can fail.
      writeJournal();
      if (status.kind === 'conflict') {
        // Typing can settle a question (the same text as theirs) or leave it open.
        const merge = mergeContentThreeWay(base, content, contentOf(status.theirs));
        // Settled by typing: the merge, not the raw content, so a field put back to where it
        // started takes their saved text instead of deleting it.
        if (merge.conflicts.length === 0) adopt(status.theirs, merge.merged);
        else setStatus({ ...status, conflicts: merge.conflicts });
        return;
      }
      if (status.kind === 'refused' || status.kind === 'signedOut') {
        publish();
        return;
      }
      if (status.kind === 'invalid' || status.kind === 'saved') status = { kind: 'pending' };
      if (status.kind === 'offline' && isOnline()) status = { kind: 'pending' };
      publish();
      if (status.kind !== 'retrying') schedule(debounceMs);
    },

    /** Text in an input that is not content yet; kept on this device like every edit. */
    setUnsentInput: (input: string, text: string) => {
      const others = Object.entries(unsentInputs).filter(([key]) => key !== input);
      unsentInputs = Object.fromEntries(text === '' ? others : [...others, [input, text]]);
      writeJournal();
      publish();
    },

    /** Saves now instead of after the pause; resolves once nothing is left unsaved, or saving stopped. */
    async flush(): Promise<AutosaveSnapshot> {
      if (inFlight) await inFlight;
      if (unsaved && !isHeld()) await runSave();
      return snapshot;
    },

    /**
     * The member's choice for each conflicting field; the result is saved on top of the newer
     * version. A field without a choice keeps this device's value.
     */
    resolveConflict: (choices: Partial<Record<AssessmentFieldKey, ConflictChoice>>) => {
      if (status.kind !== 'conflict') return;
      const { theirs } = status;
      adopt(theirs, applyConflictChoices(content, contentOf(theirs), choices));
    },

    /** The server copy changed by another action of this member (e.g. submit). */
    replaceServerCopy(next: Assessment) {
      unsentInputs = {};
      adopt(next, contentOf(next));
    },
  };
}
