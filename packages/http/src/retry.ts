/**
 * When to try again and how long to wait. GETs (and writes with an idempotency key) are
 * retried on dropped answers, 502/503/504 and 429; everything else is final.
 */
import { DEFAULT_RETRY, nonNegative, type ResolvedRetry, type RetryOptions, type WaitFn } from './options';

export const RETRY_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

const aborted = () => new DOMException('The wait was aborted.', 'AbortError');

/** An abortable `setTimeout`. Rejects with an `AbortError` when `signal` aborts. */
export const defaultWait: WaitFn = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(aborted());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

export function resolveRetry(options: RetryOptions | undefined): ResolvedRetry {
  return {
    retries: Math.floor(nonNegative(options?.retries, DEFAULT_RETRY.retries)),
    baseDelayMs: nonNegative(options?.baseDelayMs, DEFAULT_RETRY.baseDelayMs),
    maxDelayMs: nonNegative(options?.maxDelayMs, DEFAULT_RETRY.maxDelayMs),
    wait: options?.wait ?? defaultWait,
  };
}

/** What an attempt ended with, as far as retrying is concerned. */
export type AttemptFailure = { kind: 'network' } | { kind: 'status'; status: number; retryAfterSeconds: number | undefined };

/**
 * Milliseconds to wait before the next attempt, or `undefined` not to retry.
 * `attempt` counts the retries already made (0 before the first retry).
 */
export function retryDelay(failure: AttemptFailure, attempt: number, retry: ResolvedRetry, random: () => number = Math.random): number | undefined {
  if (attempt >= retry.retries) return undefined;
  if (failure.kind === 'status') {
    if ((failure.status === 429 || failure.status === 503) && failure.retryAfterSeconds !== undefined) {
      const ms = failure.retryAfterSeconds * 1000;
      // Waiting longer than the cap would freeze the UI: give the error back instead.
      return ms <= retry.maxDelayMs ? ms : undefined;
    }
    if (failure.status !== 429 && !RETRY_STATUSES.has(failure.status)) return undefined;
  }
  // Exponential back-off with "equal jitter": half fixed, half random, so clients that failed
  // together do not all come back at the same instant.
  const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** attempt);
  return ceiling / 2 + random() * (ceiling / 2);
}
