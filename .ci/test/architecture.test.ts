import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The workspace's dependency direction is `core ← http | mocks | react`, enforced by ESLint.
// These lint real file paths with substituted text, so the rules are proven to fire.
const eslint = new ESLint({ cwd: `${import.meta.dirname}/../..` });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// The first lint builds the type-checked program of the whole workspace: a minute or more on
// two busy cores. It happens once, before the cases, so no case pays for it.
beforeAll(async () => {
  await importErrors('packages/core/src/index.ts', 'export {};');
}, 300_000);

describe('dependency direction', () => {
  it.each([
    ['packages/core/src/index.ts', "export { x } from '@giftkit/react';"],
    ['packages/core/src/index.ts', "export { x } from '@giftkit/http';"],
    ['packages/core/src/index.ts', "export { useState } from 'react';"],
    ['packages/core/src/index.ts', "export { default } from 'axios';"],
    ['packages/http/src/index.ts', "export { x } from '@giftkit/mocks';"],
    ['packages/mocks/src/index.ts', "export { x } from '@giftkit/http';"],
    ['packages/react/src/index.ts', "export { x } from '@giftkit/http';"],
    ['packages/react/src/index.ts', "export { default } from 'axios';"],
    ['packages/react/src/index.ts', "export { x } from '../../core/src/index';"],
    ['packages/http/src/index.ts', "export { x } from '@giftkit/core/src/api';"],
  ])('%s may not say %s', async (file, code) => {
    expect(await importErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['packages/http/src/index.ts', "export type { GiftsApi } from '@giftkit/core';"],
    ['packages/mocks/src/index.ts', "export type { GiftsApi } from '@giftkit/core';"],
    ['packages/react/src/index.ts', "export type { GiftsApi } from '@giftkit/core';"],
  ])('%s may say %s', async (file, code) => {
    expect(await importErrors(file, code)).toEqual([]);
  });
});
