import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { libraryConfig } from '../../vite.config.ts';

/**
 * The shared library build, with a second entry: `@giftkit/mocks/node` (the socket server)
 * stays out of the browser-safe main entry.
 */
const base = libraryConfig(import.meta.dirname);
const lib = base.build?.lib;
if (!lib) throw new Error('libraryConfig() no longer sets build.lib');

/**
 * Each entry's types are bundled on their own, which would give `node.d.ts` its own copy of
 * the `Platform` class (not assignable to the main entry's). Its types are declared in the
 * main entry, so `node.d.ts` only re-exports them and declares the one function; a type test
 * (test/entries.test.ts) keeps this signature equal to the source's.
 */
const NODE_DTS = `import type { MockPlatformServer, StartMockPlatformOptions } from './index.js';
export type { MockPlatformServer, StartMockPlatformOptions } from './index.js';

/**
 * Serves the simulated platform's MSW handlers over real HTTP on 127.0.0.1 only.
 *
 * @example
 * const server = await startMockPlatform({ port: 4010 });
 * const client = createHttpGiftsClient({ baseURL: server.url, getToken: () => token });
 * await server.close();
 */
export declare function startMockPlatform(options?: StartMockPlatformOptions): Promise<MockPlatformServer>;
`;

const nodeTypes = (): Plugin => ({
  name: 'giftkit-mocks-node-types',
  apply: 'build',
  enforce: 'post',
  async closeBundle() {
    await writeFile(resolve(import.meta.dirname, 'dist/node.d.ts'), NODE_DTS);
  },
});

export default {
  ...base,
  build: {
    ...base.build,
    lib: {
      ...lib,
      entry: { index: resolve(import.meta.dirname, 'src/index.ts'), node: resolve(import.meta.dirname, 'src/node.ts') },
      fileName: (_format: string, name: string) => `${name}.js`,
    },
  },
  plugins: [...(base.plugins ?? []), nodeTypes()],
};
