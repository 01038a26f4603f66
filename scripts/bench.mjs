/**
 * The benchmark (README "Benchmark"): bundle bytes from the build output against the stack's
 * floor (and a bare baseline), and timings in Debian's Chromium against bare pages, in one run.
 *
 *   npm run bench                          builds, serves, measures; writes bench/results.json
 *   npm run bench -- --check               the same, then exits 1 if a budget is broken
 *   npm run bench -- --check --bytes-only  only the byte budgets, no browser
 *   npm run bench -- --check --bytes-only --budget all-routes-js --budget export-js   what CI runs
 *   npm run bench -- --runs 9 --only compare-heatmap --only bare-heatmap
 *
 *   npm run bench -- --only server         only the server under load
 *   npm run bench -- --only page-json      only the API JSON each budgeted page fetches
 *   npm run bench -- --only request-starts whether each page's API requests start together
 *   npm run bench -- --only lighthouse     Lighthouse's phone preset: 3 pages, and the floor
 *
 * Options: --runs N (timed runs per measurement, median reported; default 7), --warmup N
 * (rounds thrown away first; default 1), --budget NAME (with --check: only these budgets of
 * bench/budgets.json fail the run, the others are reported; repeatable), --only NAME (a measurement of
 * scripts/bench/measurements.mjs, `server` for the server under load, `page-json` for the API
 * JSON per page, `request-starts` for the requests' start times per page, or `lighthouse` for
 * Lighthouse on a phone; repeatable), --lighthouse-runs N (Lighthouse runs per page, the median
 * run's reported; default 3), --out FILE
 * (where to write the results; by default bench/results.json, written only by a full run),
 * --json (print the results as JSON); for the server under load, --connections N (default 20),
 * --server-seconds N (timed, per endpoint; default 10), --server-warmup N (default 2).
 *
 * Everything is built into temporary directories (dist/ and the tests' port 4173 are left
 * alone). The demo and the bare pages are served by `vite preview` on free ports the system
 * picks; the app built without the mock, the bare page fetching the server's JSON, and the API
 * under load by the bench's server on 127.0.0.1 (scripts/bench/server.mjs: PostgreSQL with the
 * synthetic set; skipped, saying why, where there is no PostgreSQL). Lighthouse
 * (scripts/bench/lighthouse.mjs) loads the app as the servers serve it, in a Chromium of its own.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { preview } from 'vite';
import { chromium } from '@playwright/test';
import { chromiumOptions, runTimings } from './bench/browser.mjs';
import { analyseBuild, buildWithManifest } from './bench/bytes.mjs';
import { lighthousePages } from './bench/lighthouse-summary.ts';
import {
  measurements,
  sites,
  timingRatios as timingRatioDefinitions,
} from './bench/measurements.mjs';
import {
  byteRatios,
  checkBudgets,
  describeBrokenBudget,
  formatTables,
  timingRatios,
} from './bench/report.mjs';

const root = join(import.meta.dirname, '..');
const benchDir = join(root, 'bench');

/** The builds: the app as the demo (with the mock API), and the bench's bare pages. */
const builds = {
  app: {
    configFile: join(root, 'vite.config.ts'),
    mode: 'demo',
    // The first route: the signed-in layout and the overview (index route of src/app/router.tsx).
    analysis: {
      firstRoute: ['src/app/app-layout.tsx', 'src/app/routes/overview-route.tsx'],
      // The layouts and pages the router loads lazily (an embed's layout is another page's).
      routes: /^src\/app\/(app-layout|embed-layout|routes\/[\w-]+)\.tsx$/,
      // No reader loads it: the pseudo-locale is a check for translators and the tests.
      unmeasured: ['src/lib/pseudo-locale.ts'],
      // Loaded when someone exports the round's figures or downloads an import template, not
      // to show a page.
      onDemand: [
        'src/lib/export/round-pack.ts',
        'src/lib/export/chart-files.ts',
        'src/features/past-round-import/import-template.ts',
      ],
      mock: 'mocks/browser.ts',
      mockWorker: 'mockServiceWorker.js',
      // Each language's catalogue in two parts (src/locales/catalogue-parts.ts): English's
      // first part is in the entry; a reader loads one other language; every page but the
      // first loads the later part.
      catalogueParts: /^virtual:catalogue-(?<language>\w+)-(?<part>first|later)$/,
      bundledLanguage: 'en',
    },
  },
  baseline: { configFile: join(benchDir, 'baseline', 'vite.config.ts'), mode: 'production' },
  // The stack's floor: each library of the design card used once (issue 17's anchor).
  stackFloor: { configFile: join(benchDir, 'stack-floor', 'vite.config.ts'), mode: 'production' },
  bareHeatmap: { configFile: join(benchDir, 'bare-heatmap', 'vite.config.ts'), mode: 'production' },
  // The cities list filtered by plain React: the floor of a keystroke in the app's search.
  bareCitiesList: {
    configFile: join(benchDir, 'bare-cities-list', 'vite.config.ts'),
    mode: 'production',
  },
  // The app as deployed, without the mock (VITE_MSW is off outside the demo mode), and the bare
  // page fetching the same JSON: both served by the bench's server with the API.
  appServer: { configFile: join(root, 'vite.config.ts'), mode: 'production' },
  bareHeatmapServer: {
    configFile: join(benchDir, 'bare-heatmap-server', 'vite.config.ts'),
    mode: 'production',
  },
};

