/**
 * zod for the app's schemas: its tree-shakeable API (`zod/mini`, about 14 kB gzip less than the
 * classic one, which carries JSON Schema output for every type), with the English messages the
 * classic API sets up by itself. Import `z` from here rather than from 'zod/mini'.
 */
import { z } from 'zod/mini';

z.config(z.locales.en());

export { z };
