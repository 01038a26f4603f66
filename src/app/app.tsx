/** The composition root: the configured data source, the query client and the router. */
import { useState } from 'react';
import { createHttpDataSource } from '../data/http-data-source';
import { clearSessionToken, currentSessionToken } from '../data/session-token-store';
import { env } from '../lib/env';
import { createQueryClient } from '../lib/query-client';
import { AppProviders } from './app-providers';
import { createAppRouter } from './router';

export function App() {
  const [dataSource] = useState(() =>
    createHttpDataSource({ baseUrl: env.apiBaseUrl, getToken: currentSessionToken }),
  );
  const [queryClient] = useState(() => createQueryClient({ onUnauthenticated: clearSessionToken }));
  const [router] = useState(() => createAppRouter());
  return <AppProviders dataSource={dataSource} queryClient={queryClient} router={router} />;
}
