import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import type { createBrowserRouter } from 'react-router';
import type { DataSource } from '../data/data-source';
import { DataSourceProvider } from '../data/data-source-context';

interface AppProvidersProps {
  dataSource: DataSource;
  queryClient: QueryClient;
  router: ReturnType<typeof createBrowserRouter>;
}

/** The whole provider tree; the app and the tests differ only in what they pass in. */
export function AppProviders({ dataSource, queryClient, router }: AppProvidersProps) {
  return (
    <DataSourceProvider dataSource={dataSource}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </DataSourceProvider>
  );
}
