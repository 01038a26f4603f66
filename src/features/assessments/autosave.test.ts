import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../mocks/node';
import { startSession, storedAssessment } from '../../../tests/utils/mock-api';
import type { FieldErrors } from '../../domain/api-error';
import type { Assessment, AssessmentContent } from '../../domain/assessment';
import { contentOf, withFieldValue } from '../../domain/assessment-fields';
import { ApiError } from '../../data/api-error';
import type { DraftJournal, JournalEntry } from '../../data/draft-journal';
import { createHttpDataSource } from '../../data/http-data-source';
import { assessmentFixture } from '../../../tests/utils/assessment-fixture';
import { noAnswer } from '../../../tests/utils/slow-api';
import { createAutosave, type AutosaveOptions } from './autosave';
import { TEST_REQUEST_TIMEOUT_MS } from '../../../tests/utils/test-timeouts';

const DEBOUNCE = 500;
const RETRIES = [1_000, 4_000];

function serverCopy(version: number, content: Partial<AssessmentContent> = {}): Assessment {
  return assessmentFixture({ version, ...content });
}

function memoryJournal(initial: JournalEntry | null = null) {
  let entry = initial;
  const journal: DraftJournal & { entry: () => JournalEntry | null } = {
    load: () => entry,
    save: (draft) => {
      entry = {
        ...draft,
        updatedAt: new Date().toISOString(),
        unsentInputs: { ...draft.unsentInputs },
      };
    },
    clear: () => {
      entry = null;
    },
    entry: () => entry,
  };
  return journal;
}

const withEvidence = (text: string) => (content: AssessmentContent) =>
  withFieldValue(content, 'ratings.PM1.evidence', text);

function setup(overrides: Partial<AutosaveOptions> = {}) {
  let online = true;
  const network = new EventTarget();
  const journal = memoryJournal();
  const save = vi.fn((content: AssessmentContent, version: number) =>
    Promise.resolve(serverCopy(version + 1, content)),
  );
  const controller = createAutosave({
    initial: serverCopy(3),
    journal,
    save,
    validate: () => ({}),
    isOnline: () => online,
    network,
    debounceMs: DEBOUNCE,
    retryDelaysMs: RETRIES,
    ...overrides,
  });
  controller.start();
  return {
    controller,
    journal,
    save,
    network,
    goOffline: () => {
      online = false;
      network.dispatchEvent(new Event('offline'));
    },
    goOnline: () => {
      online = true;
      network.dispatchEvent(new Event('online'));
    },
  };
}

