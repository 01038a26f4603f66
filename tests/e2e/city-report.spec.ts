import { expect, test } from './fixtures';
import { expectNoViolations } from './axe';
import { signInAs } from './demo-session';

/** A4 at 96 CSS pixels per inch, so the print-media screenshot has the page's proportions. */
const a4Viewport = { width: 794, height: 1123 };

test('a report author opens the printable report from a city profile; in print it shows the report alone', async ({
  page,
}, testInfo) => {
  await signInAs(page, 'Sam Taylor', '/cities/ghent');
  await expect(page.getByRole('heading', { level: 1, name: 'Ghent' })).toBeVisible();
  await page.getByLabel('Reporting round').selectOption('2020');
  await page.getByRole('link', { name: 'Printable report, 2020' }).click();

  await expect(page).toHaveURL(/\/cities\/ghent\/report\?round=2020$/);
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Ghent: Integrating Cities Charter self-assessment, 2020',
    }),
  ).toBeVisible();
  await expect(page).toHaveTitle(/^Ghent: Integrating Cities Charter self-assessment, 2020/);
  await expect(page.getByText(/^Sample data: /)).toBeVisible();
  await expect(page.getByText(/^Source: Charter Monitor, /)).toBeVisible();
  const charts = page.locator('.chart-frame');
  await expect(charts).toHaveCount(2);
  for (const chart of await charts.all()) {
    await expect(chart.locator('.chart-frame__chart svg').first()).toBeVisible();
  }
  const commitments = page.getByRole('region', { name: 'Commitments and evidence' });
  await expect(commitments.getByRole('heading', { level: 4 })).toHaveCount(11);
  await expect(page.getByRole('table', { name: 'Key trends in Ghent, 2020' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();

  await page.setViewportSize(a4Viewport);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Report actions' })).toBeHidden();
  // Every button: print, the charts' "Show as table" and export menus, sign out.
  expect(await page.locator('button').count()).toBeGreaterThan(0);
  await expect(page.locator('button:visible')).toHaveCount(0);

  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/^Sample data: /)).toBeVisible();
  await expect(commitments).toBeVisible();
  for (const chart of await charts.all()) {
    await expect(chart).toBeVisible();
    await expect(chart).toHaveCSS('break-inside', 'avoid');
  }
  await expect(commitments.locator('.commitment').first()).toHaveCSS('break-inside', 'avoid');
  await expect(commitments.getByRole('heading', { level: 3 }).first()).toHaveCSS(
    'break-after',
    'avoid',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('color', 'rgb(0, 0, 0)');
  await expect(page.locator('.city-report')).toHaveCSS('background-color', 'rgb(255, 255, 255)');

  const screenshot = await page.screenshot({
    fullPage: true,
    path: testInfo.outputPath('city-report-print.png'),
  });
  await testInfo.attach('city report in print media', {
    body: screenshot,
    contentType: 'image/png',
  });

  // Headless Chromium prints to PDF as "Save as PDF" would; the stylesheet's A4 page size wins.
  const pdf = await page.pdf({
    preferCSSPageSize: true,
    path: testInfo.outputPath('city-report.pdf'),
  });
  await testInfo.attach('city report', { body: pdf, contentType: 'application/pdf' });
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  const mediaBox = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  // A4 is 210 × 297 mm: 595 × 842 points.
  expect(Math.round(Number(mediaBox?.[1]))).toBeCloseTo(595, -1);
  expect(Math.round(Number(mediaBox?.[2]))).toBeCloseTo(842, -1);
});

test('the printable report has no WCAG 2.1 AA violations', async ({ page }) => {
  await signInAs(page, 'Claire Dubois', '/cities/ghent/report?round=2022');
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Ghent: Integrating Cities Charter self-assessment, 2022',
    }),
  ).toBeVisible();
  const charts = page.locator('.chart-frame');
  await expect(charts).toHaveCount(2);
  for (const chart of await charts.all()) {
    await expect(chart.locator('.chart-frame__chart svg').first()).toBeVisible();
  }
  await expectNoViolations(page);
});
