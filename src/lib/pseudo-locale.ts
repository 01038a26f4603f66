/**
 * The pseudo-locale's catalogue, made from the English one: every string bracketed ⟦…⟧ and its
 * letters accented, its placeholders ({{count}}), nestings ($t(key)) and markup tags
 * (<settings>) left as they are. Text on screen without the brackets did not come through
 * the catalogue: the e2e check in tests/e2e/pseudo-locale.spec.ts looks for exactly that.
 */

/** Marks around each catalogue string, unlike any character the app's own text uses. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const accented: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  y: 'ý',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  z: 'ž',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ó',
  U: 'Ú',
  Y: 'Ý',
  C: 'Ç',
  N: 'Ñ',
  S: 'Š',
  Z: 'Ž',
};

/** What must reach i18next unchanged: {{placeholders}}, $t(nestings) and <tags>. */
const untouchable = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?[a-zA-Z0-9]+\s*\/?>)/;

/** One string in the pseudo-locale: "Sign in {{name}}" becomes "⟦Šígñ íñ {{name}}⟧". */
export function pseudoText(text: string): string {
  const parts = text.split(untouchable).map((part, index) =>
    // split() with a capture group puts the matches at odd indexes.
    index % 2 === 1 ? part : part.replace(/[a-zA-Z]/g, (letter) => accented[letter] ?? letter),
  );
  return `${PSEUDO_OPEN}${parts.join('')}${PSEUDO_CLOSE}`;
}

type CatalogueTree = { readonly [key: string]: string | CatalogueTree };

/** The whole catalogue in the pseudo-locale, same keys. */
export function pseudoCatalogue(catalogue: CatalogueTree): CatalogueTree {
  return Object.fromEntries(
    Object.entries(catalogue).map(([key, value]) => [
      key,
      typeof value === 'string' ? pseudoText(value) : pseudoCatalogue(value),
    ]),
  );
}
