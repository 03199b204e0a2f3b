import { resolve } from 'node:path';
import { createSessionToken, seed } from '@giftkit/mocks';
import { startMockPlatform } from '@giftkit/mocks/node';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built demo host site is served, e.g. `http://127.0.0.1:41234`. */
    demoUrl: string;
    /** Where the built plain-HTML example is served. */
    plainUrl: string;
    /** The demo built with `VITE_GIFTKIT_API_URL`, talking to a platform over a real socket. */
    remoteDemoUrl: string;
    /** A token that platform accepts for Alice, as a real platform's login would issue it. */
    remoteToken: string;
  }
}

interface Site {
  key: 'demoUrl' | 'plainUrl' | 'remoteDemoUrl';
  dir: string;
  config: string;
  /** Points the tests at a running server instead (quicker while writing tests). */
  env: string;
  outDir?: string;
  /** Environment variables the build reads (`import.meta.env`). */
  buildEnv?: Record<string, string>;
}

/** Builds an example as it ships and serves it on a free port; returns its URL and closer. */
async function serve(site: Site): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(import.meta.dirname, '..', site.dir);
  const configFile = resolve(root, site.config);
  const outDir = site.outDir ?? 'dist';
  const saved = Object.fromEntries(Object.keys(site.buildEnv ?? {}).map((name) => [name, process.env[name]]));
  Object.assign(process.env, site.buildEnv);
  try {
    await build({ configFile, root, logLevel: 'warn', build: { outDir } });
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  const server = await preview({ configFile, root, logLevel: 'warn', build: { outDir }, preview: { port: 0, strictPort: false, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`vite preview of ${site.dir} did not report its address`);
  return { url: url.replace(/\/$/, ''), close: () => server.close() };
}

/**
 * Builds the examples as they ship — the demo and the plain-HTML page on the simulated
 * platform in a service worker, and the demo once more against a platform on a real socket
 * (`startMockPlatform`, as a broadcaster's API would be) — and serves each on a free port.
 * `DEMO_URL=http://localhost:5173` (or `PLAIN_URL`, `REMOTE_DEMO_URL`) uses a running server.
 */
export default async function setup(project: TestProject) {
  const platform = await startMockPlatform({ port: 0 });
  project.provide('remoteToken', createSessionToken(seed.customers.gifter.id));
  const sites: Site[] = [
    { key: 'demoUrl', dir: 'host-site', config: 'vite.config.ts', env: 'DEMO_URL' },
    { key: 'plainUrl', dir: 'plain-html', config: 'vite.config.js', env: 'PLAIN_URL' },
    { key: 'remoteDemoUrl', dir: 'host-site', config: 'vite.config.ts', env: 'REMOTE_DEMO_URL', outDir: 'dist-remote', buildEnv: { VITE_GIFTKIT_API_URL: platform.url } },
  ];
  const closers: (() => Promise<void>)[] = [() => platform.close()];
  for (const site of sites) {
    const existing = process.env[site.env];
    if (existing) {
      project.provide(site.key, existing.replace(/\/$/, ''));
      continue;
    }
    const served = await serve(site);
    project.provide(site.key, served.url);
    closers.push(served.close);
  }
  return async () => {
    await Promise.all(closers.map((close) => close()));
  };
}
