/**
 * The Vite config of the bench's bare pages (baseline/, bare-heatmap/, stack-floor/): each is
 * built on its own, with the app's React plugin and build target (../vite.config.ts) and nothing
 * else. A page that fetches a file of its own (the floor's JSON) serves it from its `public/`.
 */
import react from '@vitejs/plugin-react';
import { join } from 'node:path';
import { defineConfig } from 'vite';

export function benchPageConfig(root: string, { publicDir = false } = {}) {
  return defineConfig({
    root,
    publicDir: publicDir ? join(root, 'public') : false,
    plugins: [react()],
    // One chunk of React and Recharts is the point of these pages, not a warning.
    build: { target: 'es2022', chunkSizeWarningLimit: 1000 },
  });
}
