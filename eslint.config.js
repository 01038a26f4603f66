import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const testFiles = ['**/*.test.{ts,tsx}', 'tests/**'];

/** One zone per feature folder, read from disk so that a new feature is covered by itself. */
const features = readdirSync(new URL('src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The layers (README, "Architecture"): app -> features -> components / data / lib -> domain,
 * and mocks -> server -> domain. Zones match resolved files, so every way of writing a path
 * ("../../features/x", "./../x") is caught. These hold for tests too.
 */
const layerZones = [
  {
    target: 'src',
    from: 'server',
    message: 'The client app never imports the server; share through src/domain.',
  },
  {
    target: 'server',
    from: 'src',
    except: ['./domain', './locales', './lib/paths.ts'],
    message:
      "The server uses only src/domain (and, for its mails, src/locales and the app's paths) from the app.",
  },
  {
    target: 'server',
    from: ['mocks', 'tests', 'scripts', 'bench'],
    message: 'The server never imports mocks, tests or scripts.',
  },
  {
    target: 'mocks',
    from: ['tests', 'scripts', 'bench'],
    message: 'The mock API is built from server/ and src/domain only.',
  },
  {
    target: 'src/domain',
    from: ['src', 'server', 'mocks', 'scripts', 'bench'],
    except: ['./domain'],
    message: 'The domain imports only itself (and zod through src/domain/zod.ts).',
  },
  {
    target: 'src/data',
    from: 'src',
    except: ['./data', './domain'],
    message: 'The data layer imports only src/domain.',
  },
  {
    target: 'src/lib',
    from: 'src',
    except: ['./lib', './domain', './locales'],
    message: 'src/lib imports only src/domain and src/locales.',
  },
  {
    target: 'src/components',
    from: ['src/features', 'src/app'],
    message: 'Shared components never import a feature or the app.',
  },
  {
    target: 'src/features',
    from: 'src/app',
    message: 'Features never import the app; the app composes them.',
  },
  ...features.map((feature) => ({
    target: `src/features/${feature}`,
    from: 'src/features',
    except: [`./${feature}`],
    message: 'A feature never imports another; share through components, data, lib or domain.',
  })),
];

/**
 * For all but tests: only tests reach tests/ and the mock API (src/main.tsx starts the mock
 * through mocks/browser), and the mock uses no more of the app than the server does.
 */
const productionZones = [
  {
    target: 'src/*/**',
    from: 'mocks',
    message: 'Only tests (and src/main.tsx, which starts it) use the mock API.',
  },
  { target: 'src', from: 'tests', message: 'Only tests use the test helpers.' },
  {
    target: 'src/main.tsx',
    from: 'mocks',
    except: ['./browser.ts'],
    message: 'src/main.tsx starts the mock through mocks/browser only.',
  },
  {
    target: 'mocks',
    from: 'src',
    except: ['./domain'],
    message: 'The mock API uses only src/domain from the app.',
  },
];

/** Tests may do more: the app's tests run against the mock, the mock's against the data layer. */
const testZones = [
  {
    target: 'mocks',
    from: 'src',
    except: ['./domain', './data'],
    message: "The mock API's tests use only src/domain and src/data from the app.",
  },
];

/** A file gets the layers and one of the two sets above; a later block replaces, not merges. */
const restrictedPaths = (zones) => [
  'error',
  { basePath: import.meta.dirname, zones: [...layerZones, ...zones] },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-e2e',
      'dist-e2e-server',
      'coverage',
      'playwright-report',
      'test-results',
      'public/mockServiceWorker.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.tsx'], ...reactHooks.configs.flat.recommended },
  { files: ['**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: import.meta.dirname })],
    },
    rules: {
      // Cycles of any length: a bounded depth saved no measurable time here.
      'import-x/no-cycle': ['error', { ignoreExternal: true, maxDepth: '∞' }],
      'import-x/no-restricted-paths': restrictedPaths(productionZones),
    },
  },
  { files: testFiles, rules: { 'import-x/no-restricted-paths': restrictedPaths(testZones) } },
  {
    // The data layer is the only place that talks to the network.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/data/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Reach data through the DataSource and its query hooks.' },
      ],
    },
  },
  {
    // The domain is pure: of packages, it uses only zod, through ./zod. (Its tests may use more.)
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/zod.ts', 'src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^[^.]', message: 'Use zod through ./zod; the domain uses no other package.' },
          ],
        },
      ],
    },
  },
  {
    // Every end-to-end spec fails on a Content-Security-Policy violation (tests/e2e/fixtures.ts).
    files: ['tests/e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test', 'expect'],
              message: "Import test and expect from './fixtures', which fails on CSP violations.",
            },
          ],
        },
      ],
    },
  },
  {
    // The fake backend reuses the domain, never the UI.
    files: ['mocks/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', 'react'] },
  },
);
