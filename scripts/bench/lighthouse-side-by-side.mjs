/**
 * Lighthouse side by side (issue 17): the app at this checkout and at an earlier commit, each
 * built as deployed and served by one bench server (scripts/bench/server.mjs), their runs
 * alternated (A B, B A, A B…) so that the machine's ups and downs fall on both alike. One page of
 * the bench's Lighthouse stage (scripts/bench/lighthouse.mjs), with its phone preset and sign-in.
 * A single Lighthouse run on this two-core machine moves by 2-5 points from one run to the next,
 * and from one hour to the next: a change shows only in runs taken side by side.
 *
 *   npm run bench:side-by-side -- --baseline 90d2b31 [--page overview-synthetic] [--runs 5]
 *
 * The earlier commit is checked out into a temporary git worktree (this checkout's
 * node_modules linked in), built there with its own Vite config, and removed afterwards.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { chromiumOptions } from './browser.mjs';
import { REPORT_AUTHOR, runOnce, storedSession } from './lighthouse.mjs';
import { lighthousePages, medianRun, summariseReport } from './lighthouse-summary.ts';
import { signInAs, startBenchServer } from './server.mjs';

const root = join(import.meta.dirname, '..', '..');

function log(message) {
  console.error(`[side by side] ${message}`);
}

/** Builds the app as the server sends it (mode production) from the tree at `dir`. */
async function buildApp(dir, label) {
  const outDir = mkdtempSync(join(tmpdir(), `charter-monitor-side-by-side-${label}-`));
  await build({
    root: dir,
    configFile: join(dir, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

async function main() {
  const { values } = parseArgs({
    options: {
      baseline: { type: 'string' },
      page: { type: 'string', default: 'overview-sample' },
      runs: { type: 'string', default: '5' },
    },
  });
  const page = lighthousePages.find(({ name }) => name === values.page);
  if (!page || page.site === 'stackFloor') {
    const names = lighthousePages
      .filter(({ site }) => site !== 'stackFloor')
      .map(({ name }) => name);
    throw new Error(`--page must be one of ${names.join(', ')}`);
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number ≥ 1');
  if (!values.baseline) throw new Error('--baseline names the commit to compare with');
  const baselineCommit = git('rev-parse', '--short', values.baseline);
  const headCommit = git('rev-parse', '--short', 'HEAD');
  const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';

  const worktree = mkdtempSync(join(tmpdir(), 'charter-monitor-baseline-'));
  const outDirs = [];
  let server = null;
  let chrome = null;
  try {
    git('worktree', 'add', '--detach', worktree, baselineCommit);
    symlinkSync(join(root, 'node_modules'), join(worktree, 'node_modules'), 'dir');
    log(
      `building ${baselineCommit} and ${headCommit}${dirty ? ' (with uncommitted changes)' : ''}`,
    );
    const sides = {
      baseline: await buildApp(worktree, 'baseline'),
      head: await buildApp(root, 'head'),
    };
    outDirs.push(...Object.values(sides));
    const dataSet = page.site === 'appServerSample' ? 'sample' : 'synthetic';
    server = await startBenchServer({ dataSet, sites: sides, savers: 0, log });
    if (server.unavailable) throw new Error(`The server cannot run: ${server.unavailable}`);
    chrome = await launch({
      chromePath: chromiumOptions.executablePath,
      chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    const browser = await puppeteer.connect({
      browserURL: `http://127.0.0.1:${chrome.port}`,
      defaultViewport: null,
    });
    const measured = { baseline: [], head: [] };
    try {
      for (let run = 0; run < runs; run += 1) {
        for (const side of run % 2 === 0 ? ['baseline', 'head'] : ['head', 'baseline']) {
          const origin = server.origins[side];
          const session = page.signedIn
            ? storedSession(await signInAs(origin, REPORT_AUTHOR))
            : null;
          log(`${page.name}, ${side}, run ${run + 1} of ${runs}`);
          measured[side].push(summariseReport(await runOnce(browser, `${origin}/`, session)));
        }
      }
    } finally {
      await browser.disconnect();
    }
    report({ page, runs, baselineCommit, headCommit, dirty, measured });
  } finally {
    chrome?.kill();
    if (server && !server.unavailable) await server.stop();
    for (const outDir of outDirs) rmSync(outDir, { recursive: true, force: true });
    git('worktree', 'remove', '--force', worktree);
  }
}

/** Prints each side's median run (by performance) and every run, as a Markdown table. */
function report({ page, runs, baselineCommit, headCommit, dirty, measured }) {
  const rows = [
    ['side', 'performance', 'TBT', 'LCP', 'CLS', 'performance, each run', 'TBT, each run'],
    ['---', '---', '---', '---', '---', '---', '---'],
  ];
  for (const [side, commit] of [
    ['baseline', baselineCommit],
    ['head', `${headCommit}${dirty ? ' + changes' : ''}`],
  ]) {
    const median = medianRun(measured[side]);
    rows.push([
      `${side} (${commit})`,
      String(median.performance),
      `${median.totalBlockingTime} ms`,
      `${median.largestContentfulPaint} ms`,
      median.cumulativeLayoutShift.toFixed(3),
      measured[side].map((run) => run.performance).join(', '),
      measured[side].map((run) => run.totalBlockingTime).join(', '),
    ]);
  }
  console.log(`\nLighthouse, phone preset: ${page.label}; ${runs} runs each, alternated\n`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
