import { describe, expect, it } from 'vitest';
import { budgetReport, p95 } from '../bench/p95';

describe('the search benchmark’s report', () => {
  it('takes p95 by nearest rank', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 1…100, unsorted
    expect(p95(hundred)).toBe(95);
    expect(p95([7])).toBe(7);
    expect(p95([])).toBeNaN();
  });

  it('says whether the worst p95 is within the budget, and names it', () => {
    const fast = new Map([['a', [1, 2, 3]], ['b', [4, 5, 6]]]);
    expect(budgetReport('t', fast, 20).split('\n').at(-1)).toBe('WITHIN BUDGET: worst p95 6.00 ms (b) ≤ 20 ms');
    const slow = new Map([['a', [1]], ['b', [25]], ['c', [3]]]);
    expect(budgetReport('t', slow, 20).split('\n').at(-1)).toBe('OVER BUDGET: worst p95 25.00 ms (b) > 20 ms');
    expect(budgetReport('t', new Map([['a', []]]), 20)).toMatch(/OVER BUDGET/);
    expect(budgetReport('t', new Map(), 20)).toMatch(/OVER BUDGET: nothing was measured/);
  });
});
