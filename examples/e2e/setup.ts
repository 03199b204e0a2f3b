import { resolve } from 'node:path';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built demo is served, e.g. `http://localhost:41234`. */
    demoUrl: string;
  }
}

const root = resolve(import.meta.dirname, '..');
const configFile = resolve(root, 'vite.config.ts');

/**
 * Builds the demo as it ships (production build, simulated platform in a service worker)
 * and serves it on a free port for the end-to-end tests. `DEMO_URL=http://localhost:5173`
 * points the tests at a running dev server instead (quicker while writing tests).
 */
export default async function setup(project: TestProject) {
  const existing = process.env.DEMO_URL;
  if (existing) {
    project.provide('demoUrl', existing.replace(/\/$/, ''));
    return;
  }
  await build({ configFile, root, logLevel: 'warn' });
  const server = await preview({ configFile, root, logLevel: 'warn', preview: { port: 0, strictPort: false, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  project.provide('demoUrl', url.replace(/\/$/, ''));
  return async () => {
    await server.close();
  };
}
