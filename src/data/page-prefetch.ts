/**
 * Fetching what a page shows first before the page is drawn: each data-heavy page names its
 * data and, where its charts are on its first screen, their code, and the router fetches them
 * alongside the page's own code (src/app/router.tsx). The overview names no chart code: its
 * charts are below its key figures and load when they come near the screen (ChartFrame).
 */
import type { QueryClient } from '@tanstack/react-query';
import type { DataSource } from './data-source';

export interface PagePrefetchContext {
  queryClient: QueryClient;
  dataSource: DataSource;
}

/**
 * Puts what the page at `url` shows first into the query cache, and starts loading its charts'
 * code; `params` are the route's path parameters (e.g. `cityId`). It never throws: a failed
 * query stays in the cache, and the page shows its error as it would have without this.
 */
export type PagePrefetch = (
  context: PagePrefetchContext,
  url: URL,
  params: Readonly<Record<string, string | undefined>>,
) => Promise<void>;

/** A fetch for the cache whose failure the page will show: resolves to undefined instead. */
export function settled<T>(fetching: Promise<T>): Promise<T | undefined> {
  return fetching.catch(() => undefined);
}
