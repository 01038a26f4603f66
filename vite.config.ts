import react from '@vitejs/plugin-react';
import { join } from 'node:path';
import type { ChunkingContext } from 'rolldown';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { catalogueParts } from './scripts/catalogue-parts-plugin.ts';
import { mapOutlines } from './scripts/map-outlines-plugin.ts';
import { precompress } from './scripts/precompress-plugin.ts';
import {
  apiOriginOf,
  parseFrameAncestors,
  securityHeadersFor,
  type SecurityHeaderOptions,
} from './server/security-headers.ts';

/** What the entry itself needs: React, the router, queries, i18n, validation. */
const everyPageLibraries =
  /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/](query-core|react-query)|i18next|react-i18next|zod|use-sync-external-store|html-parse-stringify|void-elements)[\\/]/;
/** Recharts and what it is built on (d3-geo, used by the map alone, is not). */
const cartesianChartLibraries =
  /node_modules[\\/](recharts|d3-(?!geo)[a-z-]+|victory-vendor|es-toolkit|immer|@reduxjs|redux|reselect|react-redux|decimal\.js-light|eventemitter3|tiny-invariant|clsx|internmap)[\\/]/;
/**
 * What only the radar chart (the compare page's role profile) uses. A chunk group takes in its
 * modules' imports too: `polar/` alone left Radar in the cartesian chunk, through the radar
 * selectors that import it, and with it the polar chart, its shapes and selectors (2.9 kB gzip
 * on the first route). What the cartesian charts' tooltip shares with the polar ones (the sector
 * cursor, polar axis selectors) stays in that chunk whatever this says.
 */
const rechartsPolar =
  /recharts[\\/]es6[\\/](polar[\\/]|chart[\\/](Radar|Polar)Chart|state[\\/]selectors[\\/](radar|polar\w*)Selectors|shape[\\/](Polygon|Sector)|state[\\/]ReportPolarOptions)/;
/**
 * The lazy cartesian chart components: one small chunk each cost more (gzip and import lists)
 * than one chunk for all; still loaded on demand, after Recharts, never with a page.
 */
const cartesianCharts =
  /[\\/]src[\\/]components[\\/](trend-adoption-chart|dumbbell-chart|round-line-chart|labelled-bar-chart|rating-distribution-chart|grouped-bar-chart|ranked-bar-chart)\.tsx$/;
const appSource = /[\\/]src[\\/]/;
/** Loaded when someone exports a figure, never to show a page: kept out of the shared chunk. */
const exportFiles = /[\\/]src[\\/]lib[\\/]export[\\/]/;
/** Where the first route starts (scripts/bench.mjs measures the same): the shell and the overview. */
const firstRouteRoots = [
  'src/main.tsx',
  'src/app/app-layout.tsx',
  'src/app/routes/overview-route.tsx',
];
/** Where the router loads every other page lazily: its dynamic imports lead away from the first route. */
const router = /[\\/]src[\\/]app[\\/]router\.tsx$/;

/** Per chunking pass: its context is the same object throughout the pass. */
const firstRouteModulesOf = new WeakMap<ChunkingContext, ReadonlySet<string>>();

/**
 * The modules a first visit to the overview loads, statically or lazily (not the other pages,
 * nor the export code), worked out once per build from the module graph the chunking sees.
 */
function firstRouteModules(context: ChunkingContext): ReadonlySet<string> {
  const known = firstRouteModulesOf.get(context);
  if (known) return known;
  const reached = new Set<string>();
  const queue = firstRouteRoots.map((file) => join(import.meta.dirname, file));
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (reached.has(id)) continue;
    reached.add(id);
    const info = context.getModuleInfo(id);
    if (!info) continue;
    queue.push(...info.importedIds);
    if (!router.test(id))
      queue.push(...info.dynamicallyImportedIds.filter((next) => !exportFiles.test(next)));
  }
  firstRouteModulesOf.set(context, reached);
  return reached;
}

