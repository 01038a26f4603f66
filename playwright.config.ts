import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

// The 'server' project: the production build (no mock) served by the Node server, with the
// API on the same origin, on a fresh database (tests/e2e/journey-server.ts).
while (process.env.E2E_SERVER_PORT === undefined || process.env.E2E_SERVER_PORT === String(port)) {
  process.env.E2E_SERVER_PORT = String(freePort());
}
const serverPort = Number(process.env.E2E_SERVER_PORT);
// The embed journey's host site (tests/e2e/embed-host.ts): the one origin the server lets frame
// the app (FRAME_ANCESTORS).
while (
  process.env.E2E_EMBED_HOST_PORT === undefined ||
  [String(port), String(serverPort)].includes(process.env.E2E_EMBED_HOST_PORT)
) {
  process.env.E2E_EMBED_HOST_PORT = String(freePort());
}
const embedHostOrigin = `http://127.0.0.1:${process.env.E2E_EMBED_HOST_PORT}`;
/** The journey server's database and log, new for each run. */
process.env.E2E_SERVER_DIR ??= join(tmpdir(), `charter-monitor-e2e-server-${String(process.pid)}`);
const serverOutDir = 'dist-e2e-server';
/** 127.0.0.1, where the server listens; a secure context, so a service worker could register. */
const serverOrigin = `http://127.0.0.1:${serverPort}`;
/** tests/e2e/server-*.spec.ts (matched on the file's own name, whatever the checkout's path). */
const serverJourneys = /[\\/]server-[^\\/]+\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // One retry: a test that passes only on its retry is reported as flaky in the output and is
  // a fault to fix, but one slow moment on a loaded CI machine does not throw a run away.
  retries: 1,
  reporter: [['list']],
  // Two workers on two cores: a journey that drives two pages, or runs axe on several views,
  // takes 15-30 s on a quiet machine and timed out at 30 s under load. A hang still fails.
  timeout: 60_000,
  // A route's first paint can take more than expect's default 5 s on a loaded machine (an
  // editor heading once came after 5 s and failed a CI run).
  expect: { timeout: 10_000 },
  use: {
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
  projects: [
    {
      // Every journey but the server's: the demo build, each browser context with its own
      // mock API and data in the page.
      name: 'demo',
      testIgnore: serverJourneys,
      use: { baseURL: `http://localhost:${port}` },
    },
    {
      // Journeys that need one shared backend (two people on two devices): the real server.
      name: 'server',
      testMatch: serverJourneys,
      use: { baseURL: serverOrigin },
    },
  ],
  webServer: [
    {
      // The demo build: the production bundle plus the mock API and its sample data.
      command: `vite build --mode demo --outDir ${outDir} && vite preview --mode demo --outDir ${outDir} --port ${port} --strictPort`,
      url: `http://localhost:${port}`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // The production build as deployed: no mock, the API at /api on the page's own origin.
      command: `vite build --outDir ${serverOutDir} && ${JSON.stringify(process.execPath)} --import tsx tests/e2e/journey-server.ts`,
      env: {
        VITE_MSW: 'off',
        VITE_API_BASE_URL: '/api',
        STATIC_DIR: serverOutDir,
        DEMO_SIGN_IN: 'on',
        HOST: '127.0.0.1',
        PORT: String(serverPort),
        API_BASE_PATH: '/api',
        LOG_LEVEL: 'info',
        // The one other site that may frame the app: the embed journey's host page.
        FRAME_ANCESTORS: embedHostOrigin,
      },
      // Ready once the database answers, not merely when the port is open.
      url: `${serverOrigin}/readyz`,
      reuseExistingServer: false,
      // A build, a new database seeded, then PGlite opened again: a minute on a busy machine.
      timeout: 180_000,
      // SIGTERM: the server finishes its requests and closes the database, and the journey's
      // database is removed.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    },
  ],
});
