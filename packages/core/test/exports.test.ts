import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '@giftkit/core';

const root = join(import.meta.dirname, '..');

describe('@giftkit/core public surface', () => {
  it('exports exactly these runtime names (a change here is a change to the public API)', () => {
    expect(Object.keys(core).sort()).toMatchSnapshot();
  });

  it('depends on no React, network or DOM library', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
    expect(deps).toEqual(['@internationalized/date']);
    const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    for (const file of files) {
      const text = readFileSync(join(root, 'src', file), 'utf8');
      expect(text, file).not.toMatch(/from '(react|react-dom|axios|msw)|\b(window|document|localStorage)\./);
    }
  });
});
