/**
 * The bench's results: ratios, budgets (bench/budgets.json) and the printed table.
 *
 * A budget names its metric as `bytes:<row>.<js|css>.<raw|gzip>` (a row of the bytes table),
 * `timing:<metric>` (a median), `ratio:<name>`, `server:<endpoint>.<p50|p99|requestsPerSecond>`
 * (the server under load), `pageJson:<page>.<sentBytes|bytes>` (the API's answers to a page's
 * first visit, as sent or as JSON; scripts/bench/page-json-bytes.ts), `requestStarts:<page>`
 * (how many of the page's API requests started after another had finished;
 * scripts/bench/request-starts.mjs) or `lighthouse:<page>.<metric>` (the median Lighthouse run
 * of a page, scripts/bench/lighthouse.mjs; metrics as in lighthouse-summary.ts), and a limit:
 * `min` (at least), `max` (at most) or `below` (strictly less than). A budget whose metric was
 * not measured in this run (the timings in --bytes-only, the server without PostgreSQL) is
 * reported as not checked, never as passed. A server budget fails too when any request of its
 * endpoint was not answered with a 2xx (a refused save is no save); one that names its
 * `connections` is checked only on a run with that many.
 */
import {
  describeLimit,
  lighthouseMetrics,
  lighthouseValue,
  limitHolds,
} from './lighthouse-summary.ts';
import { formatRequestStarts } from './request-starts.mjs';

/** Rows of the bytes table: what each is, in the order printed. */
export const byteRows = {
  'app-first-route': 'app, first route (overview, signed in): entry + its lazy chunks',
  'app-visitor-first-page': "app as deployed (no mock), a visitor's first page (overview at /)",
  'app-all-routes': 'app, all routes, one language (mock API and export code left out)',
  'app-on-demand': 'app, export code loaded when someone exports (figures, CSV, XLSX, round pack)',
  'mock-api': 'mock API (MSW + demo data; stands in for the network)',
  'stack-floor': 'floor: each library of the stack used once (bench/stack-floor)',
  baseline: 'baseline: one Recharts bar chart (bench/baseline)',
};

/**
 * The first pages' JS against the stack's floor (the budgets), and the signed-in overview's
 * against the bare React + Recharts baseline (reported beside them).
 */
export function byteRatios(bytes) {
  const ratio = (description, numerator, denominator) => ({
    description,
    unit: '×',
    value: bytes[numerator].js.gzip / bytes[denominator].js.gzip,
  });
  return {
    'first-route-vs-floor': ratio(
      'app first-route JS, signed-in overview (gzip) / the floor (gzip)',
      'app-first-route',
      'stack-floor',
    ),
    'visitor-first-page-vs-floor': ratio(
      "app JS, a visitor's first page (gzip) / the floor (gzip)",
      'app-visitor-first-page',
      'stack-floor',
    ),
    'first-route-vs-baseline': ratio(
      'app first-route JS (gzip) / baseline JS (gzip)',
      'app-first-route',
      'baseline',
    ),
  };
}

export function timingRatios(definitions, timings) {
  const ratios = {};
  for (const { name, description, numerator, denominator } of definitions) {
    if (!timings[numerator] || !timings[denominator]) continue;
    ratios[name] = {
      description,
      unit: '×',
      value: timings[numerator].median / timings[denominator].median,
    };
  }
  return ratios;
}

function metricValue(
  { metric, connections },
  { bytes, timings, ratios, server, pageJson, requestStarts, lighthouse },
) {
  const [kind, path] = metric.split(':');
  if (kind === 'bytes') {
    const [row, type, size] = path.split('.');
    return bytes[row]?.[type]?.[size];
  }
  if (kind === 'timing') return timings[path]?.median;
  if (kind === 'ratio') return ratios[path]?.value;
  if (kind === 'server') {
    const [endpoint, stat] = path.split('.');
    if (connections !== undefined && server?.connections !== connections) return undefined;
    return server?.endpoints?.[endpoint]?.[stat];
  }
  if (kind === 'pageJson') {
    const [name, size] = path.split('.');
    return pageJson?.find((page) => page.name === name)?.[size];
  }
  if (kind === 'requestStarts') return requestStarts?.[path]?.waiting;
  if (kind === 'lighthouse') return lighthouseValue(lighthouse, path);
  throw new Error(`Unknown metric kind in ${metric} (bench/budgets.json)`);
}

