import { resolve } from 'node:path';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built demo host site is served, e.g. `http://127.0.0.1:41234`. */
    demoUrl: string;
    /** Where the built plain-HTML example is served. */
    plainUrl: string;
  }
}

const SITES = [
  { key: 'demoUrl', dir: 'host-site', config: 'vite.config.ts', env: 'DEMO_URL' },
  { key: 'plainUrl', dir: 'plain-html', config: 'vite.config.js', env: 'PLAIN_URL' },
] as const;

/**
 * Builds each example as it ships (production build, simulated platform in a service worker)
 * and serves it on a free port. `DEMO_URL=http://localhost:5173` (or `PLAIN_URL=…`) points the
 * tests at a running dev server instead, which is quicker while writing tests.
 */
export default async function setup(project: TestProject) {
  const closers: (() => Promise<void>)[] = [];
  for (const site of SITES) {
    const existing = process.env[site.env];
    if (existing) {
      project.provide(site.key, existing.replace(/\/$/, ''));
      continue;
    }
    const root = resolve(import.meta.dirname, '..', site.dir);
    const configFile = resolve(root, site.config);
    await build({ configFile, root, logLevel: 'warn' });
    const server = await preview({ configFile, root, logLevel: 'warn', preview: { port: 0, strictPort: false, host: '127.0.0.1' } });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error(`vite preview of ${site.dir} did not report its address`);
    project.provide(site.key, url.replace(/\/$/, ''));
    closers.push(() => server.close());
  }
  return async () => {
    await Promise.all(closers.map((close) => close()));
  };
}
