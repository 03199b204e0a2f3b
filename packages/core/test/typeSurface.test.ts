import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicTypeSurface } from './typeSurface';

describe('@giftkit/core public types', () => {
  // Runtime names are pinned in exports.test.ts; this pins every exported type and signature.
  it('keeps every exported type and signature (a change here is a change to the public API)', async () => {
    const surface = publicTypeSurface(join(import.meta.dirname, '..'));
    expect(surface).toContain('interface GiftsApi');
    // An unresolvable type prints as `any`; the house style allows none in public types.
    expect(surface).not.toMatch(/\bany\b/);
    await expect(surface).toMatchFileSnapshot('__snapshots__/public-types.txt');
  }, 60_000);
});
