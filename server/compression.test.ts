/**
 * The server's compression (server/compression.ts), over a real socket: JSON is sent gzipped
 * to a browser that accepts it and decodes to the same bytes; a short answer, or one to a
 * client that does not ask, is sent as it is; an answer marked no-transform (one assessment, its version as a strong ETag) is
 * never compressed, so its ETag stays strong.
 */
import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCompression } from './compression';
import { startServer, type RunningServer } from './start-server';
import { rawGet, type RawAnswer } from './test-requests';

/** 2,000 cities' worth of repetitive JSON, as the city list is. */
const cities = Array.from({ length: 2000 }, (_, index) => ({
  id: `city-${String(index)}`,
  name: `City ${String(index)}`,
  countryCode: 'BE',
}));

let server: RunningServer | undefined;

beforeAll(async () => {
  const api = new Hono();
  api.get('/api/cities', (context) => context.json(cities));
  api.get('/api/session', (context) => context.json({ token: 't' }));
  api.get('/api/assessments/a1', (context) =>
    context.json({ id: 'a1', version: 3, evidence: 'x'.repeat(5000) }, 200, {
      ETag: '"3"',
      'Cache-Control': 'no-transform',
    }),
  );
  server = await startServer(withCompression(api), { host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await server?.close();
});

/** A GET of the server under test, its body read as sent. */
function get(path: string, headers: Record<string, string>): Promise<RawAnswer> {
  if (!server) throw new Error('The server did not start');
  return rawGet(server.origin, path, headers);
}

describe('compression', () => {
  const json = JSON.stringify(cities);

  it('gzips JSON for a browser that accepts it, and it decodes to the same JSON', async () => {
    const answer = await get('/api/cities', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
    expect(gunzipSync(answer.body).toString('utf8')).toBe(json);
    // Repetitive JSON shrinks to well under a quarter.
    expect(answer.body.byteLength).toBeLessThan(Buffer.byteLength(json) / 4);
  });

  it('sends a short answer as it is, with its length', async () => {
    const answer = await get('/api/session', { 'Accept-Encoding': 'gzip' });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers['content-length']).toBe(String(answer.body.byteLength));
    expect(JSON.parse(answer.body.toString('utf8'))).toEqual({ token: 't' });
  });

  it('sends JSON as it is to a client that does not ask for compression', async () => {
    const answer = await get('/api/cities', {});
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString('utf8')).toBe(json);
  });

  it('leaves a no-transform answer alone, so its ETag stays strong', async () => {
    const answer = await get('/api/assessments/a1', { 'Accept-Encoding': 'gzip' });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers.etag).toBe('"3"');
    expect(JSON.parse(answer.body.toString('utf8'))).toMatchObject({ id: 'a1', version: 3 });
  });
});
