/**
 * The app's build served beside the API (STATIC_DIR): files with their types and cache headers,
 * index.html for client-side routes, the API untouched, and nothing outside the build folder,
 * however the path is written (checked over a real socket, where no URL parser tidies it first).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestLogEntry } from './api/create-api';
import { apiSecurityHeaders } from './security-headers';
import { startServer, type RunningServer } from './start-server';
import { withResponseHeaders, withStaticSite } from './static-site';

const indexHtml = '<!doctype html><title>Charter Monitor</title><div id="root"></div>';
const script = 'console.log("app");';
const secret = 'not part of the build';
/** Stand-ins for the security headers: whatever the site is given, it sends. */
const pageHeaders = {
  'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

let folder = '';
let server: RunningServer | undefined;
const logged: RequestLogEntry[] = [];

/** A stand-in for the contract's app: its base path, its health check and its JSON 404. */
function fakeApi() {
  const api = new Hono();
  api.get('/api/cities', (context) => context.json([{ id: 'ghent' }]));
  api.post('/api/session', (context) => context.json({ token: 't' }, 201));
  api.get('/healthz', (context) => context.json({ status: 'up' }));
  api.notFound((context) => context.json({ error: { code: 'not_found' } }, 404));
  return api;
}

function origin(): string {
  if (!server) throw new Error('The server did not start');
  return server.origin;
}

/** A GET with the path sent byte for byte as given (fetch would resolve `..` first). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(origin());
  return new Promise((resolve, reject) => {
    const request = httpRequest({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body });
      });
    });
    request.on('error', reject);
    request.end();
  });
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'static-site-'));
  const root = join(folder, 'dist');
  await mkdir(join(root, 'assets'), { recursive: true });
  await mkdir(join(root, '.vite'));
  await writeFile(join(root, 'index.html'), indexHtml);
  await writeFile(join(root, 'assets', 'index-B4x9Qz1a.js'), script);
  await writeFile(join(root, 'assets', 'index-Cq2Lm0aa.css'), 'body{margin:0}');
  await writeFile(join(root, 'robots.txt'), 'User-agent: *\n');
  await writeFile(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(root, '.vite', 'manifest.json'), '{}');
  await writeFile(join(folder, 'secret.txt'), secret);
  const site = withStaticSite(fakeApi(), {
    root,
    apiBasePath: '/api',
    headers: () => pageHeaders,
    onRequestDone: (entry) => logged.push(entry),
  });
  // As server/main.ts runs it.
  server = await startServer(withResponseHeaders(site, apiSecurityHeaders), {
    host: '127.0.0.1',
    port: 0,
  });
});

afterAll(async () => {
  await server?.close();
  await rm(folder, { recursive: true, force: true });
});

describe('the app beside the API', () => {
  it('serves a hashed asset with its type, cached for a year', async () => {
    const response = await fetch(`${origin()}/assets/index-B4x9Qz1a.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(script);
    const css = await fetch(`${origin()}/assets/index-Cq2Lm0aa.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('serves index.html at the root and for any client-side route, revalidated each time', async () => {
    for (const path of ['/', '/index.html', '/assessments/ghent-2026', '/compare?view=radar']) {
      const response = await fetch(`${origin()}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(await response.text(), path).toBe(indexHtml);
    }
  });

  it('serves the unhashed files of the build without a long cache', async () => {
    const robots = await fetch(`${origin()}/robots.txt`);
    expect(robots.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(robots.headers.get('cache-control')).toBe('no-cache');
    const icon = await fetch(`${origin()}/favicon.svg`);
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  });

  it('answers HEAD like GET, without a body', async () => {
    const response = await fetch(`${origin()}/assets/index-B4x9Qz1a.js`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(script.length));
    expect(await response.text()).toBe('');
  });

  it('answers a missing hashed asset with 404, not with index.html', async () => {
    const response = await fetch(`${origin()}/assets/index-OLDBUILD.js`);
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).not.toContain('<title>');
  });

  it('leaves the API its base path, its methods, its health check and its 404', async () => {
    const cities = await fetch(`${origin()}/api/cities`);
    expect(await cities.json()).toEqual([{ id: 'ghent' }]);
    const signIn = await fetch(`${origin()}/api/session`, { method: 'POST' });
    expect(signIn.status).toBe(201);
    const health = await fetch(`${origin()}/healthz`);
    expect(await health.json()).toEqual({ status: 'up' });
    for (const path of ['/api', '/api/no-such-endpoint']) {
      const unknown = await fetch(`${origin()}${path}`);
      expect(unknown.status, path).toBe(404);
      expect(unknown.headers.get('content-type'), path).toMatch(/^application\/json/);
    }
    // Not a GET: the API's refusal, never the app's page.
    const posted = await fetch(`${origin()}/cities`, { method: 'POST' });
    expect(posted.status).toBe(404);
    expect(await posted.json()).toEqual({ error: { code: 'not_found' } });
  });

  it('never serves a file outside the build folder, or the build’s dot-named bookkeeping', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/.%2e/secret.txt',
      '/..%252fsecret.txt',
      '/.vite/manifest.json',
    ]) {
      const { status, body } = await rawGet(path);
      expect(body, path).not.toContain(secret);
      expect(body, path).not.toBe('{}');
      expect([200, 400, 404], path).toContain(status);
    }
  });

  it('sends its security headers with every page and file, found or not', async () => {
    for (const path of [
      '/',
      '/cities/ghent',
      '/assets/index-B4x9Qz1a.js',
      '/assets/index-Cq2Lm0aa.css',
      '/favicon.svg',
      '/assets/index-OLDBUILD.js',
    ]) {
      const response = await fetch(`${origin()}${path}`);
      for (const [name, value] of Object.entries(pageHeaders)) {
        expect(response.headers.get(name), `${path} ${name}`).toBe(value);
      }
    }
  });

  it('sends nosniff with the API’s JSON, but no page policy', async () => {
    for (const path of ['/api/cities', '/api/no-such-endpoint', '/healthz']) {
      const response = await fetch(`${origin()}${path}`);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('content-security-policy'), path).toBeNull();
    }
  });

  it('logs the requests it answers itself, one entry each', async () => {
    logged.length = 0;
    await fetch(`${origin()}/cities/ghent`);
    await fetch(`${origin()}/api/cities`);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      method: 'GET',
      path: '/cities/ghent',
      status: 200,
      userId: null,
    });
  });
});
