/**
 * `MyGifts` at 50 and at 5,000 gifts: what one further page costs (page 2), in DOM rows, API
 * calls and time. After the run it prints a table with the ratio 5,000 / 50 for each: flat
 * means 1.00 for rows and calls (time varies with the machine, but should not grow with the
 * history).
 * Run: `npx vitest bench --run --project react bench/myGifts.bench.tsx` (from the repository root).
 */
import { render, waitFor } from '@testing-library/react';
import { afterAll, bench, describe } from 'vitest';
import type { GiftsApi } from '@giftkit/core';
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

/** What showing page 2 cost. */
interface PageMetrics {
  /** Gift cards in the DOM once page 2 shows. */
  rows: number;
  listTransactions: number;
  getGift: number;
  /** From the click on Next to page 2 on screen. */
  ms: number;
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
  const started = performance.now();
  view.getByRole('button', { name: 'Next page' }).click();
  await waitFor(() => {
    if (!view.queryByText(/^Page 2: /) || (calls.listTransactions ?? 0) === 0 || rowsInDom(view.container) === 0) throw new Error('page 2 not shown yet');
  });
  const metrics = { rows: rowsInDom(view.container), listTransactions: calls.listTransactions ?? 0, getGift: calls.getGift ?? 0, ms: performance.now() - started };
  view.unmount();
  return metrics;
}

const gifterId = seed.customers.gifter.id;
const small = scenarios.manyGifts(50, { gifterId });
const large = scenarios.myGiftsMany();
const SIZES = { '50 gifts': small, '5,000 gifts': large } as const;
type Size = keyof typeof SIZES;
const samples: Record<Size, PageMetrics[]> = { '50 gifts': [], '5,000 gifts': [] };

describe('MyGifts: the cost of page 2', () => {
  for (const size of Object.keys(SIZES) as Size[]) {
    bench(size, async () => {
      samples[size].push(await renderTwoPages(SIZES[size]));
    }, { iterations: 5, warmupIterations: 1 });
  }
});

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

afterAll(() => {
  const [a, b] = [samples['50 gifts'], samples['5,000 gifts']];
  if (a.length === 0 || b.length === 0) return;
  const metrics: Array<[label: string, key: keyof PageMetrics]> = [
    ['DOM rows (gift cards)', 'rows'],
    ['listTransactions calls', 'listTransactions'],
    ['getGift calls', 'getGift'],
    ['time to page 2, median (ms)', 'ms'],
  ];
  const cell = (value: string | number, width: number) => String(value).padStart(width);
  const lines = [
    '',
    'MyGifts — cost of one further page (page 2), 50 vs 5,000 gifts',
    `${'metric'.padEnd(30)}${cell('50 gifts', 10)}${cell('5,000 gifts', 13)}${cell('ratio', 8)}`,
  ];
  let flat = true;
  for (const [label, key] of metrics) {
    const [x, y] = [median(a.map((m) => m[key])), median(b.map((m) => m[key]))];
    const ratio = x === 0 ? (y === 0 ? 1 : Infinity) : y / x;
    if (key !== 'ms' && ratio !== 1) flat = false;
    const shown = (value: number) => (key === 'ms' ? value.toFixed(1) : String(value));
    lines.push(`${label.padEnd(30)}${cell(shown(x), 10)}${cell(shown(y), 13)}${cell(ratio.toFixed(2), 8)}`);
  }
  lines.push(flat ? 'Rows and calls per page are flat (ratio 1.00).' : 'NOT FLAT: rows or calls per page grow with the history.', '');
  process.stdout.write(`${lines.join('\n')}\n`);
});
