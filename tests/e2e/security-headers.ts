/**
 * The security headers as a browser receives them (README "Security headers"), checked on the
 * served build: the page, a client-side route and a hashed asset. The policy is written out in
 * full here, not built with server/security-headers.ts, so a change to that module shows here.
 */
import type { APIRequestContext } from '@playwright/test';
import { expect } from './fixtures';

/** The policy with no FRAME_ANCESTORS and the API on the page's origin. */
export const strictPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const pageHeaders = {
  'content-security-policy': strictPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

/** Fetches the page, a route and the entry script, and expects each to carry the headers. */
export async function expectSecurityHeaders(request: APIRequestContext): Promise<void> {
  const page = await request.get('/');
  const html = await page.text();
  const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script, 'the entry script in index.html').toBeDefined();
  for (const path of ['/', '/cities/ghent', script ?? '']) {
    const response = path === '/' ? page : await request.get(path);
    expect(response.status(), path).toBe(200);
    for (const [name, value] of Object.entries(pageHeaders)) {
      expect(response.headers()[name], `${path}: ${name}`).toBe(value);
    }
  }
}
