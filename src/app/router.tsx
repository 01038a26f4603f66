/**
 * Routes, each lazy-loaded into its own chunk. A page's errors are caught by the PageBoundary
 * around it (retry in place); the router's ErrorBoundary catches the rest, e.g. a chunk that
 * failed to load.
 *
 * Data-heavy pages also name what they show first (a `PagePrefetch`: data, and charts' code
 * where the charts are on the first screen),
 * which the route's loader fetches alongside the page's code (the layout's data without waiting
 * for it; the overview's, the first route, from the entry). On the first page load the router
 * waits for it, so that the page appears whole, at once: a page that suspended on its data after the layout was
 * drawn would be held back by React's 300 ms fallback throttle, and fetched query after query.
 * Later navigations do not wait: the new page shows at once, with its own loading state.
 *
 * Under /embed, outside the signed-in layout, a page's chart is shown alone for other sites'
 * iframes (embed-layout): `/embed/<page>/<chart>?<the page's state>`.
 */
import type { ComponentType } from 'react';
import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';
import type { PagePrefetch, PagePrefetchContext } from '../data/page-prefetch';
import { prefetchOverviewData } from '../features/overview/overview-data';
import { loadLaterCatalogue } from '../lib/i18n';
import { AppLoading } from './app-loading';
import { embedHandle } from './embed-handle';
import { prefetchLayout } from './layout-prefetch';
import { notFoundHandle } from './not-found-page';
import { RouteErrorPage } from './route-error-page';

export interface AppRouterContext extends PagePrefetchContext {
  /** Resolves once the API answers (the demo's mock API starts in the page). */
  apiReady: Promise<void>;
}

