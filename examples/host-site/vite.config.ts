import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The demo host site. `vite` serves it on the simulated platform (MSW in a service worker);
 * `VITE_GIFTKIT_API_URL=https://… vite` points it at a real platform instead.
 *
 * `--mode floor` builds the same site with GiftKit's components swapped for empty
 * placeholders: the difference between the two builds is what GiftKit costs a page
 * (scripts/measure-floor.mjs).
 */
export default defineConfig(({ mode }) => ({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: {
    // The workspace packages' TypeScript sources: no package build needed to run the demo.
    conditions: ['@giftkit/source'],
    alias: mode === 'floor' ? [{ find: /^@giftkit\/react$/, replacement: resolve(import.meta.dirname, 'src/floor/giftkitFloor.tsx') }] : [],
    dedupe: ['react', 'react-dom', 'styled-components'],
  },
  build: {
    outDir: mode === 'floor' ? 'dist-floor' : 'dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    // The simulated platform's chunk (engine + MSW) is big on purpose and loads only in the demo.
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
}));
