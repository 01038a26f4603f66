/** The composition root: the configured data source, the query client and the router. */
import { createHttpDataSource } from '../data/http-data-source';
import { createQueryClient } from '../data/query-client';
import {
  clearSessionToken,
  currentSessionToken,
  followSessionInOtherTabs,
} from '../data/session-token-store';
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
  const queryClient = createQueryClient({ onUnauthenticated: clearSessionToken });
  // Signed out in another tab: that tab deleted this person's drafts; editors open here must not
  // write them back.
  followSessionInOtherTabs(discardAllUnsavedWork);
  const router = createAppRouter({
    queryClient,
    dataSource,
    apiReady,
    isSignedIn: () => currentSessionToken() !== null,
  });
  return function App() {
    return <AppProviders dataSource={dataSource} queryClient={queryClient} router={router} />;
  };
}