/** Why a server budget's endpoint fails whatever its latency: answers that were not 2xx. */
function serverFailures(metric, { server }) {
  const [kind, path] = metric.split(':');
  if (kind !== 'server') return null;
  const measured = server?.endpoints?.[path.split('.')[0]];
  if (!measured) return null;
  const failed = measured.notOk + measured.errors + measured.timeouts;
  if (failed === 0) return null;
  return (
    `${failed} of ${measured.ok + failed} requests failed ` +
    `(${measured.notOk} not 2xx, ${measured.errors} errors, ${measured.timeouts} timeouts)`
  );
}

/** Each budget with its measured value and whether it holds (`null`: not measured now). */
export function checkBudgets(budgets, results) {
  return budgets.map((budget) => {
    const value = metricValue(budget, results);
    const failures = value === undefined ? null : serverFailures(budget.metric, results);
    const pass = value === undefined ? null : failures === null && limitHolds(budget, value);
    return { ...budget, value: value ?? null, pass, ...(failures ? { failures } : {}) };
  });
}

const kilobytes = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function formatValue(value, unit) {
  if (value === null) return '–';
  if (unit === 'B') return kilobytes(value);
  if (unit === 'ms') return `${Math.round(value)} ms`;
  if (unit === 'requests') return String(value);
  if (unit === 'score') return String(Math.round(value));
  if (unit === 'shift') return value.toFixed(3);
  return `${value.toFixed(2)}×`;
}

/** One line saying which budget is broken, by how much (or by which failures), and where it is set. */
export function describeBrokenBudget(budget) {
  const { limit } = describeLimit(budget);
  const holds = limitHolds(budget, budget.value);
  const measured = formatValue(budget.value, budget.unit);
  const limitText = formatValue(limit, budget.unit);
  const breach =
    budget.min !== undefined ? 'less than' : budget.max !== undefined ? 'more than' : 'not below';
  return (
    `Budget broken: ${budget.description} is ${measured}, ` +
    (holds ? `within ${limitText}, but ${budget.failures} ` : `${breach} ${limitText} `) +
    `(bench/budgets.json, "${budget.name}")` +
    (!holds && budget.failures ? `; ${budget.failures}` : '')
  );
}

function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The server under load: a line on the setup, then a row per endpoint (skipped ones too). */
function formatServerTable(server) {
  const count = (value) => value.toLocaleString('en');
  const rows = Object.values(server.endpoints).map((endpoint) => [
    endpoint.label,
    `${endpoint.method} ${endpoint.path}`,
    endpoint.responseBytes === undefined
      ? '–'
      : `${kilobytes(endpoint.responseBytes)} (${endpoint.encoding ?? 'sent'} ${kilobytes(endpoint.sentBytes)})`,
    count(Math.round(endpoint.requestsPerSecond)),
    `${endpoint.p50} ms`,
    `${endpoint.p99} ms`,
    count(endpoint.ok),
    count(endpoint.notOk + endpoint.errors + endpoint.timeouts),
    endpoint.loadAverage.atEnd.toFixed(2),
  ]);
  for (const skipped of server.skipped) {
    rows.push([
      skipped.label,
      `GET ${skipped.path}`,
      '',
      `skipped: ${skipped.status}`,
      '',
      '',
      '',
      '',
      '',
    ]);
  }
  return [
    `${server.database}; ${server.connections} connections, one request in flight on each, ` +
      `${server.durationSeconds} s per endpoint after ${server.warmupSeconds} s of warm-up; ` +
      `load average ${server.loadAverageAtStart[0]} before the stage`,
    '',
    markdownTable(
      [
        'server under load (autocannon)',
        'request',
        'JSON (as sent)',
        'req/s',
        'p50',
        'p99',
        '2xx',
        'not 2xx',
        'load average after',
      ],
      rows,
    ),
  ].join('\n');
}

