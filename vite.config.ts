/**
 * The one Vite/Vitest configuration of the workspace.
 * - `libraryConfig(dir)`: the library-mode build every package's own vite.config.ts calls
 *   (ESM + one bundled .d.ts, every dependency and peer kept external).
 * - the default export: Vitest projects, one per package, so `pnpm test` runs them all.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import dts from 'vite-plugin-dts';
import type { UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';

/** Resolve workspace packages to their TypeScript sources during dev and tests. */
export const sourceConditions = ['@giftkit/source'];

interface PackageJson {
  name: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

export function libraryConfig(dir: string): UserConfig {
  const pkg = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8')) as PackageJson;
  const externals = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  // A function, so sub-paths (`react/jsx-runtime`, `msw/node`) stay external too.
  const isExternal = (id: string) =>
    externals.some((name) => id === name || id.startsWith(`${name}/`)) || id.startsWith('node:');
  return {
    root: dir,
    publicDir: false,
    resolve: { conditions: sourceConditions },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      minify: false,
      target: 'es2022',
      lib: {
        entry: resolve(dir, 'src/index.ts'),
        formats: ['es'],
      },
      rolldownOptions: {
        external: isExternal,
        // One output file per source module: a host's bundler (and size-limit) drops every
        // module a page does not import, and lazy chunks stay separate files.
        output: { preserveModules: true, preserveModulesRoot: resolve(dir, 'src'), entryFileNames: '[name].js' },
      },
    },
    plugins: [
      dts({
        tsconfigPath: resolve(dir, 'tsconfig.build.json'),
        entryRoot: resolve(dir, 'src'),
        bundleTypes: true,
      }),
    ],
  };
}

const nodeProject = (name: string, environment: 'node' | 'jsdom' = 'node') => ({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
  test: {
    name,
    root: `packages/${name}`,
    environment,
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    setupFiles: environment === 'jsdom' ? ['test/setup.ts'] : [],
    // jsdom suites share a worker's environment and modules (every test cleans up after itself):
    // setting up jsdom and importing React, styled-components and RTK per file was half the time.
    isolate: environment !== 'jsdom',
    // A guard against hangs, not a speed test: the machine runs the browser suite alongside,
    // and a fresh clone's first run also transforms every module (interactions took up to 17 s).
    testTimeout: 60_000,
  },
});

/**
 * The same React tests on React 18, using the React 18 host example's own `react` and
 * `react-dom` (pnpm pairs them there); libraries that import React are inlined so they
 * resolve it through these aliases too.
 */
const react18 = resolve(import.meta.dirname, 'examples/react18-host/node_modules');
const REACT18_PACKAGES = ['react', 'react-dom', 'react-redux', 'react-i18next', 'styled-components', '@reduxjs/toolkit', '@testing-library/react'];
const react18Project = {
  resolve: {
    conditions: sourceConditions,
    alias: REACT18_PACKAGES.flatMap((name) => {
      const escaped = name.replace(/[/.]/g, (c) => `\\${c}`);
      return [
        { find: new RegExp(`^${escaped}$`), replacement: `${react18}/${name}` },
        { find: new RegExp(`^${escaped}/(.*)$`), replacement: `${react18}/${name}/$1` },
      ];
    }),
  },
  ssr: { resolve: { conditions: sourceConditions } },
  test: {
    name: 'react18',
    root: 'packages/react',
    environment: 'jsdom' as const,
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    // The hostile-input fuzzing checks input handling, which React 18 and 19 share: React 19 runs it.
    exclude: ['**/*.fuzz.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts', 'test/react18.ts'],
    isolate: false,
    testTimeout: 60_000,
  },
};

/** Every Storybook story as a test (play function + axe) in headless Debian Chromium. */
const storybookProject = {
  plugins: [storybookTest({ configDir: resolve(import.meta.dirname, '.storybook') })],
  resolve: { conditions: sourceConditions },
  // Pre-bundled up front: a mid-run re-optimisation reloads the page and fails the run.
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      '@reduxjs/toolkit',
      '@reduxjs/toolkit/query/react',
      'react-redux',
      'i18next',
      'react-i18next',
      'styled-components',
      '@internationalized/date',
      'axios',
      'zod',
      'msw',
      'msw-storybook-addon',
    ],
  },
  test: {
    name: 'storybook',
    testTimeout: 60_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      }),
      instances: [{ browser: 'chromium' as const }],
      screenshotFailures: false,
    },
  },
};

/**
 * The examples end to end in Debian's Chromium (playwright-core): the global setup builds the
 * demo host site and the plain-HTML page and serves them; a fresh visitor per test.
 */
const e2eProject = {
  // The global setup imports the simulated platform from its sources (no package build needed):
  // Vitest loads global setups in its own `__vitest__` environment, which has its own resolve.
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
  environments: { __vitest__: { resolve: { conditions: sourceConditions } } },
  test: {
    name: 'e2e',
    root: 'examples',
    include: ['*/e2e/**/*.test.ts'],
    environment: 'node' as const,
    globalSetup: ['e2e/setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // expect.poll gives up after 1 s by default: under CI load a lazy route and its first
    // request took longer. Like the page's own waits (30 s), this only delays a failure.
    expect: { poll: { timeout: 30_000 } },
  },
};

export default defineConfig({
  resolve: { conditions: sourceConditions },
  test: {
    // Vitest's default leaves a core idle on a 2-core machine; jsdom suites wait on timers a lot.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      { test: { name: 'repo', root: '.ci', environment: 'node', include: ['test/**/*.test.ts'], testTimeout: 60_000 } },
      nodeProject('core'), nodeProject('http'), nodeProject('mocks'), nodeProject('react', 'jsdom'),
      react18Project, storybookProject, e2eProject],
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**/*.{ts,tsx}'],
      exclude: ['**/*.test.*', '**/*.stories.*', '**/index.ts'],
      reporter: ['text-summary', 'json-summary'],
      // The domain rules are the product: keep them fully exercised.
      thresholds: { 'packages/core/src/**': { lines: 95, functions: 95, branches: 90 } },
    },
  },
});
