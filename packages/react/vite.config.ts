import { resolve } from 'node:path';
import { libraryConfig } from '../../vite.config.ts';

/** The shared library build, with a second entry `@giftkit/react/mount` for pages without React. */
const base = libraryConfig(import.meta.dirname);
const lib = base.build?.lib;
if (!lib) throw new Error('libraryConfig() no longer sets build.lib');

export default {
  ...base,
  build: {
    ...base.build,
    lib: { ...lib, entry: { index: resolve(import.meta.dirname, 'src/index.ts'), mount: resolve(import.meta.dirname, 'src/mount/index.ts') } },
  },
};
