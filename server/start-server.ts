/**
 * Serves the contract's app over HTTP on Node (@hono/node-server), and stops it gracefully:
 * no new connections, requests in flight finish, idle keep-alive connections are closed.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { ContractApi } from './api/create-api';

export interface RunningServer {
  /** The origin it listens on, e.g. `http://127.0.0.1:8787`. */
  origin: string;
  port: number;
  /** Resolves once every request in flight has been answered and the socket is closed. */
  close(): Promise<void>;
}

/** Listens on `host:port` (port 0: any free port) and resolves once it accepts connections. */
export function startServer(
  api: ContractApi,
  { host, port }: { host: string; port: number },
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: api.fetch, hostname: host, port }, (info: AddressInfo) => {
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
    });
    server.once('error', reject);
  });
}
