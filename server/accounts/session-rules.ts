/**
 * How long a session lasts and how failed sign-ins are limited (docs/api.md, "Accounts"). Pure
 * functions over times given, so the rules are tested with any clock.
 */

/** A session ends after this long without a request (ms). */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** …and this long after signing in, however busy (ms). */
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
/**
 * A session's idle deadline moves forward at most this often (ms): a write per request would
 * only cost, and a session then lasts between 12 hours and 12 hours 5 minutes idle.
 */
export const SESSION_REFRESH_MS = 5 * 60 * 1000;

/** True when a session signed in at `createdAt` has reached its 30 days at `now`. */
export function isPastLifetime(createdAt: Date, now: Date): boolean {
  return now.getTime() - createdAt.getTime() >= SESSION_LIFETIME_MS;
}

/** Failed sign-ins are counted over this window (ms). */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** Failures for one account within the window before sign-in is refused for it. */
export const ACCOUNT_FAILURE_LIMIT = 5;
/** Failures from one address within the window before sign-in is refused from it. */
export const ADDRESS_FAILURE_LIMIT = 20;

/**
 * Seconds to wait before the count of `failures` in the window drops below `limit` again, or
 * null when it already is below. The wait ends when the oldest failure that keeps the count at
 * the limit leaves the window.
 */
function waitFor(failures: readonly Date[], limit: number, now: Date): number | null {
  const since = now.getTime() - FAILURE_WINDOW_MS;
  const inWindow = failures
    .map((failure) => failure.getTime())
    .filter((time) => time > since)
    .sort((a, b) => a - b);
  if (inWindow.length < limit) return null;
  const keeping = inWindow[inWindow.length - limit] ?? now.getTime();
  return Math.max(1, Math.ceil((keeping + FAILURE_WINDOW_MS - now.getTime()) / 1000));
}

/**
 * Whether a sign-in may be tried now: null when it may, else the seconds to wait (for
 * Retry-After), the longer of the account's and the address's waits.
 */
export function signInRetryAfter(
  { account, address }: { account: readonly Date[]; address: readonly Date[] },
  now: Date,
): number | null {
  const waits = [
    waitFor(account, ACCOUNT_FAILURE_LIMIT, now),
    waitFor(address, ADDRESS_FAILURE_LIMIT, now),
  ].filter((wait): wait is number => wait !== null);
  return waits.length === 0 ? null : Math.max(...waits);
}

/** An invitation's link works this long after it was sent (ms). */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** True when an invitation that expires at `expiresAt` can no longer be accepted at `now`. */
export function isInvitationExpired(expiresAt: Date, now: Date): boolean {
  return now.getTime() >= expiresAt.getTime();
}
