/**
 * `MyGifts` at 50 and at 5,000 gifts: time to the first page and to the next one, plus the
 * DOM rows and API calls per page (printed after the run; they must be equal at both sizes).
 * Run: `npx vitest bench --project react bench/myGifts.bench.tsx` (from the repository root).
 */
import { render, waitFor } from '@testing-library/react';
import { afterAll, bench, describe } from 'vitest';
import type { GiftsApi } from '@giftkit/core';
// Benchmarks use the simulated platform as tests do; eslint.config's test override does not list
// `*.bench.tsx` yet (reported), hence this one exception.
// eslint-disable-next-line no-restricted-imports
import { createInMemoryGiftsApi, scenarios, seed, type Scenario } from '@giftkit/mocks';
import { GiftKitProvider, MyGifts } from '../src';

type Calls = Partial<Record<keyof GiftsApi, number>>;

/** The in-memory client, counting every call by method. */
function countingApi(scenario: Scenario, calls: Calls): GiftsApi {
  const api = createInMemoryGiftsApi(scenario.platform, { customerId: () => scenario.customerId });
  return new Proxy(api, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls[key as keyof GiftsApi] = (calls[key as keyof GiftsApi] ?? 0) + 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

interface PageMetrics {
  rows: number;
  listTransactions: number;
  getGift: number;
}

const rowsInDom = (root: HTMLElement) => root.querySelectorAll('.gk-myGiftsCard').length;

/** Renders the list, waits for page 1, moves to page 2; returns what page 2 cost. */
async function renderTwoPages(scenario: Scenario): Promise<PageMetrics> {
  const calls: Calls = {};
  const api = countingApi(scenario, calls);
  const view = render(
    <GiftKitProvider api={api} session={{ customerId: scenario.customerId ?? '' }}>
      <MyGifts now={scenario.platform.now()} />
    </GiftKitProvider>,
  );
  await waitFor(() => {
    if (rowsInDom(view.container) === 0) throw new Error('page 1 not shown yet');
  });
  for (const key of Object.keys(calls)) delete calls[key as keyof GiftsApi];
  const next = view.getByRole('button', { name: 'Next page' });
  next.click();
  await waitFor(() => {
    if (!view.queryByText(/^Page 2 of/) || (calls.listTransactions ?? 0) === 0 || rowsInDom(view.container) === 0) throw new Error('page 2 not shown yet');
  });
  const metrics = { rows: rowsInDom(view.container), listTransactions: calls.listTransactions ?? 0, getGift: calls.getGift ?? 0 };
  view.unmount();
  return metrics;
}

const gifterId = seed.customers.gifter.id;
const small = scenarios.manyGifts(50, { gifterId });
const large = scenarios.myGiftsMany();
const results: Record<string, PageMetrics> = {};

describe('MyGifts: first and second page', () => {
  bench('50 gifts', async () => {
    results['50'] = await renderTwoPages(small);
  }, { iterations: 5, warmupIterations: 1 });
  bench('5,000 gifts', async () => {
    results['5000'] = await renderTwoPages(large);
  }, { iterations: 5, warmupIterations: 1 });
});

afterAll(() => {
  const a = results['50'];
  const b = results['5000'];
  if (!a || !b) return;
  const ratio = (key: keyof PageMetrics) => (a[key] === 0 ? (b[key] === 0 ? 1 : Infinity) : b[key] / a[key]).toFixed(2);
  process.stdout.write(
    `\nMyGifts per page — 50 gifts: ${JSON.stringify(a)}; 5,000 gifts: ${JSON.stringify(b)}; ` +
      `ratio 5,000/50: rows ${ratio('rows')}, listTransactions ${ratio('listTransactions')}, getGift ${ratio('getGift')}\n`,
  );
});