/** The sites the bench's server serves beside the API. */
const benchServerSites = ['appServer', 'bareHeatmapServer'];
/**
 * The sites a second server serves, on the sample data set (the overview's ratio against the
 * server), and the build each one is.
 */
const sampleServerSites = { appServerSample: 'appServer' };

function log(message) {
  console.error(`[bench] ${message}`);
}

function machine() {
  const processors = cpus();
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGb: Math.round(totalmem() / 1e9),
    os: `${type()} ${release()}`,
    loadAverageAtStart: loadavg().map((load) => Number(load.toFixed(2))),
  };
}

function gitCommit() {
  try {
    const git = (...args) =>
      execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    const head = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain', '--untracked-files=no');
    return `${head.trim()}${dirty.trim() === '' ? '' : ' (with uncommitted changes)'}`;
  } catch {
    return null;
  }
}

/**
 * Compares the first route worked out from the manifest with the scripts the browser fetched
 * for the overview (the mock's left aside): a script fetched but not counted means the bytes
 * undercount, and is reported.
 */
function checkFirstRoute(bytes, fetched) {
  const counted = new Set(bytes['app-first-route'].js.files.map(({ file }) => file));
  const mock = new Set(bytes['mock-api'].js.files.map(({ file }) => file));
  const missing = fetched.filter((file) => !counted.has(file) && !mock.has(file));
  const notFetched = [...counted].filter((file) => !fetched.includes(file));
  if (missing.length > 0) {
    log(`the overview fetched scripts the first route's bytes leave out: ${missing.join(', ')}`);
  }
  return {
    fetchedByBrowser: fetched,
    countedButNotFetched: notFetched,
    fetchedButNotCounted: missing,
  };
}

/** The app built for the server must not carry the mock API: it would measure the mock again. */
function checkNoMock(outDir) {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));
  if (builds.app.analysis.mock in manifest) {
    throw new Error(`The app built for the server (${outDir}) has the mock API in it`);
  }
}

async function serve(build, outDir) {
  const server = await preview({
    configFile: build.configFile,
    mode: build.mode,
    logLevel: 'silent',
    build: { outDir },
    // Port 0: a free port, never the tests' 4173 or the dev server's 5173.
    preview: { port: 0, strictPort: true, open: false },
  });
  const { port } = server.httpServer.address();
  return { url: `http://localhost:${port}`, close: () => server.close() };
}

