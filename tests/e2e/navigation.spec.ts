import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoViolations } from './axe';
import { expectNoSidewaysScroll } from './layout-checks';
import { signInAs } from './demo-session';

// Each test signs in, walks a role's links and runs axe more than once.
test.describe.configure({ timeout: 60_000 });

/** Each demo role, the links it finds, and where its own link leads. */
const roles = [
  {
    name: 'Claire Dubois',
    links: [
      'Overview',
      'Review queue',
      'Cities',
      'Compare',
      'Key trends',
      'Administration',
      'Settings',
    ],
    own: { link: 'Review queue', heading: 'Review queue' },
  },
  {
    name: 'Lotte Peeters',
    links: ['Overview', 'My assessment', 'Cities', 'Compare', 'Key trends', 'Settings'],
    own: { link: 'My assessment', heading: 'Ghent self-assessment, 2026' },
  },
  {
    name: 'Kasia Nowak',
    links: ['Overview', 'My assessment', 'Cities', 'Compare', 'Key trends', 'Settings'],
    own: { link: 'My assessment', heading: 'Warsaw', then: 'Start the 2026 assessment' },
  },
  {
    name: 'Sam Taylor',
    links: ['Overview', 'Cities', 'Compare', 'Key trends', 'Settings'],
    own: null,
  },
] as const;

type Role = (typeof roles)[number];

const mainNavigation = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function expectOwnPage(page: Page, role: Role) {
  if (!role.own) return;
  await expect(page.getByRole('heading', { level: 1, name: role.own.heading })).toBeVisible();
  if ('then' in role.own) {
    await expect(page.getByRole('button', { name: role.own.then })).toBeVisible();
  }
}

test.describe('at 1280 × 900', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const role of roles) {
    test(`${role.name} finds their links inline`, async ({ page }) => {
      await signInAs(page, role.name, '/settings');
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Menu' })).toHaveCount(0);
      await expect(mainNavigation(page).getByRole('link')).toHaveText([...role.links]);
      if (role.own) {
        await mainNavigation(page).getByRole('link', { name: role.own.link }).click();
        await expectOwnPage(page, role);
      }
      await expectNoViolations(page);
    });
  }
});

test.describe('at 320 × 640', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const role of roles) {
    test(`${role.name} finds their links through the menu button`, async ({ page }) => {
      await signInAs(page, role.name, '/settings');
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      const menuButton = page.getByRole('button', { name: 'Menu' });
      await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
      await expect(mainNavigation(page)).toBeHidden();
      const header = await page.getByRole('banner').boundingBox();
      expect(header?.height).toBeLessThan(120);
      await expectNoSidewaysScroll(page, role.name);
      await expectNoViolations(page);

      await menuButton.click();
      await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
      const menu = page.locator(`#${await menuButton.getAttribute('aria-controls')}`);
      await expect(menu.getByRole('navigation', { name: 'Main' })).toBeVisible();
      await expect(mainNavigation(page).getByRole('link')).toHaveText([...role.links]);
      await expect(menu).toContainText(`Signed in as ${role.name}`);
      await expect(menu.getByRole('button', { name: 'Sign out' })).toBeVisible();
      await expectNoSidewaysScroll(page, role.name);
      await expectNoViolations(page);

      // From the keyboard: Escape closes the menu and gives focus back to its button.
      await mainNavigation(page).getByRole('link', { name: 'Cities' }).focus();
      await page.keyboard.press('Escape');
      await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
      await expect(menuButton).toBeFocused();
      await expect(mainNavigation(page)).toBeHidden();

      // Enter opens it again; choosing a link closes it.
      await page.keyboard.press('Enter');
      await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
      await mainNavigation(page)
        .getByRole('link', { name: role.own?.link ?? 'Cities' })
        .click();
      if (role.own) await expectOwnPage(page, role);
      else {
        await expect(
          page.getByRole('heading', { level: 1, name: 'Signatory cities' }),
        ).toBeVisible();
      }
      await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
      await expect(mainNavigation(page)).toBeHidden();
    });
  }
});

const unknownAddresses = [
  { path: '/cities/nowhere', heading: 'City not found', back: 'Go to the list of cities' },
  { path: '/cities/nowhere/report', heading: 'City not found', back: 'Go to the list of cities' },
  {
    path: '/assessments/nowhere-2026',
    heading: 'Assessment not found',
    back: 'Go to the overview',
  },
];

test('unknown ids show a not-found page with a way back', async ({ page }) => {
  await signInAs(page, 'Claire Dubois', '/cities');
  await expect(page.getByRole('heading', { level: 1, name: 'Signatory cities' })).toBeVisible();
  for (const address of unknownAddresses) {
    await page.goto(address.path);
    await expect(page.getByRole('heading', { level: 1, name: address.heading })).toBeVisible();
    await expect(page.getByText('Something went wrong')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  }
  await expectNoViolations(page);
  await page.getByRole('link', { name: 'Go to the overview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  await page.goto('/cities/nowhere');
  await page.getByRole('link', { name: 'Go to the list of cities' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Signatory cities' })).toBeVisible();
});

test('the review queue answers a member that it is for coordinators', async ({ page }) => {
  await signInAs(page, 'Lotte Peeters', '/review');
  await expect(page.getByText(/The review queue is for coordinators/)).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});
