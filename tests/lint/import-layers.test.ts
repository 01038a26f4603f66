/**
 * The layer rules in eslint.config.js catch what they should and let through what they should:
 * each case lints a one-line import as if it stood in the file named.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Only these rules run, and without type information: seconds rather than a whole lint's minute. */
function linterFor(rules: readonly string[]): ESLint {
  return new ESLint({
    cwd: root,
    ruleFilter: ({ ruleId }) => rules.includes(ruleId),
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  });
}

let zones: ESLint;
let cycles: ESLint;

beforeAll(async () => {
  // Apart, so that the zone cases do not walk the whole import graph looking for cycles.
  zones = linterFor(['import-x/no-restricted-paths', 'no-restricted-imports']);
  cycles = linterFor(['import-x/no-cycle']);
  // The first lint loads the config and its plugins (seconds on a busy machine): done here, so
  // no single case pays for it against the test timeout (it once failed a run at 5.8 s).
  await zones.lintText('', { filePath: `${root}src/lib/warm-up.ts` });
}, 60_000);

async function problemsOf(file: string, code: string, linter = zones): Promise<string[]> {
  const [result] = await linter.lintText(code, { filePath: `${root}${file}` });
  return (result?.messages ?? []).map((message) => message.message);
}

describe('import layers', () => {
  it.each([
    [
      'src/lib/probe.ts',
      '../../server/store/contract-store',
      'The client app never imports the server',
    ],
    ['server/api/probe.ts', '../../src/lib/format', 'The server uses only src/domain'],
    ['server/api/probe.ts', '../../mocks/db/demo-database', 'The server never imports mocks'],
    ['mocks/probe.ts', '../tests/utils/assessment-fixture', 'The mock API is built from server/'],
    ['mocks/probe.ts', '../src/data/api-error', 'The mock API uses only src/domain'],
    ['mocks/db/probe.test.ts', '../../src/lib/format', "The mock API's tests use only src/domain"],
    ['src/domain/probe.ts', '../lib/format', 'The domain imports only itself'],
    ['src/domain/probe.ts', 'react', 'the domain uses no other package'],
    ['src/domain/probe.ts', 'zod/mini', 'Use zod through ./zod'],
    ['src/data/probe.ts', '../lib/format', 'The data layer imports only src/domain'],
    ['src/lib/export/probe.ts', '../../components/chart-width', 'src/lib imports only'],
    ['src/lib/probe.ts', '../data/api-error', 'src/lib imports only'],
    ['src/components/probe.ts', '../features/compare/compare-data', 'Shared components never'],
    ['src/components/probe.ts', '../app/router', 'Shared components never'],
    ['src/features/compare/probe.ts', '../cities/city-facts', 'A feature never imports another'],
    ['src/features/compare/probe.ts', '../../features/cities/city-facts', 'A feature never'],
    ['src/features/compare/probe.test.ts', '../../features/cities/city-facts', 'A feature never'],
    ['src/features/compare/probe.ts', '../../app/router', 'Features never import the app'],
    ['src/features/compare/probe.ts', '../../../mocks/node', 'Only tests (and src/main.tsx'],
    ['src/features/compare/probe.ts', '../../../tests/utils/render-app', 'Only tests use the test'],
    ['src/main.tsx', '../mocks/node', 'src/main.tsx starts the mock through mocks/browser only'],
  ])('%s may not import %s', async (file, specifier, expected) => {
    expect(await problemsOf(file, `import '${specifier}';\n`)).toEqual([
      expect.stringContaining(expected),
    ]);
  });

  it.each([
    ['src/main.tsx', '../mocks/browser'],
    ['src/features/compare/probe.test.tsx', '../../../mocks/node'],
    ['src/domain/probe.test.ts', '../../tests/utils/assessment-fixture'],
    ['src/domain/probe.ts', './zod'],
    ['mocks/db/probe.test.ts', '../../src/data/http-data-source'],
    ['mocks/probe.ts', '../server/store/contract-store'],
    ['server/api/probe.ts', '../../src/domain/round'],
    ['src/data/probe.ts', '../domain/round'],
    ['src/lib/probe.ts', '../locales/en.json'],
    ['src/components/probe.ts', '../data/query-hooks'],
    ['src/features/compare/probe.ts', '../../components/chart-width'],
    ['src/app/probe.ts', '../features/compare/compare-page'],
    // One module builds the security headers for vite preview and the Node server.
    ['vite.config.ts', './server/security-headers'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await problemsOf(file, `import '${specifier}';\n`)).toEqual([]);
  });

  it('finds an import cycle', async () => {
    // figure-svg imports wait-until, so wait-until importing figure-svg closes a cycle.
    expect(
      await problemsOf('src/lib/wait-until.ts', "import './export/figure-svg';\n", cycles),
    ).toEqual([expect.stringContaining('Dependency cycle')]);
  });
});
