/**
 * Serves the contract's app (with STATIC_DIR, the app's build around it) over HTTP on Node
 * (@hono/node-server), and stops it gracefully: no new connections, requests in flight finish,
 * idle keep-alive connections are closed.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { FetchHandler } from './static-site';

export interface RunningServer {
  /** The origin it listens on, e.g. `http://127.0.0.1:8787`. */
  origin: string;
  port: number;
  /** Resolves once every request in flight has been answered and the socket is closed. */
  close(): Promise<void>;
}

/**
 * Serves `app` (the contract's app, or the site around it) on `host:port` (port 0: any free
 * port) and resolves once it accepts connections.
 */
export function startServer(
  app: FetchHandler,
  { host, port }: { host: string; port: number },
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: (request, env) => app.fetch(request, env), hostname: host, port },
      (info: AddressInfo) => {
        const origin = `http://${host.includes(':') ? `[${host}]` : host}:${String(info.port)}`;
        resolve({
          origin,
          port: info.port,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => {
                if (error) fail(error);
                else done();
              });
              if ('closeIdleConnections' in server) server.closeIdleConnections();
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
