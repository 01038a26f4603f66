/**
 * Routes, each lazy-loaded into its own chunk. A page's errors are caught by the PageBoundary
 * around it (retry in place); the router's ErrorBoundary catches the rest, e.g. a chunk that
 * failed to load.
 */
import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { AppLoading } from './app-loading';
import { RouteErrorPage } from './route-error-page';

/** Fresh route objects per router: the router resolves `lazy` by changing them in place. */
function createAppRoutes(): RouteObject[] {
  return [
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
          lazy: { Component: async () => (await import('./routes/overview-route')).OverviewRoute },
        },
        {
          path: 'cities',
          lazy: { Component: async () => (await import('./routes/cities-route')).CitiesRoute },
        },
        {
          path: 'cities/:cityId',
          lazy: { Component: async () => (await import('./routes/city-route')).CityRoute },
        },
        {
          path: 'cities/:cityId/report',
          lazy: {
            Component: async () => (await import('./routes/city-report-route')).CityReportRoute,
          },
        },
        {
          path: 'assessments/:assessmentId',
          lazy: {
            Component: async () => (await import('./routes/assessment-route')).AssessmentRoute,
          },
        },
        {
          path: 'compare',
          lazy: { Component: async () => (await import('./routes/compare-route')).CompareRoute },
        },
        {
          path: 'trends',
          lazy: { Component: async () => (await import('./routes/trends-route')).TrendsRoute },
        },
        {
          path: 'review',
          lazy: { Component: async () => (await import('./routes/review-route')).ReviewRoute },
        },
        {
          path: 'settings',
          lazy: { Component: async () => (await import('./routes/settings-route')).SettingsRoute },
        },
        {
          path: '*',
          lazy: { Component: async () => (await import('./routes/not-found-route')).NotFoundRoute },
        },
      ],
    },
  ];
}

export function createAppRouter() {
  return createBrowserRouter(createAppRoutes());
}

/** The same routes in memory, for component tests. */
export function createTestRouter(initialPath: string) {
  return createMemoryRouter(createAppRoutes(), { initialEntries: [initialPath] });
}
