/**
 * An embed on another site, as deployed: the production build served by the Node server,
 * framed by a page on another origin. FRAME_ANCESTORS (playwright.config.ts) names one site,
 * the host page's; a site it does not name gets nothing.
 */
import { expect, test } from './fixtures';
import { allowedHostOrigin, serveHostPage } from './embed-host';
import { EMBED_HEIGHT, embedSnippet } from '../../src/lib/embed-address';

// Approved results only: the host's reader has never signed in here.
const comparison = '/compare?round=2022&cities=ghent,oslo,berlin&view=heatmap';
const title = 'Ratings per commitment, 2022';

test('another site shows the chart in its iframe to its readers, if FRAME_ANCESTORS names it', async ({
  page,
  baseURL,
  cspWatch,
}) => {
  // The host's own reader has never signed in here: the embed reads as a visitor.
  const snippetSource = `${baseURL ?? ''}/embed/compare/heatmap${new URL(comparison, 'http://x').search}`;
  const snippet = embedSnippet({
    src: snippetSource,
    title,
    height: EMBED_HEIGHT,
  });
  const allowed = await serveHostPage(snippet, Number(new URL(allowedHostOrigin()).port));
  const other = await serveHostPage(snippet);
  try {
    // Only the embed may be framed by the named site; the app's own pages by none.
    const ancestorsOf = async (path: string) =>
      /frame-ancestors ([^;]+)$/.exec(
        (await page.request.get(path)).headers()['content-security-policy'] ?? '',
      )?.[1];
    expect(await ancestorsOf(new URL(snippetSource).pathname + new URL(snippetSource).search)).toBe(
      allowedHostOrigin(),
    );
    expect(await ancestorsOf('/review')).toBe("'none'");
    await page.goto(allowed.url);
    const embed = page.frameLocator(`iframe[title="${title}"]`);
    const chart = embed.getByRole('region', { name: title });
    await expect(embed.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(chart.getByRole('application')).toBeVisible();
    await expect(chart.getByText(/^Source: Charter Monitor, /)).toBeVisible();
    await chart.getByRole('button', { name: 'Show as table' }).click();
    await expect(chart.getByRole('row', { name: /^Ghent/ })).toBeVisible();

    // A site the setting does not name gets nothing: the browser refuses to frame the embed.
    await page.goto(other.url);
    await expect
      .poll(() => cspWatch.consoleReports.filter((line) => line.includes('frame-ancestors')))
      .toHaveLength(1);
    await expect(
      page.frameLocator(`iframe[title="${title}"]`).getByRole('heading', { name: title }),
    ).toHaveCount(0);
    // That refusal is what this test expects; any other violation still fails it.
    cspWatch.consoleReports.splice(
      cspWatch.consoleReports.findIndex((line) => line.includes('frame-ancestors')),
      1,
    );
  } finally {
    await allowed.close();
    await other.close();
  }
});
