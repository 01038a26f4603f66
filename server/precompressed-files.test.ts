/**
 * The build's Brotli copies (scripts/precompress-plugin.ts) as the server sends them, composed as
 * server/main.ts composes the site, over a real socket: a browser that accepts Brotli gets the
 * copy, marked so and varying by Accept-Encoding; one that accepts only gzip gets the file
 * gzipped per request; a client that asks for neither gets the file as it is. No answer is
 * encoded twice.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { withCompression } from './compression';
import { startServer, type RunningServer } from './start-server';
import { withResponseHeaders, withStaticSite } from './static-site';
import { rawGet, type RawAnswer } from './test-requests';

/** A script of some size, with letters beyond ASCII, as a built chunk is. */
const script = `export const names = ${JSON.stringify(
  Array.from({ length: 300 }, (_, index) => `Kraków–Łódź ${String(index)}`),
)};\n`;
const path = '/assets/index-Dk3Lq9aB.js';

let folder = '';
let server: RunningServer | undefined;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'precompressed-'));
  await mkdir(join(folder, 'assets'));
  await writeFile(join(folder, 'index.html'), '<!doctype html><div id="root"></div>');
  await writeFile(join(folder, path), script);
  await writeFile(join(folder, `${path}.br`), brotliCompressSync(script));
  const site = withStaticSite(new Hono(), {
    root: folder,
    apiBasePath: '/api',
    headers: () => ({}),
  });
  server = await startServer(withCompression(withResponseHeaders(site, {})), {
    host: '127.0.0.1',
    port: 0,
  });
});

afterAll(async () => {
  await server?.close();
  await rm(folder, { recursive: true, force: true });
});

/** The script, asked for with `acceptEncoding` (none: no header), its body read as sent. */
function get(acceptEncoding: string | null): Promise<RawAnswer> {
  if (!server) throw new Error('The server did not start');
  return rawGet(
    server.origin,
    path,
    acceptEncoding === null ? {} : { 'Accept-Encoding': acceptEncoding },
  );
}

it('sends the Brotli copy to a browser that accepts it, as Chromium asks', async () => {
  const response = await get('gzip, deflate, br, zstd');
  expect(response.status).toBe(200);
  expect(response.headers['content-encoding']).toBe('br');
  expect(response.headers.vary).toMatch(/accept-encoding/i);
  expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
  expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(brotliDecompressSync(response.body).toString('utf8')).toBe(script);
  expect(Number(response.headers['content-length'])).toBe(response.body.length);
});

it('gzips the file itself for a browser that accepts only gzip', async () => {
  const response = await get('gzip');
  expect(response.headers['content-encoding']).toBe('gzip');
  expect(gunzipSync(response.body).toString('utf8')).toBe(script);
});

it('sends the file as it is to a client that asks for no encoding', async () => {
  const response = await get(null);
  expect(response.headers['content-encoding']).toBeUndefined();
  expect(response.body.toString('utf8')).toBe(script);
});