/**
 * What `vite preview` sends with every file (`npm start`, the e2e demo): the same headers as the
 * Node server (server/security-headers.ts), from the same settings: the API's origin from the
 * mode's `VITE_API_BASE_URL` and `FRAME_ANCESTORS` from the environment or the mode's .env file.
 * The dev server sends none: React's Fast Refresh injects an inline script (README
 * "Security headers").
 */
function previewSecurityHeaders(): Plugin {
  return {
    name: 'charter-monitor:preview-security-headers',
    // Read for `vite preview` alone: a mistyped FRAME_ANCESTORS stops the server that would
    // send it, not the dev server, a build or the unit tests.
    configurePreviewServer(server) {
      const settings = loadEnv(server.config.mode, import.meta.dirname, [
        'VITE_',
        'FRAME_ANCESTORS',
      ]);
      const options: SecurityHeaderOptions = {
        apiOrigin: apiOriginOf(settings.VITE_API_BASE_URL),
        frameAncestors: parseFrameAncestors(settings.FRAME_ANCESTORS),
      };
      // Per path, as the Node server does: only an embed may be framed by the named sites.
      server.middlewares.use((request, response, next) => {
        const { pathname } = new URL(request.url ?? '/', 'http://preview');
        for (const [name, value] of Object.entries(securityHeadersFor(pathname, options))) {
          response.setHeader(name, value);
        }
        next();
      });
    },
  };
}

export default defineConfig(() => ({
  plugins: [react(), mapOutlines(), catalogueParts(), previewSecurityHeaders(), precompress()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    // Fewer, larger chunks than Rolldown's default (one per set of importers, often a few
    // hundred bytes each), which compress better (README "Benchmark": what each change bought):
    // the libraries every page loads in one chunk; Recharts' cartesian charts, which every
    // chart page needs, in another (its polar charts stay with the radar chart, d3-geo with the
    // map); app modules shared by several routes in a third, cut in two by what the overview's
    // first visit loads (`common`) and what only other pages share (`shared`), as are the lazy
    // chart components (`charts`, `more-charts`); the export code, loaded on demand, in none.
    // Routes, charts and the export code stay lazy.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'vendor', test: everyPageLibraries, priority: 20 },
            {
              name: 'recharts',
              test: (id) => cartesianChartLibraries.test(id) && !rechartsPolar.test(id),
              priority: 10,
            },
            {
              // The first route's share: what the others use too, but not what it does not.
              name: (id, context) => (firstRouteModules(context).has(id) ? 'common' : 'shared'),
              test: (id) => appSource.test(id) && !exportFiles.test(id),
              minShareCount: 2,
              minSize: 8000,
              priority: 5,
            },
            {
              name: (id, context) =>
                firstRouteModules(context).has(id) ? 'charts' : 'more-charts',
              test: cartesianCharts,
              priority: 4,
            },
          ],
        },
      },
    },
  },
  test: {
    restoreMocks: true,
    projects: [
      {
        // Pure logic and the API contract: plain Node, no DOM.
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'mocks/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['tests/contract/**'],
          setupFiles: ['tests/setup/mock-api-setup.ts', 'tests/setup/catalogue-setup.ts'],
        },
      },
      {
        // The server's stores and the API contract suite: plain Node without the mock API's
        // shared setup (each contract file starts its own target: MSW, or the Node server on
        // PostgreSQL). PGlite takes seconds to start and the tests share a busy machine.
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts', 'tests/contract/**/*.test.ts'],
          hookTimeout: 120_000,
          testTimeout: 60_000,
        },
      },
      {
        // Components and routes: jsdom, rendered through the real app against the mock API.
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          // Rendering the whole app and typing key by key takes seconds on a busy 2-core machine.
          testTimeout: 15_000,
          include: ['src/**/*.test.tsx', 'tests/**/*.test.tsx'],
          setupFiles: [
            'tests/setup/mock-api-setup.ts',
            'tests/setup/catalogue-setup.ts',
            'tests/setup/dom-setup.ts',
          ],
        },
      },
    ],
  },
}));