/** Fresh route objects per router: the router resolves `lazy` by changing them in place. */
function createAppRoutes(context: AppRouterContext, isFirstLoad: () => boolean): RouteObject[] {
  // Only on entering a route: a page's own changes (filters, sorting, round) fetch as it renders.
  // Pages without a loader keep their URL changes synchronous (a loader anywhere in the matched
  // routes makes every navigation asynchronous: a keystroke in the cities filter took ~18 ms
  // longer), so the layout's data comes with each page's, not from a loader of its own.
  // An embed has no layout, so it fetches only its page's data.
  const pageData = (
    loadPrefetch: () => Promise<PagePrefetch>,
    { withLayout = true } = {},
  ): Pick<RouteObject, 'loader' | 'shouldRevalidate'> => ({
    loader: async ({ request, params }) => {
      const url = new URL(request.url);
      // The layout's data does not wait for the page's code to arrive.
      const fetching = Promise.all([
        withLayout ? context.apiReady.then(() => prefetchLayout(context, url, params)) : undefined,
        Promise.all([loadPrefetch(), context.apiReady]).then(([prefetch]) =>
          prefetch(context, url, params),
        ),
      ]);
      if (isFirstLoad()) await fetching;
      // Later, the page shows at once and asks for its own data: a failure here (the page's code
      // from an earlier build, gone from the server) reaches the reader through the page, whose
      // code fails alike, not as an unhandled rejection.
      else void fetching.catch(() => undefined);
      return null;
    },
    shouldRevalidate: () => false,
  });
  /**
   * A page's chart alone (embed-layout): the page as its full view renders it, and its data on
   * the first load; `figurePage` is the page as its charts' `FigureName`s call it.
   */
  const embedRoute = (
    path: string,
    figurePage: string,
    load: () => Promise<{ Component: ComponentType; prefetchPageData: PagePrefetch }>,
  ): RouteObject => ({
    path,
    handle: embedHandle(figurePage),
    ...pageData(async () => (await load()).prefetchPageData, { withLayout: false }),
    lazy: { Component: async () => (await load()).Component },
  });
  return [
    {
      path: '/sign-in',
      ErrorBoundary: RouteErrorPage,
      HydrateFallback: AppLoading,
      lazy: { Component: async () => (await import('./routes/sign-in-route')).SignInRoute },
    },
    ...(
      [
        ['/invitation', 'AcceptInvitationRoute'],
        ['/sign-in/link', 'LinkSignInRoute'],
        ['/reset-password', 'ResetPasswordRoute'],
      ] as const
    ).map(([path, name]): RouteObject => ({
      path,
      ErrorBoundary: RouteErrorPage,
      HydrateFallback: AppLoading,
      lazy: { Component: async () => (await import('./routes/account-link-routes'))[name] },
    })),
    {
      path: '/embed',
      ErrorBoundary: RouteErrorPage,
      HydrateFallback: AppLoading,
      lazy: { Component: async () => (await import('./embed-layout')).EmbedLayout },
      children: [
        embedRoute('overview/:chart', 'overview', async () => {
          const { OverviewEmbedRoute, prefetchPageData } =
            await import('./routes/overview-embed-route');
          return { Component: OverviewEmbedRoute, prefetchPageData };
        }),
        embedRoute('compare/:chart', 'compare', async () => {
          const { CompareRoute, prefetchPageData } = await import('./routes/compare-route');
          return { Component: CompareRoute, prefetchPageData };
        }),
        embedRoute('trends/:chart', 'key-trends', async () => {
          const { TrendsEmbedRoute, prefetchPageData } =
            await import('./routes/trends-embed-route');
          return { Component: TrendsEmbedRoute, prefetchPageData };
        }),
        embedRoute('cities/:cityId/:chart', 'city', async () => {
          const { CityEmbedRoute, prefetchPageData } = await import('./routes/city-embed-route');
          return { Component: CityEmbedRoute, prefetchPageData };
        }),
        // Any other address under /embed: the layout says the chart does not exist.
        { path: '*', Component: () => null },
      ],
    },
    {
      path: '/',
      ErrorBoundary: RouteErrorPage,
      HydrateFallback: AppLoading,
      lazy: { Component: async () => (await import('./app-layout')).AppLayout },
      children: [
        {
          index: true,
          // The first route's data starts as the router does, not after the page's code.
          ...pageData(() => Promise.resolve(prefetchOverviewData)),
          lazy: { Component: async () => (await import('./routes/overview-route')).OverviewRoute },
        },
        {
          path: 'cities',
          lazy: { Component: async () => (await import('./routes/cities-route')).CitiesRoute },
        },
        {
          path: 'cities/:cityId',
          handle: notFoundHandle('city'),
          ...pageData(async () => (await import('./routes/city-route')).prefetchPageData),
          lazy: { Component: async () => (await import('./routes/city-route')).CityRoute },
        },
        {
          path: 'cities/:cityId/report',
          handle: notFoundHandle('city'),
          lazy: {
            Component: async () => (await import('./routes/city-report-route')).CityReportRoute,
          },
        },
        {
          path: 'assessments/:assessmentId',
          handle: notFoundHandle('assessment'),
          lazy: {
            Component: async () => (await import('./routes/assessment-route')).AssessmentRoute,
          },
        },
        {
          path: 'compare',
          ...pageData(async () => (await import('./routes/compare-route')).prefetchPageData),
          lazy: { Component: async () => (await import('./routes/compare-route')).CompareRoute },
        },
        {
          path: 'trends',
          ...pageData(async () => (await import('./routes/trends-route')).prefetchPageData),
          lazy: { Component: async () => (await import('./routes/trends-route')).TrendsRoute },
        },
        {
          path: 'review',
          lazy: { Component: async () => (await import('./routes/review-route')).ReviewRoute },
        },
        {
          // Administration: each area's page is a child (B, C and D add theirs here).
          path: 'admin',
          lazy: { Component: async () => (await import('./routes/admin-route')).AdminRoute },
          children: [
            {
              index: true,
              lazy: {
                Component: async () => (await import('./routes/admin-route')).AdminIndexRoute,
              },
            },
            {
              path: 'rounds',
              lazy: {
                Component: async () => (await import('./routes/admin-route')).AdminRoundsRoute,
              },
            },
            {
              path: 'cities',
              lazy: {
                Component: async () => (await import('./routes/admin-route')).AdminCitiesRoute,
              },
            },
            {
              path: 'users',
              lazy: {
                Component: async () => (await import('./routes/admin-users-route')).AdminUsersRoute,
              },
            },
            {
              path: 'audit',
              lazy: {
                Component: async () => (await import('./routes/admin-route')).AdminAuditRoute,
              },
            },
            {
              path: 'import',
              lazy: { Component: async () => (await import('./routes/import-route')).ImportRoute },
            },
            {
              path: 'backup',
              lazy: { Component: async () => (await import('./routes/backup-route')).BackupRoute },
            },
          ],
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

/**
 * Whether a route waits for the catalogue's later part (src/locales/catalogue-parts.ts) as it
 * loads: every route with lazy code but the two shells (the app's layout at `/`, the embed's at
 * `/embed`) and the overview and its embed, the pages the first part is made for. `parentPath`
 * is the path of the route's parent ('' at the top).
 */
export function waitsForLaterCatalogue(route: RouteObject, parentPath: string): boolean {
  const isShell = parentPath === '' && route.children !== undefined;
  const isOverview =
    (parentPath === '/' && route.index === true) ||
    (parentPath === '/embed' && route.path === 'overview/:chart');
  return typeof route.lazy === 'object' && !isShell && !isOverview;
}

/** A route's lazy code, made to load the catalogue's later part beside it when it waits for it. */
function lazyWithCatalogue(route: RouteObject, parentPath: string): RouteObject['lazy'] {
  const lazy = route.lazy;
  if (!waitsForLaterCatalogue(route, parentPath) || typeof lazy !== 'object') return lazy;
  const loadComponent = lazy.Component;
  if (!loadComponent) return lazy;
  return {
    ...lazy,
    Component: async () => (await Promise.all([loadComponent(), loadLaterCatalogue()]))[0],
  };
}

/**
 * Every route that waits for the later part loads it beside its code and shows once both are in
 * (a layout's children wait too), so no page shows a key in place of its text.
 */
function withLaterCatalogue(routes: RouteObject[], parentPath = ''): RouteObject[] {
  return routes.map((route) =>
    route.index === true
      ? { ...route, lazy: lazyWithCatalogue(route, parentPath) }
      : {
          ...route,
          lazy: lazyWithCatalogue(route, parentPath),
          children: route.children && withLaterCatalogue(route.children, route.path ?? parentPath),
        },
  );
}

/**
 * The router `make` creates, given whether it is still on its first load. A router runs its
 * first loaders while it is being created, before it exists: that is the first load too.
 */
function withFirstLoad<Router extends { state: { initialized: boolean } }>(
  make: (isFirstLoad: () => boolean) => Router,
): Router {
  let router: Router | undefined = undefined;
  router = make(() => router === undefined || !router.state.initialized);
  return router;
}

/** The app's router; it starts loading the code and data of the page at the address at once. */
export function createAppRouter(context: AppRouterContext) {
  return withFirstLoad((isFirstLoad) =>
    createBrowserRouter(withLaterCatalogue(createAppRoutes(context, isFirstLoad))),
  );
}

/** The same routes in memory, for component tests. */
export function createTestRouter(context: AppRouterContext, initialPath: string) {
  return withFirstLoad((isFirstLoad) =>
    createMemoryRouter(withLaterCatalogue(createAppRoutes(context, isFirstLoad)), {
      initialEntries: [initialPath],
    }),
  );
}
