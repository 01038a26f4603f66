/**
 * Compresses what the server sends (gzip, or deflate, as the request's Accept-Encoding allows):
 * JSON, the app's scripts and styles. Sent as they are: files under 1 kB (the API's JSON carries
 * no length, so it is compressed however short) and responses marked `no-transform` (one
 * assessment with its version as ETag, which compression would turn weak). Hono's own middleware (hono/compress, Node's zlib underneath); a reverse proxy that
 * compresses may do it instead, which this leaves alone (an encoded response is not re-encoded).
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
  compressed.all('*', (context) => site.fetch(context.req.raw));
  return compressed;
}
