import { join } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { benchPageConfig } from '../page-config.ts';

/**
 * The list's data, made at build time by ./city-list-json.ts and served beside the page as
 * `cities.json`. That module and the app's code it runs are loaded through Vite's module
 * runner, not by this config's own loader, which would have to bundle them.
 */
function cityListJson(): Plugin {
  let json = '';
  return {
    name: 'bare-cities-list-json',
    apply: 'build',
    // Made once the config is known, before the bundler starts (some 2 s: it generates the set).
    async configResolved() {
      const { module } = await runnerImport<typeof import('./city-list-json.ts')>(
        join(import.meta.dirname, 'city-list-json.ts'),
        { configFile: false, logLevel: 'warn' },
      );
      json = JSON.stringify(module.bareCityList());
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'cities.json', source: json });
    },
  };
}

export default benchPageConfig(import.meta.dirname, { plugins: [cityListJson()] });
