/** The composition root: the configured data source, the query client and the router. */
import { createHttpDataSource } from '../data/http-data-source';
import type { QueryClient } from '@tanstack/react-query';
import { createQueryClient, endSessionOnUnauthenticated } from '../data/query-client';
import { currentSessionToken, followSessionInOtherTabs } from '../data/session-token-store';
import { env } from '../lib/env';
import { discardAllUnsavedWork } from '../lib/unsaved-work';
import { AppProviders } from './app-providers';
import { createAppRouter } from './router';

/**
 * Creates the app's parts. The router starts loading the code of the page at the address as
 * soon as it exists, so create it early; its data waits for `apiReady` (the demo's mock API).
 */
export function createApp({ apiReady }: { apiReady: Promise<void> }) {
  const dataSource = createHttpDataSource({
    baseUrl: env.apiBaseUrl,
    getToken: currentSessionToken,
    timeoutMs: env.apiTimeoutMs,
  });
  const queryClient: QueryClient = createQueryClient({
    onUnauthenticated: () => {
      endSessionOnUnauthenticated(queryClient);
    },
  });
  const router = createAppRouter({
    queryClient,
    dataSource,
    apiReady,
  });
  // Signed out in another tab: that tab deleted this person's drafts; editors open here must not
  // write them back. Then every query is read again as whoever is signed in now (or a
  // visitor): a public page stays, showing nothing of the person; a page for signed-in people
  // sends the visitor to sign in.
  followSessionInOtherTabs(discardAllUnsavedWork, () => void queryClient.resetQueries());
  return function App() {
    return <AppProviders dataSource={dataSource} queryClient={queryClient} router={router} />;
  };
}
