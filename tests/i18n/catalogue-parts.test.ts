/**
 * The catalogue's first part (src/locales/catalogue-parts.ts) must hold every string the shell
 * and the overview say, as they show before the later part loads. This walks the source files
 * those routes load (static imports, and dynamic ones but the other routes' and the export
 * code's) and looks for catalogue keys written in them: a quoted key such as
 * 'compare.title', or a template's fixed start such as `users.roles.${role}`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import de from '../../src/locales/de.json';
import en from '../../src/locales/en.json';
import fr from '../../src/locales/fr.json';
import {
  cataloguePart,
  laterNamespaces,
  serverNamespaces,
} from '../../src/locales/catalogue-parts';

const root = join(import.meta.dirname, '..', '..');
/**
 * The modules that show without waiting for the later part (src/app/router.tsx
 * `waitsForLaterCatalogue`): the entry, the two shells, the overview and its embed.
 */
const firstRouteStarts = [
  'src/main.tsx',
  'src/app/app-layout.tsx',
  'src/app/embed-layout.tsx',
  'src/app/routes/overview-route.tsx',
  'src/app/routes/overview-embed-route.tsx',
];
/** Loaded with other pages or on a click to export, each of which waits for the later part. */
const notFirstRoute = (importer: string, specifier: string, dynamic: boolean) =>
  (dynamic && importer.endsWith(join('src', 'app', 'router.tsx'))) ||
  specifier.includes('lib/export/') ||
  specifier.includes('mocks/');

function resolveSource(importer: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(importer), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  const found = candidates.find((file) => existsSync(file) && statSync(file).isFile());
  return found && /\.tsx?$/.test(found) ? found : null;
}

function firstRouteSources(): string[] {
  const seen = new Set<string>();
  const queue = firstRouteStarts.map((file) => join(root, file));
  const imports =
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(imports)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? '';
      if (notFirstRoute(file, specifier, match[2] !== undefined)) continue;
      const next = resolveSource(file, specifier);
      if (next) queue.push(next);
    }
  }
  return [...seen];
}

/** Audit actions (src/domain/audit.ts) that share their names with the backup page's subtrees. */
const notKeys = new Set(['backup.download', 'backup.restore']);

type CatalogueTree = { readonly [key: string]: string | CatalogueTree };

/** Whether `path` names a string or a subtree of the English catalogue (plural forms too). */
function isCataloguePath(path: string): boolean {
  let node: string | CatalogueTree = en;
  const segments = path.split('.');
  for (const [index, segment] of segments.entries()) {
    if (typeof node === 'string') return false;
    const last = index === segments.length - 1;
    const next: string | CatalogueTree | undefined =
      node[segment] ?? (last ? (node[`${segment}_one`] ?? node[`${segment}_other`]) : undefined);
    if (next === undefined) return false;
    node = next;
  }
  return true;
}

/** Catalogue keys written in a source file: quoted keys and templates' fixed starts. */
function keysIn(source: string): string[] {
  const quoted = [...source.matchAll(/['"`]([a-zA-Z]+(?:\.[\w-]+)+)['"`]/g)].map(([, key]) => key);
  const templated = [...source.matchAll(/`([a-zA-Z]+(?:\.[\w-]+)*)\.\$\{/g)].map(([, key]) => key);
  return [...quoted, ...templated].filter(
    (key): key is string => key !== undefined && !notKeys.has(key) && isCataloguePath(key),
  );
}

describe('the catalogue parts', () => {
  it('give the shells and the overview every key they use in the first part', () => {
    const later = new Set<string>(laterNamespaces);
    const sources = firstRouteSources();
    // The walk finds the overview's own modules, so it is looking in the right place.
    expect(sources.map((file) => relative(root, file))).toContain(
      join('src', 'features', 'overview', 'overview-charts.tsx'),
    );
    const laterKeysUsed = sources.flatMap((file) =>
      keysIn(readFileSync(file, 'utf8'))
        .filter((key) => later.has(key.split('.')[0] ?? ''))
        .map((key) => `${relative(root, file)}: ${key}`),
    );
    expect(laterKeysUsed).toEqual([]);
  });

  it('name only namespaces the catalogue has', () => {
    for (const namespace of [...laterNamespaces, ...serverNamespaces]) {
      expect(Object.keys(en)).toContain(namespace);
    }
  });

  it.each([
    ['en', en],
    ['fr', fr],
    ['de', de],
  ] as const)(
    'cut %s into two parts that together are the whole catalogue but the mails',
    (_language, catalogue) => {
      const first = cataloguePart(catalogue, 'first');
      const laterPart = cataloguePart(catalogue, 'later');
      expect(Object.keys(laterPart).sort()).toEqual([...laterNamespaces].sort());
      expect(Object.keys(first).some((namespace) => namespace in laterPart)).toBe(false);
      const { mail, notificationMail, ...browserCatalogue } = catalogue;
      expect([mail, notificationMail]).not.toContain(undefined);
      expect({ ...first, ...laterPart }).toEqual(browserCatalogue);
    },
  );

  it('keep each namespace whole in its part, and the mails in neither', () => {
    const catalogue = {
      nav: { home: 'Home' },
      compare: { title: 'Compare', x: { y: 'z' } },
      mail: { greeting: 'Hello' },
    };
    expect(cataloguePart(catalogue, 'first')).toEqual({ nav: { home: 'Home' } });
    expect(cataloguePart(catalogue, 'later')).toEqual({
      compare: { title: 'Compare', x: { y: 'z' } },
    });
  });
});
