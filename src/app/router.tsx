/** Routes, each lazy-loaded into its own chunk, each with its own error boundary. */
import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { AppLoading } from './app-loading';
import { RouteErrorPage } from './route-error-page';

export const appRoutes: RouteObject[] = [
  {
    path: '/sign-in',
    ErrorBoundary: RouteErrorPage,
    HydrateFallback: AppLoading,
    lazy: { Component: async () => (await import('./routes/sign-in-route')).SignInRoute },
  },
  {
    path: '/',
    ErrorBoundary: RouteErrorPage,
    HydrateFallback: AppLoading,
    lazy: { Component: async () => (await import('./app-layout')).AppLayout },
    children: [
      {
        index: true,
        ErrorBoundary: RouteErrorPage,
        lazy: { Component: async () => (await import('./routes/overview-route')).OverviewRoute },
      },
      {
        path: 'cities',
        ErrorBoundary: RouteErrorPage,
        lazy: { Component: async () => (await import('./routes/cities-route')).CitiesRoute },
      },
      {
        path: 'cities/:cityId',
        ErrorBoundary: RouteErrorPage,
        lazy: { Component: async () => (await import('./routes/city-route')).CityRoute },
      },
      {
        path: 'compare',
        ErrorBoundary: RouteErrorPage,
        lazy: { Component: async () => (await import('./routes/compare-route')).CompareRoute },
      },
      {
        path: 'trends',
        ErrorBoundary: RouteErrorPage,
        lazy: { Component: async () => (await import('./routes/trends-route')).TrendsRoute },
      },
      {
        path: 'review',
        ErrorBoundary: RouteErrorPage,
        lazy: { Component: async () => (await import('./routes/review-route')).ReviewRoute },
      },
      {
        path: 'settings',
        ErrorBoundary: RouteErrorPage,
        lazy: { Component: async () => (await import('./routes/settings-route')).SettingsRoute },
      },
      {
        path: '*',
        ErrorBoundary: RouteErrorPage,
        lazy: { Component: async () => (await import('./routes/not-found-route')).NotFoundRoute },
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}

/** The same routes in memory, for component tests. */
export function createTestRouter(initialPath: string) {
  return createMemoryRouter(appRoutes, { initialEntries: [initialPath] });
}
