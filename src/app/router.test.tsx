/**
 * Which routes wait for the catalogue's later part (src/locales/catalogue-parts.ts) as they
 * load: all but the two shells and the overview with its embed, read off the app's own routes.
 * A page left out would show keys in place of its text until another page had loaded the part.
 */
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../data/query-client';
import { createTestDataSource } from '../../tests/utils/render-app';
import { createTestRouter, waitsForLaterCatalogue } from './router';

/** Each route with lazy code, as "parent path > path" ("index" for an index route), and whether it waits. */
function lazyRoutes(routes: readonly RouteObject[], parentPath = ''): [string, boolean][] {
  return routes.flatMap((route) => [
    ...(typeof route.lazy === 'object'
      ? [
          [
            `${parentPath || '(top)'} > ${route.index === true ? 'index' : (route.path ?? '')}`,
            waitsForLaterCatalogue(route, parentPath),
          ] as [string, boolean],
        ]
      : []),
    ...lazyRoutes(route.children ?? [], route.path ?? parentPath),
  ]);
}

describe('the routes and the catalogue’s later part', () => {
  const router = createTestRouter(
    {
      queryClient: createQueryClient({ onUnauthenticated: () => undefined }),
      dataSource: createTestDataSource(),
      apiReady: Promise.resolve(),
    },
    '/',
  );
  // Read before the router resolves any route's lazy code, then stopped.
  const routes = lazyRoutes(router.routes);
  router.dispose();

  it('leaves only the shells, the overview and its embed without it', () => {
    expect(routes.filter(([, waits]) => !waits).map(([route]) => route)).toEqual([
      '(top) > /embed',
      '/embed > overview/:chart',
      '(top) > /',
      '/ > index',
    ]);
  });

  it('makes every other page wait for it, the administration’s index and layout too', () => {
    const waiting = routes.filter(([, waits]) => waits).map(([route]) => route);
    expect(waiting).toEqual(
      expect.arrayContaining([
        '/ > admin',
        'admin > index',
        'admin > rounds',
        '/ > cities',
        '/ > compare',
        '(top) > /sign-in',
        '/ > *',
      ]),
    );
  });
});
