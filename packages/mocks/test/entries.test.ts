/**
 * The main entry runs in browsers: no Node built-ins anywhere in its import graph, and nothing
 * happens at import. Node-only code lives behind `@giftkit/mocks/node`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { MockPlatformServer, StartMockPlatformOptions } from '../src';
import { startMockPlatform } from '../src/node';

const SRC = resolve(import.meta.dirname, '../src');

/** Every module reachable from an entry, with the bare specifiers each imports. */
function importGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string) => {
    if (graph.has(file)) return;
    const source = readFileSync(file, 'utf8');
    const specifiers = [...source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1] ?? '');
    graph.set(file, specifiers.filter((s) => !s.startsWith('.')));
    for (const s of specifiers.filter((s) => s.startsWith('.'))) {
      const base = resolve(dirname(file), s);
      visit(existsSync(`${base}.ts`) ? `${base}.ts` : resolve(base, 'index.ts'));
    }
  };
  visit(entry);
  return graph;
}

describe('entries', () => {
  it('keeps Node built-ins and msw/node out of the main entry', () => {
    const graph = importGraph(resolve(SRC, 'index.ts'));
    expect(graph.size).toBeGreaterThan(30);
    const external = new Set([...graph.values()].flat());
    expect([...external].sort()).toEqual(['@giftkit/core', 'msw']);
  });

  it('puts the socket server behind ./node', () => {
    const external = new Set([...importGraph(resolve(SRC, 'node.ts')).values()].flat());
    expect(external.has('node:http')).toBe(true);
    const pkg = JSON.parse(readFileSync(resolve(SRC, '../package.json'), 'utf8')) as { exports: Record<string, unknown>; sideEffects: boolean };
    expect(Object.keys(pkg.exports)).toEqual(['.', './node', './package.json']);
    expect(pkg.sideEffects).toBe(false);
  });

  it('exports the documented API', async () => {
    const api = await import('../src');
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "ABORTED_REASON",
        "CHALLENGE_RESPONSES",
        "COUPON_REFUSAL_MESSAGES",
        "DEFAULT_BASE_URL",
        "DEFAULT_NOW",
        "DEFAULT_RANDOM_SEED",
        "DEFAULT_REDEEM_URL",
        "EDIT_LOCK_MESSAGES",
        "GIFT_REPORT_COLUMNS",
        "HTTP_STATUS_BY_CODE",
        "Platform",
        "REDEEM_REFUSAL_MESSAGES",
        "SCENARIO_NAMES",
        "TEST_CARDS",
        "addManyGifts",
        "applySeed",
        "bearerToken",
        "buildScenario",
        "buyGift",
        "createHandlers",
        "createInMemoryGiftsApi",
        "createPlatform",
        "createSessionToken",
        "deliveryDueAt",
        "readSessionToken",
        "redeemLink",
        "scenarios",
        "seed",
      ]
    `);
    const node = await import('../src/node');
    expect(Object.keys(node)).toEqual(['startMockPlatform']);
  });

  it('keeps the signature the build writes into dist/node.d.ts (see vite.config.ts)', () => {
    expectTypeOf(startMockPlatform).toEqualTypeOf<(options?: StartMockPlatformOptions) => Promise<MockPlatformServer>>();
  });
});
