/**
 * The bench's floor (bench/stack-floor) is the anchor of the first pages' byte budgets: it must
 * ship every library of the design card, so it is built here and its chunk read module by
 * module. A library the bundler dropped (tree-shaken because the page stopped using it) would
 * make the floor lighter than the stack and the budgets unfair.
 */
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

const floorConfig = join(import.meta.dirname, '..', '..', 'bench', 'stack-floor', 'vite.config.ts');

/** The packages the design card prescribes for every page, with those they are built on. */
const stackPackages = [
  'react',
  'react-dom',
  'react-router',
  '@tanstack/query-core',
  '@tanstack/react-query',
  'zod',
  'zustand',
  'i18next',
  'react-i18next',
  'recharts',
];

async function builtModules() {
  const output = (await build({
    configFile: floorConfig,
    logLevel: 'silent',
    build: { write: false },
  })) as Rolldown.RolldownOutput;
  const chunks = output.output.filter((file) => file.type === 'chunk');
  return chunks.flatMap((chunk) =>
    Object.entries(chunk.modules).map(([id, module]) => ({ id, length: module.renderedLength })),
  );
}

/** The package a module belongs to, from its path under node_modules; null for the page's own. */
function packageOf(id: string) {
  return /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1] ?? null;
}

describe('the stack floor page', () => {
  it(
    'ships code of every library of the design card, zod as the app uses it',
    {
      timeout: 120_000,
    },
    async () => {
      const modules = await builtModules();
      const shipped = new Map<string, number>();
      for (const { id, length } of modules) {
        const name = packageOf(id);
        if (name !== null) shipped.set(name, (shipped.get(name) ?? 0) + length);
      }
      const missing = stackPackages.filter((name) => (shipped.get(name) ?? 0) === 0);
      expect(missing).toEqual([]);
      // The app's schemas use zod's tree-shakeable API (src/domain/zod.ts), not the classic one.
      const classicZod = modules.filter(
        ({ id, length }) => packageOf(id) === 'zod' && id.includes('/classic/') && length > 0,
      );
      expect(classicZod).toEqual([]);
    },
  );
});
