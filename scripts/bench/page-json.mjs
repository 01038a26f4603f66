/**
 * API JSON per page from plain Node, for the bench (scripts/bench.mjs) or by hand:
 *
 *   node scripts/bench/page-json.mjs    prints each page's answers and their sizes
 *
 * The measurement itself (scripts/bench/page-json-bytes.ts) runs the app's own router and data
 * source, so it needs Vite's transforms: it is loaded through a Vite server in middleware mode
 * (no port is opened), which stays up while the routes' code is imported on demand.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServer } from 'vite';

const root = join(import.meta.dirname, '..', '..');

/**
 * `pageJsonBytes(options)` of scripts/bench/page-json-bytes.ts: each budgeted page's answers,
 * their bytes raw and gzipped, and its budget.
 */
export async function measurePageJsonBytes(options = {}) {
  const server = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    mode: 'demo',
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const measurement = await server.ssrLoadModule('/scripts/bench/page-json-bytes.ts');
    const pages = await measurement.pageJsonBytes(options);
    return { pages, table: measurement.formatPageJsonBytes(pages) };
  } finally {
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { table } = await measurePageJsonBytes();
  console.log(table);
}
