/** The API requests a test makes through the mock, recorded as path and query (`/api/…?…`). */
import { server } from '../../mocks/node';

/** Every request `during` made (path and query), in order, repeats included. */
export async function everyRequestMadeDuring(during: () => Promise<void>): Promise<string[]> {
  const requested: string[] = [];
  const record = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    requested.push(`${url.pathname}${url.search}`);
  };
  server.events.on('request:start', record);
  try {
    await during();
  } finally {
    server.events.removeListener('request:start', record);
  }
  return requested;
}

/** Each request `during` made (path and query), once, sorted. */
export async function requestsMadeDuring(during: () => Promise<void>): Promise<string[]> {
  return [...new Set(await everyRequestMadeDuring(during))].sort();
}
