import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError, isUnauthenticated } from './api-error';
import { clearSessionToken, hasSession } from './session-token-store';

const MAX_RETRIES = 2;

/**
 * Client errors (4xx) are answers, not glitches: retry only network and server failures, which
 * come back at once. Not a timeout: that request has already kept the page on its loading state
 * for the whole time limit (15 s by default), and two more tries, with their pauses, would make
 * that about 48 s before the person sees the error; its "Try again" retries as soon as they ask.
 */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.code === 'timeout') return false;
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

/**
 * What a 401 means here: the session this browser held has ended (signed out elsewhere,
 * expired). Its token goes, and every query is read again as a visitor, so nothing read as that
 * person stays on screen; a page only signed-in people use then sends them to sign in. A
 * visitor's own 401 (a server with public reading off) changes nothing here: the page's
 * boundary sends them to sign in.
 */
export function endSessionOnUnauthenticated(queryClient: QueryClient): void {
  if (!hasSession()) return;
  clearSessionToken();
  void queryClient.resetQueries();
}

export function createQueryClient({ onUnauthenticated }: { onUnauthenticated: () => void }) {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isUnauthenticated(error)) onUnauthenticated();
      },
    }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}
