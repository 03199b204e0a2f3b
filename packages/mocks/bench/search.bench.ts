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

const samples: number[] = [];

describe('operator search, 100,000 gifts', () => {
  for (const [name, query] of QUERIES) {
    // Warm up the lazily built indexes once, outside the measured runs.
    operator.searchGifts({ ...query, limit: 50 });
    bench(name, () => {
      const started = performance.now();
      operator.searchGifts({ ...query, limit: 50 });
      samples.push(performance.now() - started);
    });
  }
});

afterAll(() => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  console.warn(`operator search over ${platform.store.gifts.length} gifts: ${sorted.length} runs, p50 ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms`);
});
