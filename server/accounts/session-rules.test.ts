import { describe, expect, it } from 'vitest';
import {
  FAILURE_WINDOW_MS,
  SESSION_LIFETIME_MS,
  isInvitationExpired,
  isPastLifetime,
  signInRetryAfter,
} from './session-rules';

const now = new Date('2026-11-30T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const minutes = (count: number) => count * 60_000;

describe('signInRetryAfter', () => {
  it('lets a sign-in through below 5 failures for the account and 20 for the address', () => {
    const four = [1, 2, 3, 4].map((m) => ago(minutes(m)));
    expect(signInRetryAfter({ account: four, address: four }, now)).toBeNull();
  });

  it('holds an account with 5 failures until the oldest of them leaves the 15 minutes', () => {
    const five = [10, 8, 6, 4, 2].map((m) => ago(minutes(m)));
    expect(signInRetryAfter({ account: five, address: [] }, now)).toBe(5 * 60);
  });

  it('does not count failures older than the window', () => {
    const old = [16, 17, 18, 19, 20].map((m) => ago(minutes(m)));
    expect(signInRetryAfter({ account: old, address: old }, now)).toBeNull();
    expect(signInRetryAfter({ account: [ago(FAILURE_WINDOW_MS)], address: [] }, now)).toBeNull();
  });

  it('holds an address after 20 failures, and waits for the longer of the two holds', () => {
    const twenty = Array.from({ length: 20 }, (_, index) => ago(minutes(14) - index * 1000));
    expect(signInRetryAfter({ account: [], address: twenty }, now)).toBe(60);
    const five = [1, 1, 1, 1, 1].map((m) => ago(minutes(m)));
    expect(signInRetryAfter({ account: five, address: twenty }, now)).toBe(14 * 60);
  });

  it('never answers less than a second', () => {
    const five = Array.from({ length: 5 }, () => ago(FAILURE_WINDOW_MS - 10));
    expect(signInRetryAfter({ account: five, address: [] }, now)).toBe(1);
  });
});

describe('session and invitation limits', () => {
  it('ends a session 30 days after sign-in, however busy', () => {
    expect(isPastLifetime(ago(SESSION_LIFETIME_MS - 1000), now)).toBe(false);
    expect(isPastLifetime(ago(SESSION_LIFETIME_MS), now)).toBe(true);
  });

  it('refuses an invitation from the moment it expires', () => {
    expect(isInvitationExpired(new Date(now.getTime() + 1), now)).toBe(false);
    expect(isInvitationExpired(now, now)).toBe(true);
  });
});
