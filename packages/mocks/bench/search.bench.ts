/**
 * The operator's search over 100,000 seeded gifts (rule 16). Target: p95 ≤ 20 ms per query.
 * Run: `npx vitest bench --run --project mocks` from the workspace root.
 */
import type { GiftSearchQuery } from '@giftkit/core';
import { afterAll, bench, describe } from 'vitest';
import { scenarios, seed } from '../src';

const { platform } = scenarios.operatorLarge();
const operator = platform.as(seed.customers.operator.id);
const someCode = platform.store.gifts[54_321]?.code ?? '';

/** The mix an operator produces: the search box, filters, sorts and deep pages. */
const QUERIES: Array<[string, GiftSearchQuery]> = [
  ['first page, newest first', {}],
  ['sender email', { q: 'gifter00042@example.net' }],
  ['partial sender email', { q: 'gifter0004' }],
  ['recipient email', { q: 'friend4711@' }],
  ['gift code', { q: someCode }],
  ['offer name', { q: 'football' }],
  ['creation day', { q: '2025-06-15' }],
  ['status filter', { status: ['expired'] }],
  ['offer + period + date range', { offerId: [seed.offers.footballAnnual], period: [12], createdFrom: platform.now() - 180 * 86_400, createdTo: platform.now() }],
  ['sort by recipient email', { sort: 'recipientEmail' }],
  ['sort by status, descending', { sort: '-status' }],
  ['last page', { offset: 99_950 }],
];

/** Milliseconds per run, per query (vitest's table shows p75/p99, not p95). */
const samples = new Map<string, number[]>();

describe('operator search, 100,000 gifts', () => {
  for (const [name, query] of QUERIES) {
    // Warm up the lazily built indexes once, outside the measured runs.
    operator.searchGifts({ ...query, limit: 50 });
    const runs: number[] = [];
    samples.set(name, runs);
    bench(name, () => {
      const started = performance.now();
      operator.searchGifts({ ...query, limit: 50 });
      runs.push(performance.now() - started);
    });
  }
});

afterAll(() => {
  const p95 = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.min(runs.length - 1, Math.floor(0.95 * runs.length))] ?? 0;
  const lines = [...samples].map(([name, runs]) => `  ${name.padEnd(30)} p95 ${p95(runs).toFixed(2).padStart(6)} ms (${runs.length} runs)`);
  const worst = Math.max(...[...samples.values()].map(p95));
  console.warn(`operator search over ${platform.store.gifts.length} gifts, p95 per query (target ≤ 20 ms; worst ${worst.toFixed(2)} ms):\n${lines.join('\n')}`);
});
