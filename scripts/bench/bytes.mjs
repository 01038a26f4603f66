/**
 * Bytes from the build output: builds with Vite's manifest and walks the import graph it
 * records, so no browser is needed (CI checks the byte budgets this way).
 *
 * - first route: the entry's static imports, plus everything the named route modules load,
 *   lazily or not (the charts they draw), i.e. all a first visit to that route may fetch;
 * - all routes: everything reachable from the entry, static or lazy, except the mock API;
 * - mock API: what only the mock's lazy import brings in (it stands in for the network), and
 *   its service worker script.
 *
 * Sizes are of each file as built (raw) and gzipped alone at level 9, as a server would send it.
 * Fonts are counted apart, every subset of them: a browser fetches only the subsets whose
 * characters (unicode-range) the page shows.
 */
import { readFileSync, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** Builds `configFile`'s app into a fresh temporary directory with a manifest; returns it. */
export async function buildWithManifest({ configFile, mode = 'production', label }) {
  const outDir = await mkdtemp(join(tmpdir(), `charter-monitor-bench-${label}-`));
  await build({
    configFile,
    mode,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: true },
  });
  return { outDir, remove: () => rm(outDir, { recursive: true, force: true }) };
}

function readManifest(outDir) {
  return JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));
}

/** All manifest keys reachable from `starts`; `follow(key)` lists the next keys of a chunk. */
function reachable(starts, follow) {
  const seen = new Set();
  const queue = [...starts];
  while (queue.length > 0) {
    const key = queue.pop();
    if (seen.has(key)) continue;
    seen.add(key);
    queue.push(...follow(key));
  }
  return seen;
}

function fileSizes(outDir, files) {
  const sizes = [...files].sort().map((file) => {
    const content = readFileSync(join(outDir, file));
    return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
  return {
    unit: 'B',
    raw: sizes.reduce((sum, { raw }) => sum + raw, 0),
    gzip: sizes.reduce((sum, { gzip }) => sum + gzip, 0),
    files: sizes,
  };
}

/** JS files and CSS files of a set of manifest chunks, measured. */
function measureChunks(outDir, manifest, keys) {
  const js = new Set();
  const css = new Set();
  const other = new Set();
  for (const key of keys) {
    const chunk = manifest[key];
    if (chunk.file.endsWith('.js')) js.add(chunk.file);
    else if (chunk.file.endsWith('.css')) css.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const file of chunk.assets ?? []) other.add(file);
  }
  const isFont = (file) => /\.(woff2?|ttf|otf)$/.test(file);
  return {
    js: fileSizes(outDir, js),
    css: fileSizes(outDir, css),
    fonts: fileSizes(outDir, [...other].filter(isFont)),
    assets: fileSizes(
      outDir,
      [...other].filter((file) => !isFont(file)),
    ),
  };
}

function entryKey(manifest) {
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  if (entries.length !== 1) throw new Error(`Expected one entry in the manifest, found ${entries}`);
  return entries[0];
}

/**
 * Measures a build. `firstRoute` names the source modules (manifest keys) of the first route's
 * lazy chunks, `routes` matches every route module, which the router loads lazily: the first
 * route counts everything the entry loads, statically or lazily, but the other routes, the mock
 * and the `onDemand` modules (loaded on a user's action, such as an export). `mock` is the
 * source module of the mock API's lazy chunk, `mockWorker` its service worker file in the build.
 * `catalogueParts` matches the lazily loaded parts of the catalogues, naming each one's
 * `language` and `part` (`first` or `later`); `bundledLanguage`'s first part is in the entry.
 * One reader loads one other language, so the measures count the largest, not all: the first
 * route its first part, all routes both of its parts (and the bundled language's later part,
 * which every page but the first loads). `allRoutes` leaves out what only the `onDemand`
 * modules load, which `onDemand` measures. `unmeasured` names modules no reader loads.
 */
export function analyseBuild(
  outDir,
  {
    firstRoute = [],
    routes = null,
    onDemand = [],
    mock = null,
    mockWorker = null,
    catalogueParts = null,
    bundledLanguage = null,
    unmeasured = [],
  } = {},
) {
  const manifest = readManifest(outDir);
  const entry = entryKey(manifest);
  for (const key of [...firstRoute, ...(mock ? [mock] : [])]) {
    if (!manifest[key]) throw new Error(`${key} is not a chunk of the build in ${outDir}`);
  }
  const staticImports = (key) => manifest[key].imports ?? [];
  const catalogueOf = (key) => catalogueParts?.exec(key)?.groups ?? null;
  const isOtherLanguage = (key) =>
    (catalogueOf(key)?.language ?? bundledLanguage) !== bundledLanguage;
  const isLaterPart = (key) => catalogueOf(key)?.part === 'later';
  const allImports = (key) => [
    ...staticImports(key),
    ...(manifest[key].dynamicImports ?? []).filter(
      (next) => next !== mock && !isOtherLanguage(next),
    ),
  ];
  const otherRoute = (key) => routes?.test(key) === true && !firstRoute.includes(key);
  const firstRouteImports = (key) => [
    ...staticImports(key),
    ...(manifest[key].dynamicImports ?? []).filter(
      (next) =>
        next !== mock &&
        !otherRoute(next) &&
        !onDemand.includes(next) &&
        !isOtherLanguage(next) &&
        !isLaterPart(next) &&
        !unmeasured.includes(next),
    ),
  ];
  const gzipOf = (keys) => measureChunks(outDir, manifest, keys).js.gzip;
  const otherLanguageParts = Object.keys(manifest).filter(isOtherLanguage);
  const largest = (candidates) => candidates.toSorted((a, b) => gzipOf(b) - gzipOf(a))[0] ?? [];
  const oneLanguageFirst = largest(
    otherLanguageParts.filter((key) => !isLaterPart(key)).map((key) => [key]),
  );
  const oneLanguage = largest(
    [...new Set(otherLanguageParts.map((key) => catalogueOf(key).language))].map((language) =>
      otherLanguageParts.filter((key) => catalogueOf(key).language === language),
    ),
  );
  const first = new Set([
    ...reachable([entry, ...firstRoute], firstRouteImports),
    ...oneLanguageFirst,
  ]);
  // Every route, without what only a user's action loads (the export code): that is measured
  // on its own, beside them.
  const routesOnly = (key) => allImports(key).filter((next) => !onDemand.includes(next));
  const all = new Set([...reachable([entry], routesOnly), ...oneLanguage]);
  const onDemandOnly = [...reachable(onDemand, allImports)].filter((key) => !all.has(key));
  const result = {
    firstRoute: measureChunks(outDir, manifest, first),
    allRoutes: measureChunks(outDir, manifest, all),
    onDemand: measureChunks(outDir, manifest, onDemandOnly),
  };
  if (mock) {
    const mockOnly = [...reachable([mock], allImports)].filter((key) => !all.has(key));
    const measured = measureChunks(outDir, manifest, mockOnly);
    if (mockWorker && existsSync(join(outDir, mockWorker))) {
      const worker = fileSizes(outDir, [mockWorker]);
      measured.js = {
        unit: 'B',
        raw: measured.js.raw + worker.raw,
        gzip: measured.js.gzip + worker.gzip,
        files: [...measured.js.files, ...worker.files],
      };
    }
    result.mockApi = measured;
  }
  return result;
}