/** Lighthouse on a phone: a row per page, its median run's numbers and every run's score. */
function formatLighthouseTable(lighthouse) {
  const rows = Object.values(lighthouse.pages).map((page) => [
    page.label,
    ...Object.entries(lighthouseMetrics).map(([name, { unit }]) =>
      formatValue(page.median[name], unit),
    ),
    page.runs.map(({ performance }) => performance).join(', '),
    page.median.benchmarkIndex === null ? '–' : String(Math.round(page.median.benchmarkIndex)),
  ]);
  for (const page of lighthouse.skipped) {
    rows.push([page.label, `skipped: ${page.reason}`, '', '', '', '', '', '']);
  }
  return markdownTable(
    [
      `Lighthouse ${lighthouse.lighthouseVersion ?? ''}, phone preset ` +
        `(the median of ${lighthouse.runsPerPage} runs by performance score)`,
      ...Object.values(lighthouseMetrics).map(({ label }) => label),
      'performance, each run',
      "machine speed (Lighthouse's benchmark index)",
    ],
    rows,
  );
}

/** The printed summary: the machine, then bytes, timings and budgets as Markdown tables. */
export function formatTables(results) {
  const { machine, bytes, timings, ratios, budgets } = results;
  const parts = [
    `${results.date.slice(0, 10)} · ${machine.cpu} (${machine.cores} cores, ${machine.memoryGb} GB) · ` +
      `Node ${results.node}` +
      (results.chromium ? ` · Chromium ${results.chromium}` : '') +
      (results.commit ? ` · ${results.commit}` : ''),
    '',
    markdownTable(
      [
        'bytes, from the build',
        'JS gzip',
        'JS raw',
        'CSS gzip',
        'CSS raw',
        'fonts, all subsets',
        'other assets gzip',
      ],
      Object.entries(byteRows)
        .filter(([row]) => bytes[row])
        .map(([row, label]) => [
          label,
          kilobytes(bytes[row].js.gzip),
          kilobytes(bytes[row].js.raw),
          kilobytes(bytes[row].css.gzip),
          kilobytes(bytes[row].css.raw),
          bytes[row].fonts.raw > 0 ? kilobytes(bytes[row].fonts.raw) : '–',
          bytes[row].assets.gzip > 0 ? kilobytes(bytes[row].assets.gzip) : '–',
        ]),
    ),
  ];
  if (Object.keys(timings).length > 0) {
    parts.push(
      '',
      markdownTable(
        [`timing (median of ${results.runs} runs)`, 'median', 'runs'],
        Object.values(timings).map(({ label, median, runs }) => [
          label,
          `${median} ms`,
          runs.join(', '),
        ]),
      ),
    );
  }
  if (results.pageJson) {
    parts.push(
      '',
      markdownTable(
        [
          'API answers to a first visit (synthetic set)',
          'requests',
          'sent (compressed)',
          'JSON',
          'largest answer: JSON (sent)',
        ],
        results.pageJson.map((page) => {
          const largest = page.answers.reduce((a, b) => (b.bytes > a.bytes ? b : a));
          return [
            `${page.name} (\`${page.path}\`)`,
            String(page.answers.length),
            kilobytes(page.sentBytes),
            kilobytes(page.bytes),
            `\`${largest.path}\` ${kilobytes(largest.bytes)} (${kilobytes(largest.sentBytes)})`,
          ];
        }),
      ),
    );
  }
  if (results.requestStarts) {
    parts.push('', formatRequestStarts(results.requestStarts, markdownTable));
  }
  if (results.lighthouse) parts.push('', formatLighthouseTable(results.lighthouse));
  if (results.server?.unavailable) {
    parts.push('', `server under load: not measured, ${results.server.unavailable}`);
  } else if (results.server?.endpoints) {
    parts.push('', formatServerTable(results.server));
  }
  parts.push(
    '',
    markdownTable(
      ['ratio', 'value'],
      Object.values(ratios).map(({ description, value }) => [description, `${value.toFixed(2)}×`]),
    ),
    '',
    markdownTable(
      ['budget (bench/budgets.json)', 'limit', 'measured', 'result'],
      budgets.map((budget) => [
        budget.description,
        `${describeLimit(budget).sign} ${formatValue(describeLimit(budget).limit, budget.unit)}`,
        formatValue(budget.value, budget.unit),
        budget.pass === null ? 'not checked' : budget.pass ? 'pass' : '**FAIL**',
      ]),
    ),
  );
  return parts.join('\n');
}
