/**
 * Unsaved edits kept on this device, written on every change before any request is made, so a
 * reload, a closed tab or a network cut loses nothing. One entry per browser tab, so two tabs
 * editing the same assessment never overwrite each other's unsaved text; a tab that was closed
 * leaves its entry for the next tab that opens the assessment.
 */
import { z } from '../domain/zod';
import { assessmentContentSchema } from '../domain/assessment';

const KEY_PREFIX = 'charter-monitor.draft';
const TAB_ID_KEY = 'charter-monitor.tab-id';

const journalEntrySchema = z.object({
  content: assessmentContentSchema,
  /** The server version these edits started from. */
  baseVersion: z.number().check(z.int(), z.positive()),
  /**
   * That version's content, to merge against when a newer version was saved meanwhile; absent
   * in entries written before it was kept, which then ask about every difference.
   */
  baseContent: z.optional(assessmentContentSchema),
  updatedAt: z.iso.datetime(),
  /** Text typed into inputs that are not part of the content yet (e.g. a link not yet added). */
  unsentInputs: z._default(z.record(z.string(), z.string()), {}),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;
/** What the editor writes: everything but the time, which the journal adds. */
export type JournalDraft = Omit<z.input<typeof journalEntrySchema>, 'updatedAt'>;

export interface DraftJournal {
  /** This tab's entry, or else the newest one another tab left behind. */
  load(): JournalEntry | null;
  save(draft: JournalDraft): void;
  clear(): void;
}

/** Survives a reload of the tab (sessionStorage), differs between tabs. */
function tabId(): string {
  const existing = sessionStorage.getItem(TAB_ID_KEY);
  if (existing) return existing;
  const created = crypto.randomUUID();
  sessionStorage.setItem(TAB_ID_KEY, created);
  return created;
}

function readEntry(key: string): JournalEntry | null {
  const text = localStorage.getItem(key);
  if (text === null) return null;
  try {
    const parsed = journalEntrySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function storageKeys(): string[] {
  return Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index)).filter(
    (key): key is string => key !== null,
  );
}

export function createDraftJournal(userId: string, assessmentId: string): DraftJournal {
  const scope = `${KEY_PREFIX}:${userId}:${assessmentId}:`;
  const ownKey = `${scope}${tabId()}`;
  return {
    load() {
      const own = readEntry(ownKey);
      if (own) return own;
      const leftBehind = storageKeys()
        .filter((key) => key.startsWith(scope))
        .map((key) => ({ key, entry: readEntry(key) }))
        .filter((found): found is { key: string; entry: JournalEntry } => found.entry !== null)
        .sort((a, b) => b.entry.updatedAt.localeCompare(a.entry.updatedAt))[0];
      if (!leftBehind) return null;
      // Adopt it, so it is cleared once this tab has saved it.
      localStorage.setItem(ownKey, JSON.stringify(leftBehind.entry));
      localStorage.removeItem(leftBehind.key);
      return leftBehind.entry;
    },
    save(draft) {
      const entry: JournalEntry = {
        ...draft,
        updatedAt: new Date().toISOString(),
        unsentInputs: { ...draft.unsentInputs },
      };
      localStorage.setItem(ownKey, JSON.stringify(entry));
    },
    clear() {
      localStorage.removeItem(ownKey);
    },
  };
}

/** The assessments for which this device keeps a person's unsaved edits (any tab). */
export function assessmentsWithDrafts(userId: string): string[] {
  const prefix = `${KEY_PREFIX}:${userId}:`;
  const ids = storageKeys()
    .filter((key) => key.startsWith(prefix) && readEntry(key) !== null)
    .map((key) => key.slice(prefix.length).split(':')[0] ?? '');
  return [...new Set(ids)].filter((id) => id !== '');
}

/** Forget a person's unsaved edits on this device, e.g. when they sign out. */
export function clearDraftJournalsOf(userId: string) {
  for (const key of storageKeys()) {
    if (key.startsWith(`${KEY_PREFIX}:${userId}:`)) localStorage.removeItem(key);
  }
}

/** Forget every unsaved edit on this device, e.g. when the demo data is reset. */
export function clearAllDraftJournals() {
  for (const key of storageKeys()) {
    if (key.startsWith(`${KEY_PREFIX}:`)) localStorage.removeItem(key);
  }
}
