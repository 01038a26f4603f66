import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST_TIMEOUT_MS, env, requestTimeoutFrom } from './env';

describe('VITE_API_TIMEOUT_MS', () => {
  it('gives every request 15 s when it is not set', () => {
    expect(DEFAULT_REQUEST_TIMEOUT_MS).toBe(15_000);
    expect(requestTimeoutFrom(undefined)).toBe(15_000);
    expect(env.apiTimeoutMs).toBe(15_000);
  });

  it('takes a positive whole number of milliseconds', () => {
    expect(requestTimeoutFrom('60000')).toBe(60_000);
    expect(requestTimeoutFrom(' 5000 ')).toBe(5_000);
    expect(requestTimeoutFrom('1')).toBe(1);
  });

  it('keeps the default for anything else, rather than no limit or a limit of nothing', () => {
    for (const setting of ['', '0', '-5000', '15s', '1.5', '1e4', 'Infinity', 'NaN', 'off']) {
      expect(requestTimeoutFrom(setting), setting).toBe(15_000);
    }
    // Beyond what a browser timer holds, a limit would fire at once and fail every request.
    expect(requestTimeoutFrom('2147483648')).toBe(15_000);
    expect(requestTimeoutFrom('2147483647')).toBe(2_147_483_647);
  });
});
