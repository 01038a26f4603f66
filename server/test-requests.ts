/**
 * For the server's tests: a GET over a real socket whose answer is read as sent, its body not
 * decoded (fetch would decompress it) and its path not tidied.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

/** An answer as it came over the socket: its status, headers and undecoded body. */
export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body's bytes as they came over the socket. */
  body: Buffer;
}

/** GETs `path` from the server at `origin` with `headers`; rejects when the connection fails. */
export function rawGet(
  origin: string,
  path: string,
  headers: Readonly<Record<string, string>> = {},
): Promise<RawAnswer> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ hostname, port, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        });
      });
    });
    request.on('error', reject);
    request.end();
  });
}
