// @vitest-environment jsdom
/** The typeface files an exported figure embeds: fetched from the page's own origin. */
import { http, HttpResponse } from 'msw';
import { afterEach, expect, it, vi } from 'vitest';
import { server } from '../../../mocks/node';
import { noAnswer } from '../../../tests/utils/slow-api';
import { figureFontCss } from './figure-fonts';

afterEach(() => {
  vi.useRealTimers();
});

it('gives up on a typeface file that does not come within the 15 s limit, and asks again next time', async () => {
  let requests = 0;
  server.use(
    http.get('*/source-sans-3-latin-wght-normal.woff2', (info) => {
      requests += 1;
      return requests === 1
        ? noAnswer(info)
        : HttpResponse.arrayBuffer(new Uint8Array([1, 2, 3]).buffer);
    }),
  );
  vi.useFakeTimers();
  let outcome = 'pending';
  figureFontCss('Ghent').then(
    () => {
      outcome = 'made';
    },
    () => {
      outcome = 'failed';
    },
  );
  await vi.advanceTimersByTimeAsync(14_999);
  expect(outcome).toBe('pending');
  await vi.advanceTimersByTimeAsync(1);
  expect(outcome).toBe('failed');

  vi.useRealTimers();
  expect(await figureFontCss('Ghent')).toContain(
    "src:url(data:font/woff2;base64,AQID) format('woff2')",
  );
  expect(requests).toBe(2);
});
