import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The page itself is plain HTML and JavaScript; Vite only resolves the npm packages (and the
// plugin compiles GiftKit's own TypeScript sources in this workspace).
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: { conditions: ['@giftkit/source'], dedupe: ['react', 'react-dom', 'styled-components'] },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
  server: { port: 5174, strictPort: true },
  preview: { port: 5174, strictPort: true },
});
