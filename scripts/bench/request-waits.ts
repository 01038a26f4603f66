/**
 * No request waterfalls (issue 17): when a page is opened by its address, its API requests start
 * together, none of them waiting for another to finish. This is the rule, the pages it holds
 * for and the recorder, shared by the bench (scripts/bench/request-starts.mjs, on the synthetic
 * set) and the end-to-end journey (tests/e2e/request-starts.spec.ts, on the sample set, in CI).
 *
 * A page is opened twice: at an address naming the round, where nothing may wait; and at its
 * plain address, where the page shows its default round (`chooseRound`), which only the rounds
 * list (and, for a city, its assessments) can tell: there the requests for that round's own
 * figures may wait for them, and nothing else may (`mayWait`, per page).
 */
import type { Page } from '@playwright/test';

/** One API request of a navigation: its path and query, and when it started and finished. */
export interface RecordedRequest {
  path: string;
  /** Milliseconds from the navigation. */
  start: number;
  end: number;
}

/** A request that started after another had finished, and the one that finished first. */
export interface WaitingRequest extends RecordedRequest {
  after: string;
}

/**
 * The API requests of one navigation that started after another had finished, leaving out
 * those `mayWait` allows (patterns of the request's path and query).
 */
export function waitingRequests(
  requests: readonly RecordedRequest[],
  mayWait: readonly RegExp[] = [],
): WaitingRequest[] {
  const firstFinished = requests.reduce<RecordedRequest | null>(
    (first, request) => (first === null || request.end < first.end ? request : first),
    null,
  );
  if (!firstFinished) return [];
  return requests
    .filter((request) => request.start > firstFinished.end)
    .filter((request) => !mayWait.some((pattern) => pattern.test(request.path)))
    .map((request) => ({ ...request, after: firstFinished.path }));
}

/** An address to open, and the requests that may wait there (for the default round). */
export interface RequestStartAddress {
  page: string;
  path: string;
  mayWait: readonly RegExp[];
}

/**
 * The pages held to the rule, each at its plain address and at one naming `round`; `city` is
 * the city whose profile is opened. The bench uses the synthetic set's, the journey the sample
 * set's.
 */
export function requestStartAddresses({
  city,
  round,
}: {
  city: string;
  round: string;
}): RequestStartAddress[] {
  const scoreRows = /^\/api\/scores/;
  return [
    // The default round is the open one: its progress and its cities' scores.
    {
      page: 'overview',
      path: '/',
      mayWait: [/^\/api\/rounds\/[^/]+\/progress/, /^\/api\/aggregates\/rounds\/[^/]+\/cities/],
    },
    { page: 'overview', path: `/?round=${round}`, mayWait: [] },
    // The default round is the latest closed one with approved assessments: its leaders.
    { page: 'key-trends', path: '/trends', mayWait: [/\/trend-leaders/] },
    { page: 'key-trends', path: `/trends?round=${round}`, mayWait: [] },
    // The default round is the latest closed one: its score rows.
    { page: 'compare', path: '/compare?group=all&view=heatmap', mayWait: [scoreRows] },
    { page: 'compare', path: `/compare?round=${round}&group=all&view=heatmap`, mayWait: [] },
    // The list shows the round and the round before it: both rounds' rows need the rounds list,
    // whatever the address names.
    { page: 'cities', path: '/cities', mayWait: [scoreRows] },
    { page: 'cities', path: `/cities?round=${round}`, mayWait: [scoreRows] },
    // The city's default round is its latest with an approved assessment: the group's aggregate.
    {
      page: 'city-profile',
      path: `/cities/${city}`,
      mayWait: [/^\/api\/aggregates\/rounds\/[^/?]+(\?|$)/],
    },
    { page: 'city-profile', path: `/cities/${city}?round=${round}`, mayWait: [] },
  ];
}

/** How long the API must be quiet, once the page is drawn, for its navigation to be over. */
const QUIET_MS = 500;

/**
 * Opens `url` in `page` and records its API requests (`/api/…`) from the navigation until the
 * page is drawn and its API has been quiet for half a second (the network's own idle comes too
 * early on the demo, whose mock API starts in the page). Times in ms from the call.
 */
export async function recordApiRequests(page: Page, url: string): Promise<RecordedRequest[]> {
  const started = performance.now();
  const now = () => performance.now() - started;
  const requests = new Map<object, { path: string; start: number; end: number | null }>();
  const onRequest = (request: { url: () => string }) => {
    const { pathname, search } = new URL(request.url());
    if (!pathname.startsWith('/api/')) return;
    requests.set(request, { path: `${pathname}${search}`, start: now(), end: null });
  };
  const onDone = (request: object) => {
    const entry = requests.get(request);
    if (entry) entry.end = now();
  };
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  try {
    await page.goto(url);
    await page.locator('main h1').waitFor();
    let quietSince = now();
    let known = requests.size;
    while (now() - quietSince < QUIET_MS) {
      await page.waitForTimeout(50);
      const busy = [...requests.values()].some((entry) => entry.end === null);
      if (busy || requests.size !== known) {
        known = requests.size;
        quietSince = now();
      }
    }
  } finally {
    page.off('request', onRequest);
    page.off('requestfinished', onDone);
    page.off('requestfailed', onDone);
  }
  return [...requests.values()].map((entry) => ({
    path: entry.path,
    start: Math.round(entry.start),
    end: Math.round(entry.end ?? now()),
  }));
}
