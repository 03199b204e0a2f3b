/** The 95th percentile by nearest rank: the smallest sample at or above 95 % of them. */
export function p95(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.ceil(0.95 * sorted.length) - 1] ?? Number.NaN;
}

/**
 * One line per case with its p95, then a verdict on the worst one against the budget, so a
 * run says plainly whether the target holds (a query with no samples counts as over budget).
 */
export function budgetReport(title: string, samples: ReadonlyMap<string, readonly number[]>, budgetMs: number): string {
  const rows = [...samples].map(([name, runs]) => ({ name, runs: runs.length, p95: p95(runs) }));
  const width = Math.max(0, ...rows.map((row) => row.name.length));
  const lines = rows.map((row) => `  ${row.name.padEnd(width)}  p95 ${row.p95.toFixed(2).padStart(6)} ms  (${row.runs} runs)`);
  const score = (row: (typeof rows)[number]) => (Number.isNaN(row.p95) ? Number.POSITIVE_INFINITY : row.p95);
  const worst = rows.reduce<(typeof rows)[number] | undefined>((a, b) => (a && score(a) >= score(b) ? a : b), undefined);
  const within = worst !== undefined && score(worst) <= budgetMs;
  const verdict = worst
    ? `${within ? 'WITHIN BUDGET' : 'OVER BUDGET'}: worst p95 ${worst.p95.toFixed(2)} ms (${worst.name}) ${within ? '≤' : '>'} ${budgetMs} ms`
    : 'OVER BUDGET: nothing was measured';
  return [`${title}, p95 per query:`, ...lines, verdict].join('\n');
}
