/**
 * How fast the app answers at scale: the demo build on the synthetic data set (2,000 cities,
 * ten rounds) in headless Chromium. Each named measurement runs several times, each time on a
 * fresh page load, and the median is reported.
 *
 *   npm run bench:scale                         builds the demo, serves it on :4175, measures
 *   npm run bench:scale -- --url http://localhost:4173   measures a demo already served
 *   npm run bench:scale -- --runs 9 --only cities-filter-keystroke --json --port 4176
 *
 * To add a measurement, add an entry to `measurements`: a name, a one-line description and a
 * `run(page, baseUrl)` that loads its page and returns milliseconds. Sign-in and the choice of
 * data set are done once, before the first run.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

/** Not 4173, where `npm start` and the end-to-end tests serve. */
const DEFAULT_PORT = 4175;

export const chromiumOptions = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** Signs in as the report author on the synthetic data set; both are then remembered. */
export async function signInOnSyntheticSet(page, baseUrl) {
  await page.goto(`${baseUrl}/cities?dataset=synthetic`);
  await page.getByRole('radio', { name: /Sam Taylor/ }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Signatory cities' }).waitFor();
}

/**
 * Starts a stopwatch in the page at the next keydown (the event's own time stamp, when the
 * browser took the key) and stops it when `isDone()` holds after a DOM change and the frame
 * showing it has been painted. Resolves with milliseconds.
 */
async function armKeystrokeStopwatch(page, isDoneSource) {
  await page.evaluate((source) => {
    const isDone = new Function(`return (${source})()`);
    window.__keystrokeMs = new Promise((resolve) => {
      document.addEventListener(
        'keydown',
        (event) => {
          const started = event.timeStamp;
          const observer = new MutationObserver(() => {
            if (!isDone()) return;
            observer.disconnect();
            // requestAnimationFrame runs before the paint; the task after it, once it is done.
            requestAnimationFrame(() => {
              setTimeout(() => resolve(performance.now() - started), 0);
            });
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        },
        { capture: true, once: true },
      );
    });
  }, isDoneSource);
}

/** @type {{ name: string, description: string, run: (page: import('@playwright/test').Page, baseUrl: string) => Promise<number> }[]} */
export const measurements = [
  {
    name: 'cities-filter-keystroke',
    description:
      'cities list, 2,000 cities: one keystroke in the search box until the filtered rows and the count are on screen',
    async run(page, baseUrl) {
      await page.goto(`${baseUrl}/cities`);
      await page.getByRole('status').filter({ hasText: '2,000 of 2,000 cities' }).waitFor();
      const search = page.getByRole('searchbox', { name: 'Search by name' });
      await search.focus();
      // Done when the count has changed and every row shown has the typed text in its name.
      await armKeystrokeStopwatch(
        page,
        String(() => {
          const input = document.querySelector('input[type="search"]');
          const count = document.querySelector('main [role="status"]');
          const names = [...document.querySelectorAll('main tbody tr[aria-rowindex] th')];
          const typed = input.value.toLowerCase();
          return (
            typed !== '' &&
            !count.textContent.startsWith('2,000 of') &&
            names.length > 0 &&
            names.every((name) => name.textContent.toLowerCase().includes(typed))
          );
        }),
      );
      await page.keyboard.press('h');
      return page.evaluate(() => window.__keystrokeMs);
    },
  },
  {
    name: 'compare-heatmap-all-signatories',
    description:
      'compare page, all 2,000 signatories as a heatmap: from navigation (a fresh page load) until the first page of 25 cities is painted',
    async run(page, baseUrl) {
      await page.goto(`${baseUrl}/compare?group=all&view=heatmap`, { waitUntil: 'commit' });
      // Measured in the page from its navigation start (performance.now() counts from there).
      return page.evaluate(
        () =>
          new Promise((resolve) => {
            const drawn = () =>
              document.querySelectorAll('.rating-heatmap__row-label').length === 25 &&
              (document.querySelector('.pagination__status')?.textContent ?? '').endsWith(
                'of 2,000',
              );
            const finish = () => {
              requestAnimationFrame(() => {
                setTimeout(() => resolve(performance.now()), 0);
              });
            };
            if (drawn()) {
              finish();
              return;
            }
            const observer = new MutationObserver(() => {
              if (!drawn()) return;
              observer.disconnect();
              finish();
            });
            observer.observe(document, { subtree: true, childList: true, characterData: true });
          }),
      );
    },
  },
];

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs each measurement `runs` times in one signed-in browser context; medians in ms. */
export async function measureScale({ baseUrl, runs = 5, only = [] }) {
  const chosen = measurements.filter(({ name }) => only.length === 0 || only.includes(name));
  if (chosen.length === 0) throw new Error(`No measurement named ${only.join(', ')}`);
  const browser = await chromium.launch(chromiumOptions);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInOnSyntheticSet(page, baseUrl);
    const results = [];
    for (const measurement of chosen) {
      const times = [];
      for (let run = 0; run < runs; run += 1) times.push(await measurement.run(page, baseUrl));
      results.push({
        name: measurement.name,
        description: measurement.description,
        runsMs: times.map((ms) => Math.round(ms)),
        medianMs: Math.round(median(times)),
      });
    }
    return results;
  } finally {
    await browser.close();
  }
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed`)),
    );
  });
}

async function waitUntilServed(url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Nothing answered at ${url}`);
}

async function answers(url) {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

/**
 * Builds the demo into a directory of its own (so a test run building into dist/ at the same
 * time is not disturbed) and serves it with `vite preview`; returns the address and a stop().
 */
async function serveDemo(port) {
  const baseUrl = `http://localhost:${port}`;
  if (await answers(baseUrl)) {
    throw new Error(`Something already answers at ${baseUrl}; pass --port, or --url to use it`);
  }
  const outDir = await mkdtemp(join(tmpdir(), 'charter-monitor-bench-'));
  await run('npx', ['vite', 'build', '--mode', 'demo', '--outDir', outDir, '--logLevel', 'warn']);
  const preview = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--mode',
      'demo',
      '--outDir',
      outDir,
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: 'ignore', detached: true },
  );
  const stop = async () => {
    // The preview server runs under npx: stop its whole process group, which we started.
    if (preview.pid !== undefined) process.kill(-preview.pid, 'SIGTERM');
    await rm(outDir, { recursive: true, force: true });
  };
  try {
    await waitUntilServed(baseUrl);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}

async function main() {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      port: { type: 'string', default: String(DEFAULT_PORT) },
      runs: { type: 'string', default: '5' },
      only: { type: 'string', multiple: true, default: [] },
      json: { type: 'boolean', default: false },
    },
  });
  const server = values.url
    ? { baseUrl: values.url.replace(/\/+$/, ''), stop: async () => {} }
    : await serveDemo(Number(values.port));
  try {
    const results = await measureScale({
      baseUrl: server.baseUrl,
      runs: Number(values.runs),
      only: values.only,
    });
    if (values.json) {
      console.log(JSON.stringify(results, null, 2));
    } else {
      for (const result of results) {
        console.log(
          `${result.name}: median ${result.medianMs} ms (runs: ${result.runsMs.join(', ')} ms)`,
        );
        console.log(`  ${result.description}`);
      }
    }
  } finally {
    await server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main();
}
