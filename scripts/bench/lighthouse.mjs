/**
 * Lighthouse on a phone (issue 17): Lighthouse's own mobile preset (its default: a mid-range
 * phone's screen, simulated slow 4G and a 4× slower CPU), categories performance and
 * accessibility, run from Node through its API on pages of the app built without the mock and
 * served by the bench's servers (scripts/bench/server.mjs):
 *
 * - the overview on the sample set and on the 2,000-city synthetic set, signed in as the report
 *   author, as the timed measurements sign in;
 * - a visitor's first page: the overview at `/` on the sample set, not signed in;
 * - the stack's floor (bench/stack-floor, served by vite preview), reported and not budgeted: what
 *   a page of this stack scores with no app in it.
 *
 * One Chromium (Debian's, or CHROME_PATH; never a downloaded one), started by chrome-launcher
 * and driven through Puppeteer, a fresh tab for every run once the machine is quiet. Lighthouse
 * clears the HTTP cache, service workers and caches before each load (a first visit) but not
 * localStorage, where the app keeps its session, and the visitor's page shares an origin with
 * the signed-in overview: so a script that runs before the page's own sets the session (the
 * token of a demo sign-in through the API) or removes it, and each run checks afterwards that the
 * page showed "Sign out" exactly when it should. Each page is run `runs` times and the run with
 * the median performance score is reported (scripts/bench/lighthouse-summary.ts).
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { chromiumOptions, settle } from './browser.mjs';
import { lighthousePages, medianRun, summariseReport } from './lighthouse-summary.ts';
import { signInAs } from './server.mjs';

/** The report author (reads everything approved), as the timed measurements sign in. */
export const REPORT_AUTHOR = 'sam-viewer';

/** Where the app keeps its session: zustand's persist, src/data/session-token-store.ts. */
const SESSION_KEY = 'charter-monitor.session';

/** The stored session of a demo sign-in's token, as that middleware writes it. */
export function storedSession(token) {
  return JSON.stringify({ state: { token, cookieSession: false }, version: 0 });
}

/** Lighthouse's flags: the default (mobile) config, the two categories. */
const flags = {
  logLevel: 'error',
  output: 'json',
  onlyCategories: ['performance', 'accessibility'],
};

/** What Lighthouse names as costing the most on a page: its failed performance audits. */
function findings(report) {
  const refs = report.categories.performance.auditRefs.filter(
    ({ group }) => group !== 'metrics' && group !== 'hidden',
  );
  return refs
    .map(({ id }) => report.audits[id])
    .filter((audit) => audit && audit.score !== null && audit.score < 0.9)
    .map(({ id, title, displayValue, metricSavings, details }) => {
      const top = (details?.items ?? [])
        .slice(0, 3)
        .map(itemSummary)
        .filter((item) => Object.keys(item).length > 0);
      return {
        id,
        title,
        ...(displayValue ? { displayValue } : {}),
        ...(metricSavings ? { metricSavings } : {}),
        ...(top.length > 0 ? { top } : {}),
      };
    });
}

/** An audit's item, as far as it says where the cost is: a file or a kind of work, and how much. */
function itemSummary(item) {
  const kept = ['url', 'groupLabel', 'total', 'duration', 'wastedBytes', 'wastedMs', 'totalBytes'];
  return Object.fromEntries(
    kept
      .filter((key) => typeof item[key] === 'string' || typeof item[key] === 'number')
      .map((key) => [key, typeof item[key] === 'number' ? Math.round(item[key]) : item[key]]),
  );
}

/** The accessibility audits a page fails, by id. */
function accessibilityFailures(report) {
  return report.categories.accessibility.auditRefs
    .map(({ id }) => report.audits[id])
    .filter((audit) => audit && audit.score === 0)
    .map(({ id }) => id);
}

/** One Lighthouse run on `url`, signed in with `session` (a stored session) or, if null, not. */
export async function runOnce(browser, url, session) {
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(
      (origin, key, value) => {
        if (location.origin !== origin) return;
        if (value === null) localStorage.removeItem(key);
        else localStorage.setItem(key, value);
      },
      new URL(url).origin,
      SESSION_KEY,
      session,
    );
    await settle();
    const result = await lighthouse(url, flags, undefined, page);
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) {
      throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
    }
    const signedIn = await page.evaluate(() =>
      [...document.querySelectorAll('button')].some(
        (button) => button.textContent?.trim() === 'Sign out',
      ),
    );
    if (signedIn !== (session !== null)) {
      throw new Error(
        `The page Lighthouse loaded at ${url} was ${signedIn ? '' : 'not '}signed in`,
      );
    }
    return lhr;
  } finally {
    await page.close();
  }
}

/**
 * Runs Lighthouse `runs` times on each page whose site is in `urls` (site name -> origin); a
 * page whose site is not served is skipped with `unavailable` as the reason. Answers the
 * Lighthouse and Chromium versions, per page its label, every run and the median run with
 * what Lighthouse found, and the skipped pages.
 */
export async function runLighthouse({ urls, runs, unavailable, log = () => {} }) {
  const pages = {};
  const skipped = [];
  const chosen = lighthousePages.filter((page) => {
    if (urls[page.site]) return true;
    skipped.push({ name: page.name, label: page.label, reason: unavailable ?? 'not served' });
    log(`Lighthouse: skipping ${page.name}: ${unavailable ?? 'not served'}`);
    return false;
  });
  const summary = { lighthouseVersion: null, chromium: null, runsPerPage: runs, pages, skipped };
  if (chosen.length === 0) return summary;
  const chrome = await launch({
    chromePath: chromiumOptions.executablePath,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const browser = await puppeteer.connect({
      browserURL: `http://127.0.0.1:${chrome.port}`,
      defaultViewport: null,
    });
    try {
      summary.chromium = (await browser.version()).replace(/^[^/]*\//, '');
      const tokens = {};
      for (const page of chosen) {
        const origin = urls[page.site];
        if (page.signedIn) tokens[origin] ??= await signInAs(origin, REPORT_AUTHOR);
        const session = page.signedIn ? storedSession(tokens[origin]) : null;
        const reports = [];
        for (let run = 1; run <= runs; run += 1) {
          log(`Lighthouse: ${page.name}, run ${run} of ${runs}`);
          reports.push(await runOnce(browser, `${origin}/`, session));
        }
        summary.lighthouseVersion = reports[0].lighthouseVersion;
        const summarised = reports.map(summariseReport);
        const median = medianRun(summarised);
        const medianReport = reports[summarised.indexOf(median)];
        pages[page.name] = {
          label: page.label,
          path: '/',
          median,
          runs: summarised,
          findings: findings(medianReport),
          warnings: medianReport.runWarnings,
          accessibilityFailures: accessibilityFailures(medianReport),
        };
      }
    } finally {
      await browser.disconnect();
    }
  } finally {
    chrome.kill();
  }
  return summary;
}
