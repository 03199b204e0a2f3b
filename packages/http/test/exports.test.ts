import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { GiftsApi } from '@giftkit/core';
import * as http from '../src/index';

const root = join(import.meta.dirname, '..');

describe('@giftkit/http public surface', () => {
  it('exports exactly these runtime names (a change here is a change to the public API)', () => {
    expect(Object.keys(http).sort()).toEqual(['ABORTED_REASON', 'DEFAULT_RETRY', 'DEFAULT_TIMEOUT_MS', 'createHttpGiftsClient', 'isAbortedError']);
  });

  it('returns a GiftsApi', () => {
    expectTypeOf(http.createHttpGiftsClient).returns.toEqualTypeOf<GiftsApi>();
    expectTypeOf<http.HttpGiftsClientOptions['baseURL']>().toEqualTypeOf<string>();
  });

  it('depends on core, axios and zod only: no React', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    expect(Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }).sort()).toEqual(['@giftkit/core', 'axios', 'zod']);
  });

  it('never logs, never touches storage, never imports React', () => {
    const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(join(root, 'src', file), 'utf8');
      expect(text, file).not.toMatch(/console\.|localStorage|sessionStorage|document\.cookie|from 'react/);
    }
  });
});