async function main() {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      'bytes-only': { type: 'boolean', default: false },
      runs: { type: 'string', default: '7' },
      warmup: { type: 'string', default: '1' },
      only: { type: 'string', multiple: true, default: [] },
      budget: { type: 'string', multiple: true, default: [] },
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
      connections: { type: 'string', default: '20' },
      'server-seconds': { type: 'string', default: '10' },
      'server-warmup': { type: 'string', default: '2' },
      'lighthouse-runs': { type: 'string', default: '3' },
    },
  });
  const bytesOnly = values['bytes-only'];
  const runs = Number(values.runs);
  const warmup = Number(values.warmup);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(warmup) || warmup < 0) {
    throw new Error('--runs must be a whole number of at least 1, --warmup at least 0');
  }
  const lighthouseRuns = Number(values['lighthouse-runs']);
  if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1) {
    throw new Error('--lighthouse-runs must be a whole number of at least 1');
  }
  const load = {
    connections: Number(values.connections),
    durationSeconds: Number(values['server-seconds']),
    warmupSeconds: Number(values['server-warmup']),
  };
  if (!Object.values(load).every((value) => Number.isInteger(value) && value >= 1)) {
    throw new Error(
      '--connections, --server-seconds and --server-warmup must be whole numbers ≥ 1',
    );
  }
  const stages = ['server', 'page-json', 'request-starts', 'lighthouse'];
  const unknownOnly = values.only.filter(
    (name) =>
      !stages.includes(name) && !measurements.some((measurement) => measurement.name === name),
  );
  if (unknownOnly.length > 0) {
    throw new Error(
      `No measurement named ${unknownOnly.join(', ')}; there are ${stages.join(', ')}, ${measurements.map(({ name }) => name).join(', ')}`,
    );
  }
  const only = values.only.filter((name) => !stages.includes(name));
  const chosen = bytesOnly
    ? []
    : measurements.filter(({ name }) => (values.only.length === 0 ? true : only.includes(name)));
  const underLoad = !bytesOnly && (values.only.length === 0 || values.only.includes('server'));
  const pageJson = !bytesOnly && (values.only.length === 0 || values.only.includes('page-json'));
  const requestStarts =
    !bytesOnly && (values.only.length === 0 || values.only.includes('request-starts'));
  const phones = !bytesOnly && (values.only.length === 0 || values.only.includes('lighthouse'));
  // The sites' servers the chosen measurements need: vite preview's, and the bench server's.
  // Lighthouse loads the app on both servers (scripts/bench/lighthouse.mjs).
  const needed = (name) =>
    chosen.some((measurement) => sites[measurement.site].server === name) ||
    (phones && lighthousePages.some(({ site }) => site === name));
  const previewed = ['app', 'bareHeatmap', 'bareCitiesList', 'stackFloor'].filter(
    (name) => needed(name) || (name === 'app' && requestStarts),
  );
  const servedByBenchServer = benchServerSites.filter(needed);
  const servedBySampleServer = Object.keys(sampleServerSites).filter(needed);
  const budgets = JSON.parse(readFileSync(join(benchDir, 'budgets.json'), 'utf8')).budgets;
  const results = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    machine: machine(),
    node: process.version,
    chromium: null,
    runs,
    warmupRuns: warmup,
    bytes: {},
    timings: {},
    ratios: {},
    budgets: [],
  };

  // The app as deployed is measured on every run: a visitor's first page is its overview.
  const wanted = [
    'app',
    'appServer',
    'baseline',
    'stackFloor',
    ...previewed,
    ...servedByBenchServer,
    ...servedBySampleServer.map((name) => sampleServerSites[name]),
  ].filter((name, index, names) => names.indexOf(name) === index);
  const built = {};
  const servers = [];
  let benchServer = null;
  let sampleServer = null;
  // Why the servers' pages are not measured, when they are not (no PostgreSQL).
  let serverUnavailable = null;
  try {
    for (const name of wanted) {
      log(
        `building ${name} (${relative(root, builds[name].configFile)}, mode ${builds[name].mode})`,
      );
      built[name] = await buildWithManifest({ ...builds[name], label: name });
    }
    checkNoMock(built.appServer.outDir);
    const app = analyseBuild(built.app.outDir, builds.app.analysis);
    // A visitor reads the overview at / without signing in (issue 16), from the build the
    // server sends: the same route modules, no mock to leave out.
    const deployed = analyseBuild(built.appServer.outDir, {
      ...builds.app.analysis,
      mock: null,
      mockWorker: null,
    });
    const baseline = analyseBuild(built.baseline.outDir);
    const stackFloor = analyseBuild(built.stackFloor.outDir);
    results.bytes = {
      'app-first-route': app.firstRoute,
      'app-visitor-first-page': deployed.firstRoute,
      'app-all-routes': app.allRoutes,
      'app-on-demand': app.onDemand,
      'mock-api': app.mockApi,
      'stack-floor': stackFloor.firstRoute,
      baseline: baseline.allRoutes,
    };
    results.ratios = byteRatios(results.bytes);

    if (pageJson) {
      log('measuring the API JSON each budgeted page fetches on the synthetic set');
      // Imported here: it starts Vite's module loader, which a --bytes-only run does without.
      const { measurePageJsonBytes } = await import('./bench/page-json.mjs');
      results.pageJson = (await measurePageJsonBytes()).pages;
    }

    if (!bytesOnly) {
      const urls = {};
      for (const name of previewed) {
        const server = await serve(builds[name], built[name].outDir);
        servers.push(server);
        urls[name] = server.url;
        log(`serving ${name} at ${server.url}`);
      }
      if (underLoad || servedByBenchServer.length > 0) {
        log('starting the bench server: PostgreSQL, the synthetic data set, the API');
        // Imported here: a --bytes-only run (CI's) loads neither pg nor autocannon.
        const { startBenchServer } = await import('./bench/server.mjs');
        benchServer = await startBenchServer({
          sites: Object.fromEntries(servedByBenchServer.map((name) => [name, built[name].outDir])),
          savers: load.connections,
          log,
        });
        if (benchServer.unavailable) {
          log(`the server is not measured: ${benchServer.unavailable}`);
          serverUnavailable = benchServer.unavailable;
          results.server = { unavailable: benchServer.unavailable };
          benchServer = null;
        } else {
          for (const name of servedByBenchServer) urls[name] = benchServer.origins[name];
          log(`the bench server: API at ${benchServer.origins.api}`);
          results.server = { database: benchServer.database };
        }
      }
      if (servedBySampleServer.length > 0) {
        log('starting a second server on the sample data set');
        const { startBenchServer } = await import('./bench/server.mjs');
        sampleServer = await startBenchServer({
          dataSet: 'sample',
          sites: Object.fromEntries(
            servedBySampleServer.map((name) => [name, built[sampleServerSites[name]].outDir]),
          ),
          savers: 0,
          log,
        });
        if (sampleServer.unavailable) {
          // Its measurements are skipped, as the bench server's are without PostgreSQL.
          log(`the sample-set server is not started: ${sampleServer.unavailable}`);
          serverUnavailable ??= sampleServer.unavailable;
          sampleServer = null;
        } else {
          for (const name of servedBySampleServer) urls[name] = sampleServer.origins[name];
        }
      }
      if (chosen.length > 0) {
        const { chromium, timings, overviewScripts } = await runTimings({
          urls,
          runs,
          warmup,
          only: chosen.map(({ name }) => name),
          log,
        });
        results.chromium = chromium;
        results.timings = timings;
        if (overviewScripts)
          results.firstRouteCheck = checkFirstRoute(results.bytes, overviewScripts);
        Object.assign(results.ratios, timingRatios(timingRatioDefinitions, timings));
      }
      if (requestStarts) {
        log("recording each page's API request starts on the synthetic set");
        const { measureRequestStarts } = await import('./bench/request-starts.mjs');
        const browser = await chromium.launch(chromiumOptions);
        try {
          results.requestStarts = await measureRequestStarts({ browser, baseUrl: urls.app, log });
        } finally {
          await browser.close();
        }
      }
      if (phones) {
        log(`Lighthouse, phone preset: ${lighthouseRuns} runs per page`);
        // Imported here: a --bytes-only run loads neither Lighthouse nor Puppeteer.
        const { runLighthouse } = await import('./bench/lighthouse.mjs');
        results.lighthouse = await runLighthouse({
          urls,
          runs: lighthouseRuns,
          unavailable: serverUnavailable,
          log,
        });
        results.chromium ??= results.lighthouse.chromium;
      }
      // After the browser's timings and Lighthouse, so that the load's writes never touch the
      // pages' data.
      if (underLoad && benchServer) {
        const { runServerLoad } = await import('./bench/server-load.mjs');
        results.server.loadAverageAtStart = loadavg().map((value) => Number(value.toFixed(2)));
        const { endpoints, skipped } = await runServerLoad({
          origin: benchServer.origins.api,
          serverPid: benchServer.pid,
          savers: benchServer.savers,
          ...load,
          log,
        });
        Object.assign(results.server, {
          seeded: benchServer.seeded,
          ...load,
          endpoints,
          skipped,
          loadAverageAtEnd: loadavg().map((value) => Number(value.toFixed(2))),
        });
      }
    }
  } finally {
    if (sampleServer) await sampleServer.stop();
    if (benchServer) await benchServer.stop();
    for (const server of servers) await server.close();
    for (const build of Object.values(built)) await build.remove();
  }
  results.machine.loadAverageAtEnd = loadavg().map((load) => Number(load.toFixed(2)));
  results.budgets = checkBudgets(budgets, results);

  const complete = !bytesOnly && values.only.length === 0;
  const out = values.out ?? (complete ? join(benchDir, 'results.json') : null);
  if (out) {
    // Formatted as the repository's Prettier check wants it, since the file is checked in.
    const options = (await prettier.resolveConfig(out)) ?? {};
    writeFileSync(
      out,
      await prettier.format(JSON.stringify(results), { ...options, filepath: out }),
    );
    log(`wrote ${relative(process.cwd(), out)}`);
  }
  console.log(values.json ? JSON.stringify(results, null, 2) : formatTables(results));
  const startLoad = results.machine.loadAverageAtStart[0];
  if (!bytesOnly && startLoad > results.machine.cores / 2) {
    log(
      `other work was running when the bench started (load average ${startLoad} on ` +
        `${results.machine.cores} cores): the timings may be slower and noisier than usual`,
    );
  }

  if (values.check) {
    const unknown = values.budget.filter((name) => !budgets.some((budget) => budget.name === name));
    if (unknown.length > 0)
      throw new Error(`No budget named ${unknown.join(', ')} in bench/budgets.json`);
    const checked = (budget) => values.budget.length === 0 || values.budget.includes(budget.name);
    const broken = results.budgets.filter((budget) => budget.pass === false && checked(budget));
    for (const budget of broken) console.error(describeBrokenBudget(budget));
    if (broken.length > 0) process.exitCode = 1;
    else console.error('[bench] every budget checked in this run holds');
  }
}

await main();
