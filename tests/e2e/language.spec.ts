/**
 * The app in the reader's language: the first visit follows the browser's languages, the
 * header's switch works from the keyboard and is remembered, `?lang=` on a shared address wins,
 * <html lang> follows, and figures and the printable report come out in the chosen language
 * with its formats.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { textIn } from './catalogue';
import { bytesOf, download, withBlankPage } from './download';

async function htmlLang(page: Page) {
  return page.evaluate(() => document.documentElement.lang);
}

test.describe('a browser that asks for German', () => {
  test.use({ locale: 'de-DE' });

  test('opens in German, switches to French from the keyboard, and keeps French', async ({
    page,
  }) => {
    const de = await textIn('de');
    const fr = await textIn('fr');
    await page.goto('/trends');
    await expect(page.getByRole('heading', { level: 1, name: de('trends.title') })).toBeVisible();
    expect(await htmlLang(page)).toBe('de');
    await expect(page).toHaveTitle(new RegExp(de('trends.title')));

    // From the keyboard alone: Tab to the switch, then arrows pick the next language.
    const language = page.getByRole('banner').getByLabel(de('app.language'));
    for (let presses = 0; presses < 30; presses += 1) {
      if (await language.evaluate((element) => element === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(language).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('heading', { level: 1, name: fr('trends.title') })).toBeVisible();
    expect(await htmlLang(page)).toBe('fr');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: fr('trends.title') })).toBeVisible();
    await page.goto('/cities');
    await expect(page.getByRole('heading', { level: 1, name: fr('cities.title') })).toBeVisible();
    // Cities go by the name French readers know them by.
    await page.goto('/cities/warsaw');
    await expect(page.getByRole('heading', { level: 1, name: 'Varsovie' })).toBeVisible();
  });

  test('calls cities by their German names', async ({ page }) => {
    await page.goto('/cities/munich');
    await expect(page.getByRole('heading', { level: 1, name: 'München' })).toBeVisible();
    await page.goto('/cities/warsaw');
    await expect(page.getByRole('heading', { level: 1, name: 'Warschau' })).toBeVisible();
    await expect(page).toHaveTitle(/^Warschau · /);
  });

  test('a shared address with ?lang=en opens in English, with British dates', async ({ page }) => {
    await page.goto('/cities/ghent?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'Ghent' })).toBeVisible();
    expect(await htmlLang(page)).toBe('en');
    // The language is remembered, so the address no longer needs to carry it.
    await expect(page).toHaveURL(/\/cities\/ghent$/);
    await expect(page.getByText(/last changed \d{1,2} [A-Z][a-z]{2} \d{4}/)).toBeVisible();
  });
});

test('a figure and the printable report come out in French', async ({ page }) => {
  const fr = await textIn('fr');
  await page.goto('/cities/ghent?lang=fr');
  const frame = page.getByRole('region', { name: /Gand|Ghent/ }).filter({
    has: page.getByRole('button', { name: fr('chart.showTable') }),
  });
  const first = frame.first();
  await expect(first.locator('.chart-frame__chart svg').first()).toBeVisible();
  const title = (await first.getByRole('heading').first().textContent()) ?? '';

  const exportButton = new RegExp(`^${fr('export.button')}`);
  const svgFile = await download(page, first, fr('export.formats.svg'), exportButton);
  const svg = (await bytesOf(svgFile)).toString('utf8');
  const text = await withBlankPage(page, (blank) =>
    blank.evaluate(
      (markup) =>
        new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement.textContent,
      svg,
    ),
  );
  expect(text).toContain(title);
  // « Source : Charter Monitor, …, exporté le … », with French spacing and a French date. The
  // line may wrap, and the SVG's lines follow each other in its text without a space.
  expect(text).toContain('Source\u00a0: Charter Monitor');
  expect(text).toMatch(/exporté ?le/);
  expect(text).toMatch(/\d{1,2} (janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\.? \d{4}/);

  const reportLink = fr('cityReport.link', { year: '' });
  await page.getByRole('link', { name: reportLink }).click();
  await expect(page.getByRole('button', { name: fr('cityReport.print') })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Gand|Ghent/);
  expect(await htmlLang(page)).toBe('fr');
});
