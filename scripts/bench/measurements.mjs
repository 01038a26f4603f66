/**
 * What the bench times in Chromium. Each measurement names the page it runs on (`site`: the
 * demo signed in on the sample or the synthetic data set, the app against the bench's server,
 * or a bare page), opens a fresh tab for every run and returns its metrics in milliseconds.
 *
 * To add a measurement, add an entry to `measurements`: a name, the site, its metrics (a name,
 * a short label and a one-line description each) and `run(page, baseUrl)` resolving to `{ [metric]: ms }`. Timings
 * "from navigation" count from the document's navigation start (performance.now() in the page).
 */

/**
 * Signs in as the report author (who reads everything approved), on a data set of the demo,
 * through the sign-in page (a visitor reads the pages without signing in, issue 16, so none of
 * them asks), then lands on `landing`. The demo takes `?dataset=` as the app starts and
 * remembers it, so a page is opened with it first.
 */
async function signIn(page, baseUrl, dataSet, landing) {
  if (dataSet) {
    await page.goto(`${baseUrl}${landing}?dataset=${dataSet}`);
    // The app renders once the mock API has started, which remembers the data set.
    await page.getByRole('heading', { level: 1 }).waitFor();
  }
  await page.goto(`${baseUrl}/sign-in?next=${encodeURIComponent(landing)}`);
  const demo = page.getByRole('region', { name: 'Demo sign-in' });
  await demo.getByRole('radio', { name: /Sam Taylor/ }).check();
  await demo.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('banner').getByText('Signed in as Sam Taylor').waitFor();
}

/** The server's demo sign-in, as the report author; answers the session's token. */
async function signInThroughApi(page, baseUrl) {
  const response = await page.request.post(`${baseUrl}/api/session`, {
    data: { userId: 'sam-viewer' },
  });
  if (response.status() !== 201) throw new Error(`Sign-in answered ${response.status()}`);
  return (await response.json()).token;
}

/**
 * Where measurements run: `server` is the build that serves it (`appServer` and
 * `bareHeatmapServer`: the bench's server, scripts/bench/server.mjs); `prepare` runs once per
 * bench, in the browser context every run of the site shares (its storage keeps the session).
 */
export const sites = {
  'app-sample': {
    server: 'app',
    description: 'the demo build on its sample data set (30 cities, six rounds)',
    async prepare(page, baseUrl) {
      await signIn(page, baseUrl, 'sample', '/');
      await page.getByRole('heading', { level: 1, name: /overview/i }).waitFor();
    },
  },
  'app-synthetic': {
    server: 'app',
    description: 'the demo build on its synthetic data set (2,000 cities, ten rounds)',
    async prepare(page, baseUrl) {
      await signIn(page, baseUrl, 'synthetic', '/cities');
      await page.getByRole('heading', { level: 1, name: 'Signatory cities' }).waitFor();
    },
  },
  'bare-cities-list': {
    server: 'bareCitiesList',
    description:
      'bench/bare-cities-list: the same virtualized list of 2,000 cities filtered by plain React',
    async prepare() {},
  },
  'bare-heatmap': {
    server: 'bareHeatmap',
    description: 'bench/bare-heatmap: the heatmap view drawn by Recharts alone',
    async prepare() {},
  },
  'app-server': {
    server: 'appServer',
    description:
      'the app built without the mock (VITE_MSW=off) on the server, synthetic set in PostgreSQL',
    async prepare(page, baseUrl) {
      await signIn(page, baseUrl, null, '/cities');
      await page.getByRole('heading', { level: 1, name: 'Signatory cities' }).waitFor();
    },
  },
  'app-server-sample': {
    server: 'appServerSample',
    description:
      'the app built without the mock (VITE_MSW=off) on a second server, sample set in PostgreSQL',
    async prepare(page, baseUrl) {
      await signIn(page, baseUrl, null, '/');
      await page.getByRole('heading', { level: 1, name: /overview/i }).waitFor();
    },
  },
  'bare-heatmap-server': {
    server: 'bareHeatmapServer',
    description:
      "bench/bare-heatmap-server: the heatmap view from the server's JSON, Recharts alone",
    async prepare(page, baseUrl) {
      const token = await signInThroughApi(page, baseUrl);
      // Any address of the origin, to reach its storage (this one answers 401, no page runs).
      await page.goto(`${baseUrl}/api/session`);
      await page.evaluate((value) => localStorage.setItem('bench.token', value), token);
    },
  },
};

