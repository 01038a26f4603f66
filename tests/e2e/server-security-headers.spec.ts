/**
 * The Node server (the 'server' project: STATIC_DIR, no mock) sends the same security headers
 * as the demo with every page and file, and nosniff with the API's JSON.
 */
import { expect, test } from './fixtures';
import { expectSecurityHeaders } from './security-headers';

test('the server sends the security headers with the app, and nosniff with the API', async ({
  request,
}) => {
  await expectSecurityHeaders(request);
  const api = await request.get('/api/rounds');
  expect(api.headers()['content-type']).toMatch(/^application\/json/);
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
});
