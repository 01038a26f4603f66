/** The API requests a test makes through the mock, recorded as path and query (`/api/…?…`). */
import { server } from '../../mocks/node';

/** Each request `during` made (path and query), once, sorted. */
export async function requestsMadeDuring(during: () => Promise<void>): Promise<string[]> {
  const requested = new Set<string>();
  const record = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    requested.add(`${url.pathname}${url.search}`);
  };
  server.events.on('request:start', record);
  try {
    await during();
  } finally {
    server.events.removeListener('request:start', record);
  }
  return [...requested].sort();
}