/**
 * Installs, before any of the page's scripts run, a stopwatch that resolves
 * `window.__benchDrawn` with performance.now() once `isDrawn()` holds after a DOM change and
 * the frame showing it has been painted; and records Largest Contentful Paint entries.
 */
async function armDrawnStopwatch(page, isDrawnSource) {
  await page.addInitScript((source) => {
    const isDrawn = new Function(`return (${source})()`);
    window.__benchLcp = null;
    new PerformanceObserver((list) => {
      const last = list.getEntries().at(-1);
      if (last) window.__benchLcp = last.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    window.__benchDrawn = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!isDrawn()) return;
        observer.disconnect();
        // requestAnimationFrame runs before the paint; the task after it, once it is done.
        requestAnimationFrame(() => {
          setTimeout(() => resolve(performance.now()), 0);
        });
      });
      observer.observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
  }, isDrawnSource);
}

/** Loads `url` in `page` and resolves with ms from navigation until `isDrawn` is painted. */
async function timeUntilDrawn(page, url, isDrawn) {
  await armDrawnStopwatch(page, String(isDrawn));
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(() => window.__benchDrawn);
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

/**
 * Opens a list of the 2,000 cities at `url` (the app's cities page or the bare one: the same
 * search box, count and rows), types "h" in its search and resolves with the ms from the key
 * press until the count has changed and every row shown has the typed text in its name, painted.
 */
async function timeKeystroke(page, url) {
  await page.goto(url);
  await page.getByRole('status').filter({ hasText: '2,000 of 2,000 cities' }).waitFor();
  await page.getByRole('searchbox', { name: 'Search by name' }).focus();
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
}

/** A chart counts as drawn once its marks are in the DOM (Recharts draws after measuring). */
const chartMarks = '.recharts-line-curve, .recharts-bar-rectangle, svg.city-map g';

const citiesListShown = () => {
  const count = document.querySelector('main [role="status"]');
  return (
    (count?.textContent ?? '').startsWith('2,000 of 2,000') &&
    document.querySelectorAll('main tbody tr[aria-rowindex]').length > 0
  );
};

/**
 * The compare page's heatmap of all 2,000 signatories: the spread chart and 25 rows of 11 cells,
 * the moment the bare pages' check below waits for.
 */
const compareHeatmapDrawn = () =>
  document.querySelectorAll('.rating-heatmap__row-label').length === 25 &&
  document.querySelectorAll('.rating-heatmap__svg > g > g > rect').length === 25 * 11 &&
  (document.querySelector('.pagination__status')?.textContent ?? '').endsWith('of 2,000') &&
  document.querySelector('main .recharts-bar-rectangle') !== null;

/** A bare heatmap page: 25 × 11 cells and the spread chart. */
const bareHeatmapDrawn = () =>
  document.querySelectorAll('.bare-heatmap__cell').length === 25 * 11 &&
  document.querySelector('.recharts-bar-rectangle') !== null;

/** A measurement of one metric, named as it is: from navigation to `path` until `isDrawn` is painted. */
function drawnMeasurement({ name, site, path, isDrawn, label, description }) {
  return {
    name,
    site,
    metrics: { [name]: { label, description } },
    async run(page, baseUrl) {
      return { [name]: await timeUntilDrawn(page, `${baseUrl}${path}`, isDrawn) };
    },
  };
}

/** The overview's timings' window: a wide screen, all of the page in view. */
const OVERVIEW_VIEWPORT = { width: 1280, height: 4000 };

/**
 * Times the overview, entered at `${baseUrl}/`: its first chart drawn with its marks, all four
 * charts drawn (three Recharts and the map), and the Largest Contentful Paint once they are.
 */
async function timeOverview(page, baseUrl) {
  // Tall enough for all four charts at once: the overview draws a chart only as it comes near
  // the screen (ChartFrame's drawWhenNear), and at 1280 × 720 the lower ones never would.
  await page.setViewportSize(OVERVIEW_VIEWPORT);
  await page.addInitScript((marks) => {
    window.__benchFirstChart = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector(`main :is(${marks})`)) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          setTimeout(() => resolve(performance.now()), 0);
        });
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true });
    });
  }, chartMarks);
  const all = await timeUntilDrawn(page, `${baseUrl}/`, () => {
    const charts = [...document.querySelectorAll('main .recharts-wrapper, main svg.city-map')];
    const drawn = charts.filter((chart) =>
      chart.matches('svg.city-map')
        ? chart.querySelector('g') !== null
        : chart.querySelector('.recharts-line-curve, .recharts-bar-rectangle') !== null,
    );
    return charts.length >= 4 && drawn.length === charts.length;
  });
  const first = await page.evaluate(() => window.__benchFirstChart);
  // LCP is final at the first input; until then, give late candidates a moment to land.
  await page.waitForTimeout(300);
  const lcp = await page.evaluate(() => window.__benchLcp);
  if (lcp === null) throw new Error('No largest-contentful-paint entry on the overview');
  return { firstChart: first, allCharts: all, lcp };
}

