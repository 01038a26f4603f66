/**
 * One journey against the Node server (the 'server' project in playwright.config.ts): the
 * production build without the mock, served by the server with the API on the same origin, on
 * a fresh database with the sample data. Two browser contexts are two people on two devices;
 * what one does reaches the other only through the server, which the demo's mock (one memory
 * store per browser context) could never do. The journey also checks that no response came
 * from a service worker and that the server logged each change with its user.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page, Response } from '@playwright/test';
import { expect, test } from './fixtures';
import { allSaved, editorForm, ghentDraftPath, ratingGroup, saveStatus } from './assessment-editor';
import { signInAs } from './demo-session';

const ghentApi = '/api/assessments/ghent-2026';

/** What server/main.ts logs for each request it answers (server/api/create-api.ts). */
interface RequestLine {
  message: string;
  method: string;
  path: string;
  status: number;
  userId: string | null;
}

/** The server's request log, kept by tests/e2e/journey-server.ts. */
async function serverRequests(): Promise<RequestLine[]> {
  const folder = process.env.E2E_SERVER_DIR;
  if (!folder) throw new Error('E2E_SERVER_DIR is set by playwright.config.ts');
  const text = await readFile(join(folder, 'server.log'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as RequestLine)
    .filter((line) => line.message === 'request');
}

/** Every response a page receives, to check afterwards where each came from. */
function recordResponses(page: Page): Response[] {
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  return responses;
}

/** The next answer to `method path` on the API, as the browser received it. */
function nextApiResponse(page: Page, method: string, path: string): Promise<Response> {
  return page.waitForResponse(
    (response) =>
      response.request().method() === method && new URL(response.url()).pathname === path,
  );
}

/** That the answer came over the network from the server at `origin`, not a service worker. */
async function expectFromServer(response: Response, origin: string) {
  expect(response.fromServiceWorker()).toBe(false);
  expect(new URL(response.url()).origin).toBe(origin);
  expect(response.ok()).toBe(true);
  expect(await response.headerValue('content-type')).toMatch(/^application\/json/);
}

async function registeredServiceWorkers(context: BrowserContext, page: Page) {
  const registrations = await page.evaluate(async () =>
    (await navigator.serviceWorker.getRegistrations()).map((registration) => registration.scope),
  );
  return [...registrations, ...context.serviceWorkers().map((worker) => worker.url())];
}

test('a member submits on her device; the coordinator, on hers, sees it and approves it', async ({
  browser,
  baseURL,
}, testInfo) => {
  // Two people, two sign-ins, a save, a submission and an approval on a real database.
  test.setTimeout(90_000);
  const origin = new URL(baseURL ?? '').origin;
  const lotteDevice = await browser.newContext();
  const claireDevice = await browser.newContext();
  // A member of the public, never signed in, following Ghent's published results.
  const visitorDevice = await browser.newContext();
  const lotte = await lotteDevice.newPage();
  const claire = await claireDevice.newPage();
  const visitor = await visitorDevice.newPage();
  const ghentRounds = visitor.getByLabel('Reporting round').locator('option');
  const responses = [lotte, claire].map(recordResponses);

  try {
    await test.step('Claire opens the review queue: Barcelona waits, Ghent not yet', async () => {
      await signInAs(claire, 'Claire Dubois', '/review');
      await expect(claire.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
      await expect(claire.getByRole('row', { name: /^Barcelona 2026 / })).toBeVisible();
      await expect(claire.getByRole('row', { name: /^Ghent 2026 / })).toHaveCount(0);
    });

    await test.step('Lotte, on her device, rates what is left; the server saves it', async () => {
      await signInAs(lotte, 'Lotte Peeters', ghentDraftPath);
      await expect(
        lotte.getByRole('heading', { level: 1, name: 'Ghent self-assessment, 2026' }),
      ).toBeVisible();
      await expect(editorForm(lotte)).toBeVisible();
      const saved = nextApiResponse(lotte, 'PUT', ghentApi);
      for (const [id, rating] of [
        ['EM2', 'Fully'],
        ['EM3', 'Partly'],
        ['BU1', 'Partly'],
        ['BU2', 'Not at all'],
        ['BU3', 'Fully'],
      ] as const) {
        await ratingGroup(lotte, id).getByRole('radio', { name: rating, exact: true }).check();
      }
      await expect(lotte.getByText('Every commitment and key trend is answered.')).toBeVisible();
      await expect(saveStatus(lotte)).toHaveText(allSaved);
      await expectFromServer(await saved, origin);
    });

    await test.step('she submits it for review', async () => {
      const submitted = nextApiResponse(lotte, 'POST', `${ghentApi}/submit`);
      await lotte.getByRole('button', { name: 'Submit for review' }).click();
      await expect(lotte.getByText(/^Submitted for review by Lotte Peeters on .+\./)).toBeVisible();
      await expect(editorForm(lotte)).toHaveCount(0);
      await expectFromServer(await submitted, origin);
    });

    await test.step('a visitor sees none of it: Ghent’s latest published round is 2022', async () => {
      await visitor.goto('/cities/ghent');
      await expect(visitor.getByRole('heading', { level: 1, name: 'Ghent' })).toBeVisible();
      await expect(
        visitor.getByRole('banner').getByRole('link', { name: 'Sign in' }),
      ).toBeVisible();
      await expect(visitor.getByLabel('Reporting round')).toHaveValue('2022');
      await expect(ghentRounds).not.toContainText(['2026']);
    });

    await test.step('Claire reloads the queue, finds Ghent and approves it', async () => {
      await claire.reload();
      const ghentRow = claire.getByRole('row', { name: /^Ghent 2026 Lotte Peeters/ });
      await expect(ghentRow).toBeVisible();
      await ghentRow.getByRole('link', { name: 'Review Ghent' }).click();
      await expect(claire).toHaveURL(ghentDraftPath);
      const changes = claire.getByRole('table', { name: 'Ratings by commitment, 2022 and 2026' });
      // Lotte's ratings, as she gave them on her device (words after a decorative shape).
      await expect(changes.getByRole('row', { name: /^EM3 / }).getByRole('cell').nth(1)).toHaveText(
        /Partly$/,
      );
      await expect(changes.getByRole('row', { name: /^BU2 / }).getByRole('cell').nth(1)).toHaveText(
        /Not at all$/,
      );
      const approved = nextApiResponse(claire, 'POST', `${ghentApi}/approve`);
      const decision = claire.getByRole('region', { name: 'Your decision' });
      await decision.getByRole('button', { name: 'Approve' }).click();
      await decision.getByRole('button', { name: 'Yes, approve' }).click();
      await expect(claire.getByText('Approved', { exact: true })).toBeVisible();
      await expectFromServer(await approved, origin);
    });

    await test.step('Lotte reloads and sees it approved by Claire', async () => {
      await lotte.reload();
      await expect(
        lotte.getByRole('heading', { level: 1, name: 'Ghent self-assessment, 2026' }),
      ).toBeVisible();
      await expect(lotte.getByText('Approved', { exact: true })).toBeVisible();
      await expect(editorForm(lotte)).toHaveCount(0);
      await expect(lotte.getByRole('region', { name: 'History' })).toContainText(
        'Claire Dubois approved it',
      );
    });

    await test.step('the visitor reloads and reads Ghent’s 2026 results, without who wrote them', async () => {
      await visitor.reload();
      await expect(ghentRounds.filter({ hasText: '2026' })).toHaveCount(1);
      await visitor.getByLabel('Reporting round').selectOption('2026');
      const statusLine = visitor.getByText(/^Approved ·/);
      await expect(statusLine).toBeVisible();
      await expect(statusLine).not.toContainText('Claire');
    });

    await test.step('everything came from the server, and the server logged it', async () => {
      for (const [device, page] of [
        [lotteDevice, lotte],
        [claireDevice, claire],
      ] as const) {
        expect(await registeredServiceWorkers(device, page)).toEqual([]);
      }
      const all = responses.flat();
      const urls = (list: Response[]) => list.map((response) => response.url());
      expect(urls(all.filter((response) => response.fromServiceWorker()))).toEqual([]);
      const apiCalls = all.filter((response) =>
        new URL(response.url()).pathname.startsWith('/api/'),
      );
      expect(apiCalls.length).toBeGreaterThan(10);
      expect(
        urls(apiCalls.filter((response) => new URL(response.url()).origin !== origin)),
      ).toEqual([]);

      const requests = await serverRequests();
      await testInfo.attach('server requests', {
        body: requests.map((line) => JSON.stringify(line)).join('\n'),
        contentType: 'text/plain',
      });
      const entry = (method: string, path: string, userId: string | null) =>
        expect.objectContaining({ method, path, status: 200, userId });
      // The pages themselves: index.html for a client-side route, from the same server.
      expect(requests).toContainEqual(entry('GET', ghentDraftPath, null));
      expect(requests).toContainEqual(entry('PUT', ghentApi, 'lotte-ghent'));
      expect(requests).toContainEqual(entry('POST', `${ghentApi}/submit`, 'lotte-ghent'));
      expect(requests).toContainEqual(entry('POST', `${ghentApi}/approve`, 'claire-coordinator'));
    });
  } finally {
    await lotteDevice.close();
    await claireDevice.close();
    await visitorDevice.close();
  }
});
