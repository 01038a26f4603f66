/** Start-up configuration from VITE_ variables, validated once (see README "Configuration"). */
import { z } from '../domain/zod';

const envSchema = z.object({
  VITE_DATA_SOURCE: z._default(z.enum(['http']), 'http'),
  VITE_API_BASE_URL: z._default(z.string().check(z.minLength(1)), '/api'),
  VITE_MSW: z.optional(z.enum(['on', 'off'])),
  VITE_API_TIMEOUT_MS: z.optional(z.string()),
});

/**
 * How long a request may take unless configured otherwise (`VITE_API_TIMEOUT_MS`, README
 * "Configuration"): how long a person waits on the server before seeing an error and a way to
 * try again. The 2,000-city data set's biggest answer (every score row, about 300 KB gzipped)
 * arrives well within it on an ordinary connection; a deployment on slow links can allow more.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

/** The longest delay a browser timer keeps (about 24.8 days); a longer one fires at once. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * The request time limit from `VITE_API_TIMEOUT_MS`: a positive whole number of milliseconds,
 * or else the default. A typo must not leave requests without a limit, nor make them all fail.
 */
export function requestTimeoutFrom(setting: string | undefined): number {
  const text = setting?.trim() ?? '';
  const ms = /^\d+$/.test(text) ? Number(text) : NaN;
  return ms > 0 && ms <= MAX_TIMER_MS ? ms : DEFAULT_REQUEST_TIMEOUT_MS;
}

const parsed = envSchema.parse(import.meta.env);

export const env = {
  dataSource: parsed.VITE_DATA_SOURCE,
  apiBaseUrl: parsed.VITE_API_BASE_URL,
  /** How long one request may take, in ms, before the app gives up on it. */
  apiTimeoutMs: requestTimeoutFrom(parsed.VITE_API_TIMEOUT_MS),
  /** The built-in mock API with sample data: on in development and in the demo build. */
  mockApi: import.meta.env.DEV ? parsed.VITE_MSW !== 'off' : parsed.VITE_MSW === 'on',
};
