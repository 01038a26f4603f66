/**
 * The app at scale, in Chromium: the synthetic data set (2,000 cities), opened by its URL
 * parameter, in the cities list; and the list's accessibility in both data sets.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedCities } from '../../mocks/seed/cities';
import { generateSyntheticCities, SYNTHETIC_CITY_COUNT } from '../../mocks/seed/synthetic';
import { citySearchForms, searchFormsInclude } from '../../src/domain/city-search';
import { expectNoViolations } from './axe';
import { signInAs } from './demo-session';

/** Each synthetic city's search forms (every name, folded), by its English name. */
const syntheticForms = new Map(
  [...seedCities, ...generateSyntheticCities(SYNTHETIC_CITY_COUNT - seedCities.length)].map(
    (city) => [city.name, citySearchForms(city)],
  ),
);
const numberFormat = new Intl.NumberFormat('en');
const formatCount = (count: number) => numberFormat.format(count);

function cityCount(page: Page) {
  return page.getByRole('main').getByRole('status');
}

function citiesTable(page: Page) {
  return page.getByRole('table', { name: /^Signatory cities in \d{4}/ });
}

test('?dataset=synthetic opens 2,000 cities, and the list filters after each keystroke', async ({
  page,
}) => {
  await signInAs(page, 'Sam Taylor', '/cities?dataset=synthetic');
  // The parameter has done its job: the choice is remembered, the address is the list's own.
  await expect(page).toHaveURL(/\/cities$/);
  await expect(cityCount(page)).toHaveText('2,000 of 2,000 cities');
  await expect(citiesTable(page)).toHaveAttribute('aria-rowcount', '2001');
  await expect(page.getByRole('contentinfo')).toContainText('synthetic scale-test data set');

  await page.getByRole('searchbox', { name: 'Search by name' }).focus();
  let typed = '';
  let previousCount = SYNTHETIC_CITY_COUNT;
  for (const key of 'berg') {
    typed += key;
    const expected = [...syntheticForms.values()].filter((forms) =>
      searchFormsInclude(forms, typed),
    ).length;
    expect(expected).toBeLessThan(previousCount);
    previousCount = expected;
    // One key, no Enter: the count and the rows follow on their own.
    await page.keyboard.press(key);
    await expect(cityCount(page)).toHaveText(`${formatCount(expected)} of 2,000 cities`);
    await expect(citiesTable(page)).toHaveAttribute('aria-rowcount', String(expected + 1));
    const shown = await citiesTable(page).locator('tbody tr[aria-rowindex] th').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(
      shown.filter((name) => !searchFormsInclude(syntheticForms.get(name) ?? [], typed)),
    ).toEqual([]);
  }
  await expect(page).toHaveURL(/\/cities\?q=berg$/);

  // A reload keeps the data set and the session, and the URL keeps the search.
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('berg');
  await expect(cityCount(page)).toHaveText(`${formatCount(previousCount)} of 2,000 cities`);
});

test('the cities list has no WCAG 2.1 AA violations with the sample data set', async ({ page }) => {
  await signInAs(page, 'Claire Dubois', '/cities?dataset=sample&round=2026');
  await expect(cityCount(page)).toHaveText('30 of 30 cities');
  await expect(page.getByRole('contentinfo')).toContainText('sample signatories data set');
  await expectNoViolations(page);
});

test('the cities list has no WCAG 2.1 AA violations with the synthetic data set, scrolled too', async ({
  page,
}) => {
  await signInAs(page, 'Claire Dubois', '/cities?dataset=synthetic&sort=overall&order=desc');
  await expect(cityCount(page)).toHaveText('2,000 of 2,000 cities');
  await expectNoViolations(page);

  // Half-way down, the rows in view sit between the two spacer rows.
  await page.getByRole('region', { name: /^Signatory cities in/ }).evaluate((scroller) => {
    scroller.scrollTop = scroller.scrollHeight / 2;
  });
  const rowInView = citiesTable(page).locator('tbody tr[aria-rowindex="1000"]');
  await expect(rowInView).toBeVisible();
  await expectNoViolations(page);
});
