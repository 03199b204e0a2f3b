import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as react from '@giftkit/react';

describe('@giftkit/react public surface', () => {
  it('exports exactly these runtime names (a change here is a change to the public API)', () => {
    expect(Object.keys(react).sort()).toMatchSnapshot();
  });

  it('keeps React, React DOM and styled-components as peers, and no network library', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    expect(Object.keys(pkg.peerDependencies ?? {}).sort()).toEqual(['react', 'react-dom', 'styled-components']);
    expect(Object.keys(pkg.dependencies ?? {})).not.toEqual(expect.arrayContaining(['axios']));
    expect(Object.keys(pkg.dependencies ?? {})).not.toContain('@giftkit/http');
    expect(Object.keys(pkg.dependencies ?? {})).not.toContain('@giftkit/mocks');
  });
});
