/**
 * Compresses what the server sends (gzip, or deflate, as the request's Accept-Encoding allows):
 * JSON, the app's scripts and styles (a browser that accepts Brotli gets the build's own `.br`
 * copy of a file instead, already encoded: static-site.ts). Sent as they are: answers under
 * 1 kB, where compressing costs more than it saves (a session, a round's progress), and
 * responses marked `no-transform` (one assessment with its version as ETag, which compression
 * would turn weak). Hono's own middleware (hono/compress, Node's zlib underneath); a reverse
 * proxy that compresses may do it instead, which this leaves alone (an encoded response is not
 * re-encoded).
 *
 * Wrapped around the whole server rather than put in the contract's app: in the browser the mock
 * runs that app, where bytes never travel.
 */
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { FetchHandler } from './static-site';

/** `site`, its answers compressed for clients that accept it. */
export function withCompression(site: FetchHandler): FetchHandler {
  const compressed = new Hono();
  compressed.use(compress());
  // The Node bindings (env) go along: the API reads the client's address from them.
  compressed.all('*', async (context) =>
    withLength(await site.fetch(context.req.raw, context.env)),
  );
  return compressed;
}

/**
 * The API's JSON with its Content-Length, which the compression's 1 kB threshold reads (Hono
 * sends JSON without one); the body is a string in memory already. Anything else as it is.
 */
async function withLength(response: Response): Promise<Response> {
  if (
    response.headers.has('Content-Length') ||
    !response.headers.get('Content-Type')?.startsWith('application/json')
  ) {
    return response;
  }
  const body = await response.arrayBuffer();
  const headers = new Headers(response.headers);
  headers.set('Content-Length', String(body.byteLength));
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
