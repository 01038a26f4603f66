/**
 * Runs the timed measurements in one headless Chromium: one browser context per measurement
 * (its storage keeps the session and the data set), prepared once; then, round after round, every
 * measurement once, each in a fresh tab, so that the app and the bare pages it is compared
 * with are measured side by side under the same conditions. The first `warmup` rounds are
 * thrown away (they fill the HTTP cache and the service worker, as any second visit has them).
 */
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import playwrightConfig from '../../playwright.config.ts';
import { measurements, sites } from './measurements.mjs';

/** Debian's Chromium (or CHROME_PATH), never a downloaded one, as the end-to-end tests launch it. */
export const chromiumOptions = playwrightConfig.use.launchOptions;

/**
 * Waits until the machine is quiet, so that a closed tab's teardown (or other work) does not
 * slow the next measurement down: for a quarter second with the CPUs at least 85 % idle
 * (Linux's /proc/stat), for 5 s at most; elsewhere, 2 s.
 */
export async function settle() {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const cpuTimes = () => {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const numbers = fields.map(Number);
    return { idle: numbers[3] + numbers[4], total: numbers.reduce((sum, value) => sum + value, 0) };
  };
  if (!existsSync('/proc/stat')) {
    await sleep(2000);
    return;
  }
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const before = cpuTimes();
    await sleep(250);
    const after = cpuTimes();
    if ((after.idle - before.idle) / Math.max(after.total - before.total, 1) >= 0.85) return;
  }
}

/** A run that never sees its page drawn fails the bench instead of hanging it. */
const RUN_TIMEOUT_MS = 60_000;

function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${what} did not finish within ${RUN_TIMEOUT_MS / 1000} s`));
    }, RUN_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * `urls` maps a site's server name to its address. Returns the Chromium version and, per
 * metric, its description and the kept runs in ms.
 */
export async function runTimings({ urls, runs, warmup, only = [], log = () => {} }) {
  const named = measurements.filter(({ name }) => only.length === 0 || only.includes(name));
  // A site whose server is not running (the bench's server without PostgreSQL) is left out.
  const chosen = named.filter((measurement) => {
    if (urls[sites[measurement.site].server]) return true;
    log(`skipping ${measurement.name}: nothing serves ${sites[measurement.site].server}`);
    return false;
  });
  if (chosen.length === 0) return { chromium: null, timings: {}, overviewScripts: null };
  if (!existsSync(chromiumOptions.executablePath)) {
    throw new Error(
      `No Chromium at ${chromiumOptions.executablePath}: install Debian's (sudo apt-get install -y ` +
        'chromium) or point CHROME_PATH at one; the bench never downloads a browser. ' +
        '--bytes-only needs none.',
    );
  }
  const browser = await chromium.launch(chromiumOptions);
  try {
    // A context of its own for each measurement, so that none slows another down (the mock's
    // service worker, the HTTP cache and storage are per context).
    const contexts = new Map();
    for (const measurement of chosen) {
      const site = sites[measurement.site];
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await site.prepare(page, urls[site.server]);
      await page.close();
      contexts.set(measurement.name, context);
    }
    /** The scripts the browser fetched to draw the overview: a check on the bytes' first route. */
    async function overviewScripts() {
      const overview = chosen.find(({ name }) => name === 'overview');
      if (!overview) return null;
      const page = await contexts.get(overview.name).newPage();
      try {
        await overview.run(page, urls[sites[overview.site].server]);
        return await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map(({ name }) => new URL(name).pathname.slice(1))
            .filter((path) => path.endsWith('.js')),
        );
      } finally {
        await page.close();
      }
    }
    const timings = {};
    for (const measurement of chosen) {
      for (const [metric, { label, description }] of Object.entries(measurement.metrics)) {
        timings[metric] = { label, description, unit: 'ms', runs: [] };
      }
    }
    for (let round = 0; round < warmup + runs; round += 1) {
      log(round < warmup ? `warm-up round ${round + 1}` : `round ${round - warmup + 1} of ${runs}`);
      for (const measurement of chosen) {
        // The tab is opened first, then the machine left to settle: the time from navigation
        // then counts neither a previous tab's teardown nor the start of a renderer process.
        const page = await contexts.get(measurement.name).newPage();
        await settle();
        try {
          const values = await withTimeout(
            measurement.run(page, urls[sites[measurement.site].server]),
            `The measurement ${measurement.name}`,
          );
          if (round < warmup) continue;
          for (const [metric, value] of Object.entries(values)) {
            timings[metric].runs.push(Math.round(value));
          }
        } finally {
          await page.close();
        }
      }
    }
    for (const timing of Object.values(timings)) timing.median = median(timing.runs);
    return { chromium: browser.version(), timings, overviewScripts: await overviewScripts() };
  } finally {
    await browser.close();
  }
}
