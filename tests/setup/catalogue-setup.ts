/**
 * Modules under test run without the router that loads the catalogue's later part for their
 * page (src/app/router.tsx, src/locales/catalogue-parts.ts): every string is there from the start.
 */
import { loadLaterCatalogue } from '../../src/lib/i18n';

await loadLaterCatalogue();
