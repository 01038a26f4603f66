/**
 * The demo runs under the strict Content-Security-Policy that `npm start` sends (vite preview,
 * vite.config.ts): the headers are there, and exporting figures, which once wrote thousands of
 * style attributes, reports no violation. Every other spec fails on a violation too
 * (./fixtures.ts); these make sure the policy was in force when they saw none.
 */
import { expect, test } from './fixtures';
import { signInAs } from './demo-session';
import { bytesOf, download } from './download';
import { expectSecurityHeaders, strictPolicy } from './security-headers';

test('the demo sends the security headers with its page, its routes and its files', async ({
  request,
}) => {
  await expectSecurityHeaders(request);
});

test('a chart exported as PNG and SVG, and a round pack as ZIP, under the policy', async ({
  page,
  cspWatch,
}) => {
  const documentResponse = page.waitForResponse((response) =>
    response.request().isNavigationRequest(),
  );
  await signInAs(page, 'Sam Taylor', '/?round=2022');
  expect((await documentResponse).headers()['content-security-policy']).toBe(strictPolicy);

  const roleAverages = page.getByRole('region', { name: 'Average score per role, by round' });
  const png = await download(page, roleAverages, 'PNG image (2× screen size)');
  expect((await bytesOf(png)).subarray(1, 4).toString('latin1')).toBe('PNG');
  const svg = (await bytesOf(await download(page, roleAverages, 'SVG image (scalable)'))).toString(
    'utf8',
  );
  expect(svg).toContain('Buyer of goods and services');
  // Presentation attributes, never a style attribute (which the policy blocks while exporting).
  expect(svg).not.toContain(' style="');
  expect(svg).toMatch(/<text [^>]*font-family="/);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the 2022 round pack (ZIP)' }).click();
  const pack = await downloading;
  expect(pack.suggestedFilename()).toBe('charter-monitor_round-pack_2022.zip');
  expect((await bytesOf(pack)).subarray(0, 2).toString('latin1')).toBe('PK');

  expect(cspWatch.violations).toEqual([]);
  expect(cspWatch.consoleReports).toEqual([]);
});
