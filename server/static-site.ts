/**
 * One origin for the app and its API (`STATIC_DIR`): the server answers the API under its base
 * path and serves the app's production build for everything else, so a deployment is one
 * process behind HTTPS, with no CORS and no second server for the files.
 *
 * Files come from the build folder through @hono/node-server's serveStatic, which refuses `..`
 * segments, encoded slashes and backslashes; names starting with a dot (Vite's `.vite/`
 * manifest) are never served; a browser that accepts Brotli gets a file's `.br` copy, written by
 * the build (scripts/precompress-plugin.ts). Any other GET is a client-side route and gets index.html. Vite
 * puts content-hashed file names under /assets, so those may be cached for a year: a new build
 * has new names. index.html and the unhashed files (favicon, robots.txt) are revalidated on
 * every visit, so a deployment reaches every browser at its next load. Every page and file goes
 * with the security headers it is given (server/security-headers.ts: the Content-Security-Policy
 * among them), and the API's answers with the ones `withResponseHeaders` adds around it.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { RequestLogEntry } from './api/create-api';

/** Anything that answers requests: the contract's app, or the site around it. */
export interface FetchHandler {
  fetch(request: Request, env?: unknown): Response | Promise<Response>;
}

export interface StaticSiteOptions {
  /** The folder of the app's production build (Vite's outDir), holding index.html. */
  root: string;
  /** The API's base path: requests under it always go to the API. */
  apiBasePath: string;
  /** The headers sent with the page or file at a path (`securityHeadersFor`, security-headers.ts). */
  headers: (pathname: string) => Readonly<Record<string, string>>;
  /** Told of every request the site answers itself, as the API tells of its own. */
  onRequestDone?: (entry: RequestLogEntry) => void;
}

/** Hashed by Vite: a name there never changes content. */
const hashedAssets = '/assets/';
const aYear = 'public, max-age=31536000, immutable';

/**
 * Paths the API answers outside its base path (`createApi`'s health endpoints, for a load
 * balancer): a SPA route of the same name would hide them.
 */
const apiPathsOutsideBase = new Set(['/healthz', '/readyz']);

/** Whether `api` answers this request: every method but GET and HEAD, and its own paths. */
function isForApi(method: string, path: string, apiBasePath: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return true;
  return (
    path === apiBasePath || path.startsWith(`${apiBasePath}/`) || apiPathsOutsideBase.has(path)
  );
}

/**
 * The app's build in `root` around `api`: the API keeps its base path (and its JSON 404 for
 * unknown endpoints); files are served with their content type and cache headers; any other
 * GET answers index.html, where the app's router takes over.
 */
export function withStaticSite(
  api: FetchHandler,
  { root, apiBasePath, headers, onRequestDone }: StaticSiteOptions,
): FetchHandler {
  const site = new Hono();
  site.use(async (context, next) => {
    await next();
    const hashed = context.req.path.startsWith(hashedAssets) && context.res.ok;
    context.res.headers.set('Cache-Control', hashed ? aYear : 'no-cache');
    for (const [name, value] of Object.entries(headers(context.req.path))) {
      context.res.headers.set(name, value);
    }
  });
  // A file's Brotli copy (scripts/precompress-plugin.ts) goes to a browser that accepts it.
  const files = serveStatic({ root, precompressed: true });
  site.use(async (context, next) => {
    // Dot-named files and folders are the build's own bookkeeping, never the app's.
    if (context.req.path.includes('/.')) {
      await next();
      return;
    }
    return files(context, next);
  });
  // A missing hashed file is an old build's: a 404, never index.html run as a script.
  site.get(`${hashedAssets}*`, (context) => context.text('Not found', 404));
  site.get('*', serveStatic({ root, path: 'index.html' }));

  return {
    async fetch(request, env) {
      const { pathname } = new URL(request.url);
      if (isForApi(request.method, pathname, apiBasePath)) return api.fetch(request, env);
      const started = performance.now();
      const response = await site.fetch(request, env);
      const ms = Math.round((performance.now() - started) * 10) / 10;
      onRequestDone?.({
        method: request.method,
        path: pathname,
        status: response.status,
        ms,
        userId: null,
      });
      return response;
    },
  };
}

/**
 * `handler` with `headers` added to every answer that does not set them itself: the API's
 * (which the browser's mock runs too, where no header matters) get nosniff this way.
 */
export function withResponseHeaders(
  handler: FetchHandler,
  headers: Readonly<Record<string, string>>,
): FetchHandler {
  return {
    async fetch(request, env) {
      const response = await handler.fetch(request, env);
      const missing = Object.entries(headers).filter(([name]) => !response.headers.has(name));
      if (missing.length === 0) return response;
      // A redirect's or an error's headers are immutable: those get a copy.
      let answer = response;
      try {
        for (const [name, value] of missing) answer.headers.set(name, value);
      } catch {
        answer = new Response(response.body, response);
        for (const [name, value] of missing) answer.headers.set(name, value);
      }
      return answer;
    },
  };
}
