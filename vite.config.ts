import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { mapOutlines } from './scripts/map-outlines-plugin.ts';

export default defineConfig({
  plugins: [react(), mapOutlines()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022' },
  test: {
    restoreMocks: true,
    projects: [
      {
        // Pure logic and the API contract: plain Node, no DOM.
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'mocks/**/*.test.ts', 'tests/**/*.test.ts'],
          setupFiles: ['tests/setup/mock-api-setup.ts'],
        },
      },
      {
        // Components and routes: jsdom, rendered through the real app against the mock API.
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'tests/**/*.test.tsx'],
          setupFiles: ['tests/setup/mock-api-setup.ts', 'tests/setup/dom-setup.ts'],
        },
      },
    ],
  },
});
