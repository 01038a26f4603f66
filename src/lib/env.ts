/** Start-up configuration from VITE_ variables, validated once (see README "Configuration"). */
import { z } from '../domain/zod';

const envSchema = z.object({
  VITE_DATA_SOURCE: z._default(z.enum(['http']), 'http'),
  VITE_API_BASE_URL: z._default(z.string().check(z.minLength(1)), '/api'),
  VITE_MSW: z.optional(z.enum(['on', 'off'])),
});

const parsed = envSchema.parse(import.meta.env);

export const env = {
  dataSource: parsed.VITE_DATA_SOURCE,
  apiBaseUrl: parsed.VITE_API_BASE_URL,
  /** The built-in mock API with sample data: on in development and in the demo build. */
  mockApi: import.meta.env.DEV ? parsed.VITE_MSW !== 'off' : parsed.VITE_MSW === 'on',
};
