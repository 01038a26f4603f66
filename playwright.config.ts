import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

/**
 * The tests serve their own build on a free port, so they never meet `npm start` (4173) or the
 * dev server (5173) running beside them. The port is chosen once by the runner and handed to
 * its workers through the environment, since each worker loads this file again.
 */
function freePort(): number {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}
process.env.E2E_PORT ??= String(freePort());
const port = Number(process.env.E2E_PORT);
/** Its own output folder, so a test run never rewrites the files `npm start` is serving. */
const outDir = 'dist-e2e';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // Two workers on two cores: a journey that drives two pages, or runs axe on several views,
  // takes 15-30 s on a quiet machine and timed out at 30 s under load. A hang still fails.
  timeout: 60_000,
  // A route's first paint can take more than expect's default 5 s on a loaded machine (an
  // editor heading once came after 5 s and failed a CI run).
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium; the tests never download a browser (scripts/check-chromium.mjs).
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
    },
  },
  webServer: {
    // The demo build: the production bundle plus the mock API and its sample data.
    command: `vite build --mode demo --outDir ${outDir} && vite preview --mode demo --outDir ${outDir} --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
