/**
 * Another site that embeds a chart: a page holding an embed's iframe, served from this machine
 * on its own origin (127.0.0.1, the app being on localhost), as a real server: Chromium lets a
 * page on the local machine frame the app, not one Playwright makes up for a public host.
 * `E2E_EMBED_HOST_PORT` (playwright.config.ts) is the one port whose origin FRAME_ANCESTORS
 * allows in the e2e demo build; any other port is a site it does not name.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The origin FRAME_ANCESTORS names in the e2e demo build. */
export function allowedHostOrigin(): string {
  return `http://127.0.0.1:${process.env.E2E_EMBED_HOST_PORT ?? ''}`;
}

export interface HostSite {
  /** The host page's address. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a news page holding `snippet` (an embed's iframe) on 127.0.0.1 at `port`, or at a free
 * port (a site FRAME_ANCESTORS does not name) when none is given.
 */
export async function serveHostPage(snippet: string, port = 0): Promise<HostSite> {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>City news</title></head><body><main><h1>Our city and the Integrating Cities Charter</h1>${snippet}</main></body></html>`;
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(page);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: listening } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(listening)}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
