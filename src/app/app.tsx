/** The composition root: data source, query client, i18n and router. */
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { DataSourceProvider } from '../data/data-source-context';
import { createHttpDataSource } from '../data/http-data-source';
import { currentSessionToken, useSessionTokenStore } from '../data/session-token-store';
import { env } from '../lib/env';
import { createQueryClient } from '../lib/query-client';
import { createAppRouter } from './router';

function clearSession() {
  useSessionTokenStore.getState().setToken(null);
}

export function App() {
  const [dataSource] = useState(() =>
    createHttpDataSource({ baseUrl: env.apiBaseUrl, getToken: currentSessionToken }),
  );
  const [queryClient] = useState(() => createQueryClient({ onUnauthenticated: clearSession }));
  const [router] = useState(() => createAppRouter());
  return (
    <DataSourceProvider dataSource={dataSource}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </DataSourceProvider>
  );
}
