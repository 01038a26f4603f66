/**
 * Cities in their own languages (issue 15), in the demo build: the search finds a city by any
 * of its names, typed with or without their letters, and a city's page gives its local name.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

function citiesTable(page: Page) {
  return page.getByRole('table', { name: /^Signatory cities in \d{4}/ });
}

/** The names in the table's body rows, in order. */
function shownCities(page: Page) {
  return citiesTable(page).locator('tbody tr[aria-rowindex] th');
}

test('a visitor finds Warsaw as "Warszawa" and reads its local name on its page', async ({
  page,
}) => {
  await page.goto('/cities');
  const search = page.getByRole('searchbox', { name: 'Search by name' });
  await expect(page.getByRole('main').getByRole('status')).toHaveText('30 of 30 cities');

  await search.fill('Warszawa');
  await expect(shownCities(page)).toHaveText(['Warsaw']);
  await expect(page).toHaveURL(/\/cities\?q=Warszawa$/);

  // Letters a keyboard may not have: typed without them, or with them.
  for (const [query, city] of [
    ['kobenhavn', 'Copenhagen'],
    ['muenchen', 'Munich'],
    ['NÜRNBERG', 'Nuremberg'],
  ] as const) {
    await search.fill(query);
    await expect(shownCities(page)).toHaveText([city]);
  }

  await search.fill('warszawa');
  await citiesTable(page).getByRole('link', { name: 'Warsaw' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Warsaw' })).toBeVisible();
  const localName = page.locator('[lang="pl"]', { hasText: 'Warszawa' });
  await expect(localName).toBeVisible();
  await expect(page.locator('dd', { has: localName })).toHaveText('Warszawa (Polish)');
});

test('on 2,000 cities, a name typed with ł or ß finds the city as it is written locally', async ({
  page,
}) => {
  await page.goto('/cities?dataset=synthetic');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('2,000 of 2,000 cities');
  const search = page.getByRole('searchbox', { name: 'Search by name' });

  // Its German name, "Großulmvik (synthetic 0012)", with ß spelled out.
  await search.fill('grossulmvik');
  await expect(shownCities(page)).toHaveText(['Ulmvik (synthetic 0012)']);
  // Its Polish name, "Corhołm (synthetic 0030)", typed with its ł: the same as Corholm.
  await search.fill('Corhołm (synthetic 0030)');
  await expect(shownCities(page)).toHaveText(['Corholm (synthetic 0030)']);
});
