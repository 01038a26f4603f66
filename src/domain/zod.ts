/**
 * zod for the app's schemas: its tree-shakeable API (`zod/mini`, about 14 kB gzip less than the
 * classic one, which carries JSON Schema output for every type), with the English messages the
 * classic API sets up by itself. Import `z` from here rather than from 'zod/mini'.
 *
 * Jitless: zod never compiles parsers with `new Function`, so it never runs its eval probe,
 * which a strict Content-Security-Policy (no 'unsafe-eval') reports as a violation at start
 * even though zod catches the error (server/security-headers.ts).
 */
import { z } from 'zod/mini';

z.config({ ...z.locales.en(), jitless: true });

export { z };