/** A measurement of the overview's first chart alone: metric `${name}-first-chart`. */
function overviewFirstChart({ name, site, label, description }) {
  const metric = `${name}-first-chart`;
  return {
    name,
    site,
    metrics: { [metric]: { label, description } },
    async run(page, baseUrl) {
      return { [metric]: (await timeOverview(page, baseUrl)).firstChart };
    },
  };
}

/** @type {{ name: string, site: keyof typeof sites, metrics: Record<string, { label: string, description: string }>, run: (page: import('@playwright/test').Page, baseUrl: string) => Promise<Record<string, number>> }[]} */
export const measurements = [
  {
    name: 'overview',
    site: 'app-sample',
    metrics: {
      'overview-first-chart': {
        label: 'overview: first chart drawn',
        description:
          'overview, sample data: from navigation until the first of its four charts is painted with its marks',
      },
      'overview-all-charts': {
        label: 'overview: all four charts drawn',
        description:
          'overview, sample data: from navigation until all four charts (three Recharts, the map) are painted',
      },
      'overview-lcp': {
        label: 'overview: Largest Contentful Paint',
        description:
          'overview, sample data: the last largest-contentful-paint entry once every chart is painted',
      },
    },
    async run(page, baseUrl) {
      const { firstChart, allCharts, lcp } = await timeOverview(page, baseUrl);
      return {
        'overview-first-chart': firstChart,
        'overview-all-charts': allCharts,
        'overview-lcp': lcp,
      };
    },
  },
  overviewFirstChart({
    name: 'overview-synthetic',
    site: 'app-synthetic',
    label: 'overview: first chart drawn, 2,000 cities',
    description:
      'overview, synthetic data (2,000 cities, ten rounds): from navigation until the first of its four charts is painted with its marks',
  }),
  overviewFirstChart({
    name: 'overview-server',
    site: 'app-server',
    label: 'overview against the server: first chart drawn, 2,000 cities',
    description:
      'overview of the app built without the mock, synthetic set in PostgreSQL through the Node server: from navigation until the first chart is painted with its marks',
  }),
  overviewFirstChart({
    name: 'overview-server-sample',
    site: 'app-server-sample',
    label: 'overview against the server: first chart drawn, sample set',
    description:
      'overview of the app built without the mock, sample set (30 cities) in PostgreSQL through a second Node server: from navigation until the first chart is painted with its marks',
  }),
  {
    name: 'cities-list',
    site: 'app-synthetic',
    metrics: {
      'cities-list-draw': {
        label: 'cities list drawn (2,000 cities)',
        description:
          'cities list, synthetic data: from navigation until the count and the first rows are painted',
      },
    },
    async run(page, baseUrl) {
      return {
        'cities-list-draw': await timeUntilDrawn(page, `${baseUrl}/cities`, citiesListShown),
      };
    },
  },
  {
    name: 'cities-filter',
    site: 'app-synthetic',
    metrics: {
      'cities-filter-keystroke': {
        label: 'cities filter: one keystroke',
        description:
          'cities list, synthetic data: one keystroke in the search box until the filtered rows and the count are painted',
      },
    },
    async run(page, baseUrl) {
      return { 'cities-filter-keystroke': await timeKeystroke(page, `${baseUrl}/cities`) };
    },
  },
  {
    name: 'bare-cities-filter',
    site: 'bare-cities-list',
    metrics: {
      'bare-cities-filter-keystroke': {
        label: 'bare cities list: one keystroke',
        description:
          'bench/bare-cities-list, the same 2,000 rows filtered by plain React: one keystroke in the search box until the filtered rows and the count are painted',
      },
    },
    async run(page, baseUrl) {
      return { 'bare-cities-filter-keystroke': await timeKeystroke(page, `${baseUrl}/`) };
    },
  },
  drawnMeasurement({
    name: 'compare-heatmap',
    site: 'app-synthetic',
    path: '/compare?group=all&view=heatmap',
    isDrawn: compareHeatmapDrawn,
    label: 'compare heatmap, all 2,000 cities',
    description:
      'compare page, all signatories of the synthetic set as a heatmap: from navigation until the spread-of-ratings chart and the first page of 25 cities are painted',
  }),
  drawnMeasurement({
    name: 'bare-heatmap',
    site: 'bare-heatmap',
    path: '/',
    isDrawn: bareHeatmapDrawn,
    label: 'bare Recharts heatmap page',
    description:
      'bench/bare-heatmap: the same two charts from the same generated data, drawn by Recharts alone: from navigation until painted',
  }),
  drawnMeasurement({
    name: 'compare-heatmap-server',
    site: 'app-server',
    path: '/compare?group=all&view=heatmap',
    isDrawn: compareHeatmapDrawn,
    label: 'compare heatmap against the server',
    description:
      'compare page of the app built without the mock, all 2,000 signatories of the synthetic set in PostgreSQL through the Node server: from navigation until the spread chart and the first 25 cities are painted',
  }),
  drawnMeasurement({
    name: 'bare-heatmap-server',
    site: 'bare-heatmap-server',
    path: '/',
    isDrawn: bareHeatmapDrawn,
    label: "bare heatmap page, the server's JSON",
    description:
      'bench/bare-heatmap-server: the same two charts from the same JSON of the same server, drawn by Recharts alone: from navigation until painted',
  }),
  {
    name: 'export-png',
    site: 'app-synthetic',
    metrics: {
      'export-png-largest-chart': {
        label: 'export the largest chart as PNG',
        description:
          'overview map, synthetic data (2,000 cities, 62 countries): from choosing "PNG image (2× screen size)" in its Export menu until the download starts',
      },
    },
    async run(page, baseUrl) {
      await page.goto(`${baseUrl}/`);
      const frame = page.getByRole('region', { name: /^Signatory cities by overall score/ });
      // As a person would before exporting it: the map draws only as it comes near the screen.
      await frame.scrollIntoViewIfNeeded();
      await frame.locator('svg.city-map g').first().waitFor();
      await frame.getByRole('button', { name: /^Export/ }).click();
      const item = page.getByRole('menuitem', { name: 'PNG image (2× screen size)' });
      await item.waitFor();
      const downloading = page.waitForEvent('download');
      const started = performance.now();
      await item.click();
      await downloading;
      return { 'export-png-largest-chart': performance.now() - started };
    },
  },
];

