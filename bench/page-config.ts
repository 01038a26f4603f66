/**
 * The Vite config of the bench's bare pages (baseline/, bare-heatmap/, stack-floor/,
 * bare-cities-list/): each is built on its own, with the app's React plugin and build target
 * (../vite.config.ts) and nothing else. A page that fetches a file of its own serves it from its
 * `public/` (the floor's JSON) or has a plugin of its own make it (`plugins`: the bare cities
 * list's 2,000 rows, made by the app's code at build time).
 */
import react from '@vitejs/plugin-react';
import { join } from 'node:path';
import { defineConfig, type PluginOption } from 'vite';

export function benchPageConfig(
  root: string,
  { publicDir = false, plugins = [] }: { publicDir?: boolean; plugins?: PluginOption[] } = {},
) {
  return defineConfig({
    root,
    publicDir: publicDir ? join(root, 'public') : false,
    plugins: [react(), ...plugins],
    // One chunk of React and Recharts is the point of these pages, not a warning.
    build: { target: 'es2022', chunkSizeWarningLimit: 1000 },
  });
}
