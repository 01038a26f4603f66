/**
 * Embedding a chart: the chart menu's snippet carries the page's whole state, and the embed it
 * points to shows that chart alone, with its table, at a phone's width and a laptop's, with no
 * sideways scroll and nothing for axe. Signed in (same origin) until reads are public.
 */
import { expect, test } from './fixtures';
import { expectNoViolations } from './axe';
import { signInAs } from './demo-session';
import { expectNoSidewaysScroll } from './layout-checks';

const comparison = '/compare?round=2020&cities=ghent,oslo,berlin&view=heatmap';
const title = 'Ratings per commitment, 2020';

test('a comparison’s heatmap, embedded: the same state, the chart alone, at any width', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signInAs(page, 'Claire Dubois', comparison);
  const chart = page.getByRole('region', { name: title });
  await chart.getByRole('button', { name: `Export: ${title}` }).click();
  await page.getByRole('menuitem', { name: 'Embed in a web page' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
  const snippetField = dialog.getByLabel('HTML to paste');
  await expect(snippetField).toBeFocused();
  const snippet = await snippetField.inputValue();
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  await expectNoViolations(page);

  // Read as text: parsed in this page, the snippet's inline style (meant for the host site)
  // would count as a violation of the app's own policy.
  const attribute = (name: string) =>
    (new RegExp(`${name}="([^"]*)"`).exec(snippet)?.[1] ?? '').replace(/&amp;/g, '&');
  const iframe = { src: attribute('src'), title: attribute('title') };
  expect(iframe.title).toBe(title);
  const embed = new URL(iframe.src);
  const fullView = new URL(page.url());
  expect(embed.origin).toBe(fullView.origin);
  expect(embed.pathname).toBe('/embed/compare/heatmap');
  // The page's whole state, and the language it was read in.
  expect(embed.search).toBe(`${fullView.search}&lang=en`);

  for (const viewport of [
    { width: 320, height: 640 },
    { width: 1280, height: 900 },
  ]) {
    const state = `${String(viewport.width)} px`;
    await page.setViewportSize(viewport);
    await page.goto(iframe.src);
    const embedded = page.getByRole('region', { name: title });
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(embedded.getByRole('application')).toBeVisible();
    await expect(page.getByRole('region')).toHaveCount(1);
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(embedded.getByText(/^Source: Charter Monitor, /)).toBeVisible();
    await expect(embedded.getByRole('link', { name: /^View in Charter Monitor/ })).toHaveAttribute(
      'href',
      `${fullView.pathname}${fullView.search}`,
    );
    await expectNoSidewaysScroll(page, `${state}, chart`);
    await expectNoViolations(page);

    await embedded.getByRole('button', { name: 'Show as table' }).click();
    await expect(embedded.getByRole('table', { name: title })).toBeVisible();
    await expect(embedded.getByRole('row', { name: /^Ghent/ })).toBeVisible();
    await expectNoSidewaysScroll(page, `${state}, table`);
    await expectNoViolations(page);
  }
});

test('an embed of a chart the page does not have, or of no page, says so', async ({ page }) => {
  // No page: said at once, to anyone, never with the sign-in page.
  await page.goto('/embed/settings/anything');
  await expect(
    page.getByRole('heading', { level: 1, name: 'This chart does not exist' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toHaveCount(0);
  await expectNoViolations(page);

  // A page without that chart: said once the page has rendered.
  await page.goto(comparison.replace('/compare', '/embed/compare/no-such-chart'));
  await expect(
    page.getByRole('heading', { level: 1, name: 'This chart does not exist' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /^View in Charter Monitor/ })).toHaveAttribute(
    'href',
    comparison,
  );
  await expectNoViolations(page);
});
