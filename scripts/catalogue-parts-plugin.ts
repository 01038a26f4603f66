/**
 * Cuts each language's catalogue into the parts src/locales/catalogue-parts.ts names:
 * `virtual:catalogue-<language>-<part>` (e.g. `virtual:catalogue-fr-later`) exports that part of
 * src/locales/<language>.json as its default export. The files stay whole for translators, the
 * parity test and the server's mail; the browser loads the part it needs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { cataloguePart, type CataloguePart } from '../src/locales/catalogue-parts.ts';

const prefix = 'virtual:catalogue-';
const catalogueId = /^virtual:catalogue-(en|fr|de)-(first|later)$/;
const localesDir = join(import.meta.dirname, '..', 'src', 'locales');

export function catalogueParts(): Plugin {
  return {
    name: 'charter-monitor:catalogue-parts',
    resolveId(source) {
      return catalogueId.test(source) ? `\0${source}` : undefined;
    },
    load(id) {
      const match = id.startsWith(`\0${prefix}`) ? catalogueId.exec(id.slice(1)) : null;
      if (!match) return undefined;
      const [, language = '', part = ''] = match;
      const file = join(localesDir, `${language}.json`);
      // Rebuilt when a translator edits the catalogue (dev server, watch builds).
      this.addWatchFile(file);
      const catalogue = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      return `export default ${JSON.stringify(cataloguePart(catalogue, part as CataloguePart))};\n`;
    },
  };
}
