/**
 * The Vite config of the bench's bare pages (baseline/, bare-heatmap/): each is built on its
 * own, with the app's React plugin and build target (../vite.config.ts) and nothing else.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export function benchPageConfig(root: string) {
  return defineConfig({
    root,
    publicDir: false,
    plugins: [react()],
    // One chunk of React and Recharts is the point of these pages, not a warning.
    build: { target: 'es2022', chunkSizeWarningLimit: 1000 },
  });
}
