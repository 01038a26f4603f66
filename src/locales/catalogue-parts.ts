/**
 * Each language's catalogue reaches the browser in two parts. The first part holds what the app's
 * shell and its first page (the overview) say; the later part holds the namespaces (top-level
 * keys) that only other pages use. Every other page waits for the later part before it shows
 * (src/app/router.tsx), so a first visit does not download the editor's, the administration's
 * or the import's strings (about 12 kB gzip in English). The catalogue files stay whole
 * (src/locales/*.json); the build cuts them (scripts/catalogue-parts-plugin.ts).
 * tests/i18n/catalogue-parts.test.ts checks that no module of the first page uses a later key.
 */

/** Namespaces that no module of the shell or the overview uses. */
export const laterNamespaces = [
  'accounts',
  'adminCities',
  'adminRounds',
  'adminUsers',
  'assessment',
  'audit',
  'backup',
  'cityProfile',
  'cityReport',
  'commitments',
  'compare',
  'editor',
  'importRounds',
  'review',
  'settings',
  'targetGroups',
] as const;

/** Namespaces only the server uses (its mails, server/mail): in neither part. */
export const serverNamespaces = ['mail', 'notificationMail'] as const;

/** The two parts of a language's catalogue. */
export type CataloguePart = 'first' | 'later';

const later = new Set<string>(laterNamespaces);
const serverOnly = new Set<string>(serverNamespaces);

/**
 * The part of `catalogue` (a whole language's tree, as in en.json) that `part` holds: its
 * top-level namespaces as they are, the later ones or all the others but the server's.
 */
export function cataloguePart(
  catalogue: Readonly<Record<string, unknown>>,
  part: CataloguePart,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(catalogue).filter(
      ([namespace]) => !serverOnly.has(namespace) && later.has(namespace) === (part === 'later'),
    ),
  );
}
