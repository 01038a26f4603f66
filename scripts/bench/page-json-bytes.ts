/**
 * API JSON per page on the 2,000-city data set: the bytes of every answer a page's first visit
 * fetches, summed, for the budgets of issue 13 (overview and key trends 200 kB, a city profile
 * 50 kB; 1 kB = 1,000 bytes, as the bench counts). Each answer is counted twice: as the server
 * sends it to a browser (compressed by server/compression.ts, asked with Chromium's
 * Accept-Encoding), which the budgets hold, and as JSON once decoded.
 *
 * A page is fetched as the app fetches it: the app's own router (src/app/router.tsx) enters
 * the page's address, and its loader fetches what the layout and the page show first through
 * the real HTTP data source; the answers come from the server's handler (the API, server/api,
 * with its compression) over the mock's memory store on the synthetic data set, signed in as a
 * coordinator. Each page starts with an empty
 * cache, so reference data it shares with other pages (the session, the city list) counts for
 * each. The page tests check that a page's loader fetches everything the page asks for (the
 * overview's: src/features/overview/overview-page.test.tsx).
 *
 * The module needs Vite's transforms (TSX, `import.meta.env`, the map's virtual module): plain
 * Node calls it through scripts/bench/page-json.mjs (`measurePageJsonBytes()`, or `node
 * scripts/bench/page-json.mjs` for the table); tests/bench/page-json-bytes.test.ts runs it
 * under Vitest and checks the budgets.
 */
import { gunzipSync, inflateSync } from 'node:zlib';
import { createDemoDatabase } from '../../mocks/db/demo-database';
import { memoryStorage } from '../../mocks/db/storage';
import { createApi } from '../../server/api/create-api';
import { withCompression } from '../../server/compression';
import { createTestRouter } from '../../src/app/router';
import { createHttpDataSource } from '../../src/data/http-data-source';
import { createQueryClient } from '../../src/data/query-client';

/** A page to measure: its name, its address, and its budget in bytes. */
export interface BenchPage {
  name: string;
  path: string;
  budget: number;
}

/** One answer a page fetched: its JSON's bytes, and the bytes the server sent for it. */
export interface AnswerBytes {
  path: string;
  status: number;
  bytes: number;
  sentBytes: number;
  /** The Content-Encoding it was sent with; null when sent as it is (small answers). */
  encoding: string | null;
}

/** A page's answers and their sums. */
export interface PageJsonBytes extends BenchPage {
  answers: AnswerBytes[];
  bytes: number;
  sentBytes: number;
}

/** The pages of the budgets: London has an assessment in every round of the synthetic set. */
export const benchPages: readonly BenchPage[] = [
  { name: 'overview', path: '/', budget: 200_000 },
  { name: 'key-trends', path: '/trends', budget: 200_000 },
  { name: 'city-profile', path: '/cities/london', budget: 50_000 },
];

const BASE_URL = 'http://page-json-bytes.invalid/api';

export interface PageJsonBytesOptions {
  pages?: readonly BenchPage[];
  /** The demo user the pages are fetched for; a coordinator reads the most. */
  userId?: string;
}

/** Measures each page in turn (each with a fresh cache) on one synthetic data set. */
export async function pageJsonBytes({
  pages = benchPages,
  userId = 'claire-coordinator',
}: PageJsonBytesOptions = {}): Promise<PageJsonBytes[]> {
  const database = createDemoDatabase({ storage: memoryStorage(), dataSet: 'synthetic' });
  const server = withCompression(
    createApi({ store: database.store, demo: database.demo, demoSignIn: true, publicRead: true }),
  );
  const token = 'page-json-bytes';
  await database.store.createSession(token, userId);
  const measured: PageJsonBytes[] = [];
  for (const page of pages) {
    const answers = await answersOf(page.path, (request) => server.fetch(request), token);
    measured.push({
      ...page,
      answers,
      bytes: answers.reduce((sum, answer) => sum + answer.bytes, 0),
      sentBytes: answers.reduce((sum, answer) => sum + answer.sentBytes, 0),
    });
  }
  return measured;
}

/** What Chromium sends as Accept-Encoding. */
const ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

/** A body as the browser reads it, once decoded as its Content-Encoding says. */
function decoded(sent: Uint8Array<ArrayBuffer>, encoding: string | null): Uint8Array<ArrayBuffer> {
  if (encoding === null) return sent;
  if (encoding === 'gzip') return new Uint8Array(gunzipSync(sent));
  if (encoding === 'deflate') return new Uint8Array(inflateSync(sent));
  throw new Error(`Unexpected Content-Encoding ${encoding}`);
}

/**
 * The answers the app's loaders fetch to enter `path` with an empty cache. `fetch` is swapped
 * for the API's own handler while the router loads: the data source calls the global one.
 */
async function answersOf(
  path: string,
  answer: (request: Request) => Response | Promise<Response>,
  token: string,
): Promise<AnswerBytes[]> {
  const answers: AnswerBytes[] = [];
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    request.headers.set('Accept-Encoding', ACCEPT_ENCODING);
    const response = await answer(request);
    const sent = new Uint8Array(await response.arrayBuffer());
    const encoding = response.headers.get('Content-Encoding');
    const body = decoded(sent, encoding);
    const url = new URL(request.url);
    answers.push({
      path: `${url.pathname.replace(/^\/api/, '')}${url.search}`,
      status: response.status,
      bytes: body.byteLength,
      sentBytes: sent.byteLength,
      encoding,
    });
    const headers = new Headers(response.headers);
    headers.delete('Content-Encoding');
    return new Response(body, { status: response.status, headers });
  };
  try {
    const router = createTestRouter(
      {
        queryClient: createQueryClient({ onUnauthenticated: () => undefined }),
        dataSource: createHttpDataSource({
          baseUrl: BASE_URL,
          getToken: () => token,
          timeoutMs: 60_000,
        }),
        apiReady: Promise.resolve(),
      },
      path,
    );
    // The first navigation waits for its loaders: everything they fetch has been answered.
    await new Promise<void>((resolve) => {
      if (router.state.initialized) resolve();
      const unsubscribe = router.subscribe((state) => {
        if (!state.initialized) return;
        unsubscribe();
        resolve();
      });
    });
    router.dispose();
  } finally {
    globalThis.fetch = networkFetch;
  }
  return answers.sort((a, b) => a.path.localeCompare(b.path));
}

/** The measurements as plain text: per page, its answers (sent, encoding, JSON), biggest first. */
export function formatPageJsonBytes(pages: readonly PageJsonBytes[]): string {
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  return pages
    .flatMap((page) => [
      `${page.name} (${page.path}): ${kB(page.sentBytes)} sent (${kB(page.bytes)} of JSON), ` +
        `budget ${kB(page.budget)}${page.sentBytes > page.budget ? ' EXCEEDED' : ''}`,
      ...[...page.answers]
        .sort((a, b) => b.bytes - a.bytes)
        .map(
          (answer) =>
            `  ${kB(answer.sentBytes).padStart(9)} ${(answer.encoding ?? '').padEnd(4)} ${kB(answer.bytes).padStart(10)} JSON  ${answer.path}`,
        ),
    ])
    .join('\n');
}
