/**
 * MSW resolvers for an API that does not answer in time, to try the data source's time limit
 * with: one that never answers, and one whose answer stops after its headers.
 */
import { HttpResponse, type HttpResponseResolver } from 'msw';

/** Never answers: the request ends only when the app gives up on it. */
export const noAnswer: HttpResponseResolver = async ({ request }) => {
  await new Promise((resolve) => {
    if (request.signal.aborted) resolve(undefined);
    request.signal.addEventListener('abort', resolve, { once: true });
  });
  return HttpResponse.error();
};

/**
 * The status and headers, and the first bytes of a JSON body, then nothing more: a server that
 * stalls half-way through its answer. (It announces its length, as such a server would.)
 */
export function stalledAnswer(status = 200): Response {
  const start = new TextEncoder().encode('{"id":');
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(start);
    },
  });
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'application/json', 'Content-Length': '4096' },
  });
}
