import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELEMENT_KEYS } from '@giftkit/react';
import { ELEMENT_KEY_GROUPS } from '../src/appearance/elements';

const DOC = join(import.meta.dirname, '..', '..', '..', 'docs', 'theming.md');
const SRC = join(import.meta.dirname, '..', 'src');
const START = '<!-- element-keys:start -->';
const END = '<!-- element-keys:end -->';

/** What each group is, in the doc's words. */
const GROUP_TITLES: Record<keyof typeof ELEMENT_KEY_GROUPS, string> = {
  common: 'Every component (the shared building blocks)',
  checkout: '`Checkout`',
  deliveryForm: '`GiftDeliveryForm` (also inside `Checkout` and the gift editor)',
  coupon: '`CouponInput` (also inside `Checkout`)',
  redeem: '`RedeemGift`',
  myGifts: '`MyGifts`',
  giftManager: '`GiftManager`',
};

/** The generated part of docs/theming.md. */
function elementKeysMarkdown(): string {
  const rows = Object.entries(ELEMENT_KEY_GROUPS).map(
    ([group, keys]) => `| ${GROUP_TITLES[group as keyof typeof ELEMENT_KEY_GROUPS]} | ${keys.map((key) => `\`${key}\``).join(', ')} |`,
  );
  return [
    START,
    '<!-- Generated from ELEMENT_KEY_GROUPS (packages/react/src/appearance/elements.ts). Regenerate with',
    '     UPDATE_DOCS=1 npx vitest run --project react test/elementKeys.test.ts -->',
    '| where | element keys |',
    '|---|---|',
    ...rows,
    END,
  ].join('\n');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Keys no styled node applies yet: `appearance.elements.<key>` does nothing for them.
 * Shrink this list as they are wired; never grow it.
 */
const NOT_YET_APPLIED: string[] = [];

describe('element keys', () => {
  it('ELEMENT_KEYS is exactly the groups, without duplicates', () => {
    const grouped = Object.values(ELEMENT_KEY_GROUPS).flat();
    expect([...ELEMENT_KEYS]).toEqual(grouped);
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  it('docs/theming.md lists every key of every flow (generated from ELEMENT_KEY_GROUPS)', () => {
    const doc = readFileSync(DOC, 'utf8');
    const expected = elementKeysMarkdown();
    const start = doc.indexOf(START);
    const end = doc.indexOf(END);
    if (process.env.UPDATE_DOCS === '1' && start >= 0 && end > start) {
      writeFileSync(DOC, doc.slice(0, start) + expected + doc.slice(end + END.length));
      return;
    }
    expect(start, `docs/theming.md needs a ${START} … ${END} block`).toBeGreaterThanOrEqual(0);
    expect(doc.slice(start, end + END.length), 'regenerate with UPDATE_DOCS=1').toBe(expected);
  });

  it('every key is applied by a styled node (overrides(<key>)), but for the known gaps', () => {
    const source = sourceFiles(SRC).map((file) => readFileSync(file, 'utf8')).join('\n');
    const applied = new Set([...source.matchAll(/overrides\('(\w+)'\)/g)].map((match) => match[1]));
    // Button variants go through a map: overrides(VARIANT_ELEMENT[variant]).
    const variants = /VARIANT_ELEMENT:[^=]*=\s*\{([^}]*)\}/.exec(source)?.[1] ?? '';
    for (const [, key] of variants.matchAll(/'(\w+)'/g)) applied.add(key);
    const missing = ELEMENT_KEYS.filter((key) => !applied.has(key));
    expect(missing).toEqual(NOT_YET_APPLIED);
  });
});
