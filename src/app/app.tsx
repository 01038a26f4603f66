/** The composition root: the configured data source, the query client and the router. */
import { createHttpDataSource } from '../data/http-data-source';
import type { QueryClient } from '@tanstack/react-query';
import { createQueryClient, endSessionOnUnauthenticated } from '../data/query-client';
import { currentSessionToken, followSessionInOtherTabs } from '../data/session-token-store';
import { env } from '../lib/env';
import { paths } from '../lib/paths';
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
  // write them back. This tab goes to sign in too, forgetting what it read as that person.
  followSessionInOtherTabs(
    () => {
      discardAllUnsavedWork();
      queryClient.clear();
      void router.navigate(paths.signInFrom(router.state.location));
    },
    // Read as a visitor until now: read again as the person now signed in.
    () => void queryClient.resetQueries(),
  );
  return function App() {
    return <AppProviders dataSource={dataSource} queryClient={queryClient} router={router} />;
  };
}