/** Ratios of two timings' medians, the second the floor for the first. */
export const timingRatios = [
  {
    name: 'overview-server-synthetic-vs-sample',
    description: 'against the server, overview, first chart: 2,000 cities / the sample set',
    numerator: 'overview-server-first-chart',
    denominator: 'overview-server-sample-first-chart',
  },
  {
    name: 'overview-synthetic-vs-sample',
    description: 'demo (mock API), overview, first chart: 2,000 cities / the sample set',
    numerator: 'overview-synthetic-first-chart',
    denominator: 'overview-first-chart',
  },
  {
    name: 'cities-keystroke-vs-bare',
    description:
      'cities filter, one keystroke at 2,000 cities / the same list filtered by plain React',
    numerator: 'cities-filter-keystroke',
    denominator: 'bare-cities-filter-keystroke',
  },
  {
    name: 'heatmap-vs-bare',
    description: 'compare heatmap view / the same charts on the bare Recharts page',
    numerator: 'compare-heatmap',
    denominator: 'bare-heatmap',
  },
  {
    name: 'heatmap-vs-bare-server',
    description:
      'against the server: compare heatmap view / the bare page drawing the same JSON from the same server',
    numerator: 'compare-heatmap-server',
    denominator: 'bare-heatmap-server',
  },
];
