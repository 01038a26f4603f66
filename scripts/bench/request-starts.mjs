/**
 * The bench's request starts (issue 17, "No waterfalls"): each page of
 * scripts/bench/request-waits.ts opened by its addresses in fresh tabs of the demo on the
 * synthetic set, signed in as the report author, `RUNS` times each; a page's metric is how many
 * of its API requests started after another had finished (bench/budgets.json, kind
 * `requestStarts`: none may).
 */
import { recordApiRequests, requestStartAddresses, waitingRequests } from './request-waits.ts';

/** Opens of each address: whether requests wait is a matter of order, not of timing noise. */
export const RUNS = 3;

/** A city and a closed report round of the synthetic set (mocks/seed/synthetic.ts). */
const synthetic = { city: 'synthetic-0001', round: '2022' };

/** Signs in to the demo at `baseUrl` on the synthetic set as the report author, in `context`. */
async function signIn(context, baseUrl) {
  const page = await context.newPage();
  try {
    // The demo takes ?dataset= when the app starts, on any address.
    await page.goto(`${baseUrl}/sign-in?dataset=synthetic`);
    await page.getByRole('radio', { name: /Sam Taylor/ }).check();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('banner')
      .getByText(/Signed in as Sam Taylor/)
      .waitFor();
  } finally {
    await page.close();
  }
}

/**
 * Runs the measurement in `browser` against the demo at `baseUrl`. Returns per page how many
 * requests waited over all its runs, and per address the requests of its worst run.
 */
export async function measureRequestStarts({ browser, baseUrl, log = () => {} }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    await signIn(context, baseUrl);
    const pages = {};
    for (const address of requestStartAddresses(synthetic)) {
      log(`request starts: ${address.path}`);
      const entry = (pages[address.page] ??= { waiting: 0, addresses: [] });
      let worst = null;
      let waiting = 0;
      for (let run = 0; run < RUNS; run += 1) {
        const tab = await context.newPage();
        try {
          const requests = await recordApiRequests(tab, `${baseUrl}${address.path}`);
          const waited = waitingRequests(requests, address.mayWait);
          waiting += waited.length;
          if (!worst || waited.length > worst.waited.length) worst = { requests, waited };
        } finally {
          await tab.close();
        }
      }
      entry.waiting += waiting;
      entry.addresses.push({
        path: address.path,
        mayWait: address.mayWait.map(String),
        waiting,
        requests: worst.requests,
        waited: worst.waited,
      });
    }
    return pages;
  } finally {
    await context.close();
  }
}

/** The printed table: per address, its requests, the last start against the first finish. */
export function formatRequestStarts(pages, markdownTable) {
  const rows = Object.entries(pages).flatMap(([page, { addresses }]) =>
    addresses.map(({ path, requests, waiting, waited }) => {
      const lastStart = Math.max(...requests.map(({ start }) => start));
      const firstEnd = Math.min(...requests.map(({ end }) => end));
      return [
        page,
        `\`${path}\``,
        String(requests.length),
        `${lastStart - requests[0].start} ms / ${firstEnd - requests[0].start} ms`,
        waiting === 0
          ? '0'
          : `${waiting} (e.g. \`${waited[0].path}\` after \`${waited[0].after}\`)`,
      ];
    }),
  );
  return markdownTable(
    [
      `request starts (synthetic set, ${RUNS} opens each)`,
      'address',
      'API requests',
      'last start / first finish',
      'started after another finished',
    ],
    rows,
  );
}