describe('autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps each edit on this device at once and saves after a pause, with the version it was based on', async () => {
    const { controller, journal, save } = setup();
    controller.edit(withEvidence('We publish'));
    controller.edit(withEvidence('We publish a yearly report'));
    expect(journal.entry()?.content.ratings.PM1?.evidence).toBe('We publish a yearly report');
    expect(controller.getSnapshot().status.kind).toBe('pending');
    expect(save).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[1]).toBe(3);
    expect(controller.getSnapshot().status.kind).toBe('saved');
    expect(controller.getSnapshot().server.version).toBe(4);
    expect(journal.entry()).toBeNull();
  });

  it('retries with growing delays when the server fails, keeping the edits meanwhile', async () => {
    const save = vi
      .fn<AutosaveOptions['save']>()
      .mockRejectedValueOnce(new ApiError(0, 'network_error', 'Failed to fetch'))
      .mockRejectedValueOnce(new ApiError(503, 'unexpected_response', 'Unavailable'))
      .mockImplementation((content, version) => Promise.resolve(serverCopy(version + 1, content)));
    const { controller, journal } = setup({ save });
    controller.edit(withEvidence('Kept'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(controller.getSnapshot().status).toMatchObject({ kind: 'retrying', attempt: 1 });
    expect(journal.entry()?.content.ratings.PM1?.evidence).toBe('Kept');

    await vi.advanceTimersByTimeAsync(RETRIES[0] ?? 0);
    expect(save).toHaveBeenCalledTimes(2);
    expect(controller.getSnapshot().status).toMatchObject({ kind: 'retrying', attempt: 2 });

    await vi.advanceTimersByTimeAsync((RETRIES[1] ?? 0) - 1);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(3);
    expect(controller.getSnapshot().status.kind).toBe('saved');
    expect(journal.entry()).toBeNull();
  });

  it('waits while the browser is offline and saves everything once it is back', async () => {
    const { controller, save, goOffline, goOnline, journal } = setup();
    goOffline();
    controller.edit(withEvidence('Typed offline'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE * 4);
    expect(save).not.toHaveBeenCalled();
    expect(controller.getSnapshot().status.kind).toBe('offline');
    controller.edit(withEvidence('Typed offline, and more'));
    expect(journal.entry()?.content.ratings.PM1?.evidence).toBe('Typed offline, and more');

    goOnline();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0].ratings.PM1?.evidence).toBe('Typed offline, and more');
    expect(controller.getSnapshot().status.kind).toBe('saved');
  });

  it('merges a newer version that changed other fields, without asking, and saves on top of it', async () => {
    // Tab A saved EM1 (version 4) while this tab, still on version 3, changed PM1.
    const theirs = serverCopy(
      4,
      contentOf(withFieldValue(serverCopy(3), 'ratings.EM1.evidence', 'Saved in tab A')),
    );
    const save = vi
      .fn<AutosaveOptions['save']>()
      .mockRejectedValueOnce(new ApiError(409, 'version_conflict', 'Changed', {}, theirs))
      .mockImplementation((content, version) => Promise.resolve(serverCopy(version + 1, content)));
    const { controller, journal } = setup({ save });
    controller.edit(withEvidence('Typed in tab B'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    // The merge is sent at once, as soon as the refused save has settled.
    await vi.waitFor(() => {
      expect(save).toHaveBeenCalledTimes(2);
    });
    const [sent, basedOn] = save.mock.calls[1] ?? [];
    expect(basedOn).toBe(4);
    expect(sent?.ratings.EM1?.evidence).toBe('Saved in tab A');
    expect(sent?.ratings.PM1?.evidence).toBe('Typed in tab B');
    expect(controller.getSnapshot().status.kind).toBe('saved');
    expect(controller.getSnapshot().lastMerge?.takenFromTheirs).toEqual(['ratings.EM1.evidence']);
    expect(journal.entry()).toBeNull();
  });

  it('asks only about fields both sides changed, with nothing chosen, and saves the choice on top', async () => {
    const theirs = serverCopy(
      5,
      contentOf(
        withFieldValue(withEvidence('Theirs')(serverCopy(3)), 'ratings.EM1.evidence', 'Theirs too'),
      ),
    );
    const save = vi
      .fn<AutosaveOptions['save']>()
      .mockRejectedValueOnce(new ApiError(409, 'version_conflict', 'Changed', {}, theirs))
      .mockImplementation((content, version) => Promise.resolve(serverCopy(version + 1, content)));
    const { controller, journal } = setup({ save });
    controller.edit(withEvidence('Mine'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(controller.getSnapshot().status).toMatchObject({
      kind: 'conflict',
      theirs,
      conflicts: ['ratings.PM1.evidence'],
    });
    // The field only they changed is merged in at once; the question keeps this tab's text.
    expect(controller.getSnapshot().content.ratings.EM1?.evidence).toBe('Theirs too');
    expect(controller.getSnapshot().content.ratings.PM1?.evidence).toBe('Mine');

    // More typing while the question is open is kept, and nothing is sent.
    controller.edit(withEvidence('Mine, still'));
    await vi.advanceTimersByTimeAsync(RETRIES[1] ?? 0);
    expect(save).toHaveBeenCalledTimes(1);
    expect(journal.entry()?.content.ratings.PM1?.evidence).toBe('Mine, still');
    expect(journal.entry()?.baseVersion).toBe(3);

    controller.resolveConflict({ 'ratings.PM1.evidence': 'theirs' });
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
    expect(controller.getSnapshot().status.kind).toBe('saved');
    expect(controller.getSnapshot().server.version).toBe(5);
    expect(controller.getSnapshot().content.ratings.PM1?.evidence).toBe('Theirs');
  });

  it('settles a question when the member puts the field back as it was, taking their saved text', async () => {
    const theirs = serverCopy(5, contentOf(withEvidence('Theirs')(serverCopy(3))));
    const save = vi
      .fn<AutosaveOptions['save']>()
      .mockRejectedValueOnce(new ApiError(409, 'version_conflict', 'Changed', {}, theirs))
      .mockImplementation((content, version) => Promise.resolve(serverCopy(version + 1, content)));
    const { controller } = setup({ save });
    controller.edit(withEvidence('Mine'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(controller.getSnapshot().status.kind).toBe('conflict');

    // Back to the text both started from (empty): only they changed it now.
    controller.edit(withEvidence(''));
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(controller.getSnapshot().content.ratings.PM1?.evidence).toBe('Theirs');
    expect(controller.getSnapshot().status.kind).toBe('saved');
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('recognises its own save that timed out but was applied, and builds on it without a question', async () => {
    const save = vi
      .fn<AutosaveOptions['save']>()
      .mockRejectedValueOnce(new ApiError(0, 'timeout', 'No answer'))
      .mockImplementationOnce((_content, version) => {
        // The first attempt reached the server after all: version 4 holds what it sent.
        const applied = serverCopy(4, contentOf(withEvidence('Sent once')(serverCopy(3))));
        return Promise.reject(
          new ApiError(409, 'version_conflict', `Changed since ${String(version)}`, {}, applied),
        );
      })
      .mockImplementation((content, version) => Promise.resolve(serverCopy(version + 1, content)));
    const { controller } = setup({ save });
    controller.edit(withEvidence('Sent once'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(controller.getSnapshot().status.kind).toBe('retrying');
    controller.edit(withEvidence('Sent once, and more'));
    await vi.advanceTimersByTimeAsync(RETRIES[0] ?? 0);
    await vi.waitFor(() => {
      expect(save).toHaveBeenCalledTimes(3);
    });
    expect(save.mock.calls[2]?.[1]).toBe(4);
    expect(save.mock.calls[2]?.[0].ratings.PM1?.evidence).toBe('Sent once, and more');
    expect(controller.getSnapshot().status.kind).not.toBe('conflict');
  });

  it('writes nothing to this device once discarded, even when a save in flight settles', async () => {
    let settle: (saved: Assessment) => void = () => undefined;
    const save = vi.fn<AutosaveOptions['save']>(
      () =>
        new Promise((resolve) => {
          settle = resolve;
        }),
    );
    const { controller, journal } = setup({ save });
    controller.edit(withEvidence('Typed'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    controller.edit(withEvidence('Typed, and more'));
    controller.dispose();
    journal.clear();

    controller.edit(withEvidence('Typed after sign-out'));
    settle(serverCopy(4, contentOf(withEvidence('Typed')(serverCopy(3)))));
    await vi.advanceTimersByTimeAsync(DEBOUNCE * 4);
    expect(journal.entry()).toBeNull();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('asks again after a reload in the middle of a question', async () => {
    const theirs = serverCopy(5, contentOf(withEvidence('Theirs')(serverCopy(3))));
    const save = vi
      .fn<AutosaveOptions['save']>()
      .mockRejectedValueOnce(new ApiError(409, 'version_conflict', 'Changed', {}, theirs));
    const { controller, journal } = setup({ save });
    controller.edit(withEvidence('Mine'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(controller.getSnapshot().status.kind).toBe('conflict');
    controller.stop();

    const reopened = setup({ journal, initial: theirs });
    expect(reopened.controller.getSnapshot().status).toMatchObject({
      kind: 'conflict',
      conflicts: ['ratings.PM1.evidence'],
    });
    expect(reopened.controller.getSnapshot().restoredFieldCount).toBe(1);
  });

  it('does not send content that fails validation, and says so', async () => {
    const { controller, save } = setup({
      validate: (content): FieldErrors =>
        (content.ratings.PM1?.evidence.length ?? 0) > 5
          ? { 'ratings.PM1.evidence': ['Too long'] }
          : {},
    });
    controller.edit(withEvidence('Far too long'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(save).not.toHaveBeenCalled();
    expect(controller.getSnapshot().status).toMatchObject({
      kind: 'invalid',
      fieldErrors: { 'ratings.PM1.evidence': ['Too long'] },
    });
    controller.edit(withEvidence('Short'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('restores edits left on this device and saves them on the version they were based on', async () => {
    const journal = memoryJournal({
      content: withEvidence('From before the reload')(serverCopy(3)),
      baseVersion: 3,
      updatedAt: '2026-11-20T10:05:00.000Z',
      unsentInputs: {},
    });
    const { controller, save } = setup({ journal });
    expect(controller.getSnapshot().restoredFieldCount).toBe(1);
    expect(controller.getSnapshot().content.ratings.PM1?.evidence).toBe('From before the reload');
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledWith(expect.anything(), 3);
    expect(controller.getSnapshot().status.kind).toBe('saved');
  });

  it('restores a draft left on an older version merged with the newer one, counting only its own changes', () => {
    // Tab A saved EM1 as version 4; tab B's draft, on version 3, changed PM1; tab C opens.
    const version3 = serverCopy(3);
    const version4 = serverCopy(
      4,
      contentOf(withFieldValue(version3, 'ratings.EM1.evidence', 'Saved in tab A')),
    );
    const journal = memoryJournal({
      content: contentOf(withEvidence('Typed in tab B')(version3)),
      baseVersion: 3,
      baseContent: contentOf(version3),
      updatedAt: '2026-11-20T10:05:00.000Z',
      unsentInputs: {},
    });
    const { controller } = setup({ journal, initial: version4 });
    const snapshot = controller.getSnapshot();
    expect(snapshot.restoredFieldCount).toBe(1);
    expect(snapshot.status.kind).toBe('pending');
    expect(snapshot.content.ratings.EM1?.evidence).toBe('Saved in tab A');
    expect(snapshot.content.ratings.PM1?.evidence).toBe('Typed in tab B');
  });

  it('asks about every difference when a draft from before the base was kept does not say what it started from', () => {
    const journal = memoryJournal({
      content: contentOf(withEvidence('Old draft')(serverCopy(2))),
      baseVersion: 2,
      updatedAt: '2026-11-20T10:05:00.000Z',
      unsentInputs: {},
    });
    const { controller } = setup({ journal });
    expect(controller.getSnapshot().status).toMatchObject({
      kind: 'conflict',
      conflicts: ['ratings.PM1.evidence'],
    });
  });

  it('saves edits made while a save was under way, right after it', async () => {
    const { controller, save } = setup();
    controller.edit(withEvidence('First'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE - 1);
    const flushing = controller.flush();
    controller.edit(withEvidence('First and second'));
    await flushing;
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]?.[0].ratings.PM1?.evidence).toBe('First and second');
    expect(save.mock.calls[1]?.[1]).toBe(4);
    expect(controller.getSnapshot().unsaved).toBe(false);
  });

  it('keeps text typed into an input that is not content yet, across a reload, until it is cleared', () => {
    const { controller, journal } = setup();
    controller.setUnsentInput('ratings.PM1.links', 'https://ghent.example/repo');
    expect(journal.entry()?.unsentInputs).toEqual({
      'ratings.PM1.links': 'https://ghent.example/repo',
    });

    const reopened = setup({ journal });
    expect(reopened.controller.getSnapshot().unsentInputs).toEqual({
      'ratings.PM1.links': 'https://ghent.example/repo',
    });
    // Back in its input, not counted as a change being saved: nothing is sent for it.
    expect(reopened.controller.getSnapshot().restoredFieldCount).toBe(0);
    expect(reopened.controller.getSnapshot().unsaved).toBe(false);
    reopened.controller.setUnsentInput('ratings.PM1.links', '');
    expect(journal.entry()).toBeNull();
  });

  it('needs no choice when the newer version already holds the same content', async () => {
    const theirs = serverCopy(7, contentOf(withEvidence('Same words')(serverCopy(3))));
    const save = vi
      .fn<AutosaveOptions['save']>()
      .mockRejectedValueOnce(new ApiError(409, 'version_conflict', 'Changed', {}, theirs));
    const { controller, journal } = setup({ save });
    controller.edit(withEvidence('Same words'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(controller.getSnapshot().status.kind).toBe('saved');
    expect(controller.getSnapshot().server.version).toBe(7);
    expect(controller.getSnapshot().unsaved).toBe(false);
    expect(journal.entry()).toBeNull();
  });
});

describe('autosave over the HTTP data source', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports a save that gets no answer at the 15 s limit, keeps the text, and saves it after the pause', async () => {
    const { token } = startSession('lotte-ghent');
    const api = createHttpDataSource({
      baseUrl: 'http://localhost/api',
      getToken: () => token,
      timeoutMs: TEST_REQUEST_TIMEOUT_MS,
    });
    const initial = await api.getAssessment('ghent-2026');
    server.use(http.put('*/api/assessments/:id', noAnswer, { once: true }));
    vi.useFakeTimers();
    const { controller, journal } = setup({
      initial,
      save: (content, version) => api.saveAssessment(initial.id, content, version),
    });
    controller.edit(withEvidence('Typed while the API hangs'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE + 14_999);
    expect(controller.getSnapshot().status.kind).toBe('saving');

    await vi.advanceTimersByTimeAsync(1);
    expect(controller.getSnapshot().status).toMatchObject({ kind: 'retrying', attempt: 1 });
    expect(controller.getSnapshot().content.ratings.PM1?.evidence).toBe(
      'Typed while the API hangs',
    );
    expect(journal.entry()?.content.ratings.PM1?.evidence).toBe('Typed while the API hangs');

    // The next attempt waits for the first pause of the backoff, and the API answers it.
    await vi.advanceTimersByTimeAsync((RETRIES[0] ?? 0) - 1);
    expect(controller.getSnapshot().status.kind).toBe('retrying');
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => {
      expect(controller.getSnapshot().status.kind).toBe('saved');
    });
    expect(storedAssessment(initial.id).ratings.PM1?.evidence).toBe('Typed while the API hangs');
    expect(journal.entry()).toBeNull();
  });
});
