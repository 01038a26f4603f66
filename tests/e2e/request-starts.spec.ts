/**
 * No request waterfalls (issue 17): each page, opened by its address, starts its API requests
 * together, before the first of them has finished; only a page's default round, which the
 * rounds list names, may wait for it (scripts/bench/request-waits.ts says which requests).
 * A loader and a page whose queries drift apart, or a loader that awaits one query before
 * starting the next, fail here. The bench measures the same on the synthetic set.
 */
import {
  recordApiRequests,
  requestStartAddresses,
  waitingRequests,
} from '../../scripts/bench/request-waits';
import { expect, test } from './fixtures';
import { signInAs } from './demo-session';

/** Ghent and the sample set's 2022 round (closed): an address naming the round. */
const addresses = requestStartAddresses({ city: 'ghent', round: '2022' });
const pages = [...new Set(addresses.map(({ page }) => page))];

for (const name of pages) {
  test(`${name}: the API requests start together at navigation`, async ({ page, context }) => {
    await signInAs(page, 'Sam Taylor');
    for (const address of addresses.filter((candidate) => candidate.page === name)) {
      // A fresh tab: the query cache is empty, as on following a link to the page.
      const tab = await context.newPage();
      const requests = await recordApiRequests(tab, address.path);
      await tab.close();
      expect(requests.length, `API requests of ${address.path}`).toBeGreaterThan(0);
      expect(
        waitingRequests(requests, address.mayWait).map(({ path, after }) => ({ path, after })),
        `requests of ${address.path} that started after another had finished`,
      ).toEqual([]);
    }
  });
}
