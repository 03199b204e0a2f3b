import type { GiftsApi, GiftsApiErrorCode } from '@giftkit/core';

/** Endpoints are named after the `GiftsApi` method they serve. */
export type Endpoint = keyof GiftsApi;

/** How a malformed answer is broken. */
export type MalformedKind = 'truncated-json' | 'wrong-shape' | 'html';

/**
 * One fault on one endpoint. Combine `latencyMs` with any other switch; `timeout` wins over
 * the rest (the request never answers until its caller aborts).
 *
 * @example platform.faults.inject('verifyGift', { status: 503, times: 'once' })
 */
export interface FaultSpec {
  /** Wait this long before answering (abortable). */
  latencyMs?: number;
  /** Answer this HTTP status with an error envelope instead of running the endpoint. */
  status?: number;
  /** Machine code in that envelope; without it 5xx answers carry no code (the client classifies them). */
  code?: GiftsApiErrorCode;
  message?: string;
  /** With 429: the `Retry-After` seconds. */
  retryAfter?: number;
  /** Never answer until the request is aborted. */
  timeout?: boolean;
  /** Answer 200 with a body the client cannot use. `true` means `truncated-json`. */
  malformed?: boolean | MalformedKind;
  /**
   * How many requests the fault hits before it clears itself.
   * @default 'always'
   */
  times?: 'once' | 'always' | number;
}

interface ActiveFault {
  spec: FaultSpec;
  remaining: number;
}

/** Per-endpoint fault switches, read by the MSW handlers and the in-memory API alike. */
export class FaultRegistry {
  private readonly faults = new Map<Endpoint | '*', ActiveFault>();

  /** Injects a fault on one endpoint, or on every endpoint with `'*'`. Replaces an earlier one. */
  inject(endpoint: Endpoint | '*', spec: FaultSpec): void {
    const times = spec.times ?? 'always';
    const remaining = times === 'always' ? Number.POSITIVE_INFINITY : times === 'once' ? 1 : Math.max(0, Math.floor(times));
    this.faults.set(endpoint, { spec, remaining });
  }

  /** Removes the fault of one endpoint, or every fault. */
  clear(endpoint?: Endpoint | '*'): void {
    if (endpoint === undefined) this.faults.clear();
    else this.faults.delete(endpoint);
  }

  /** The fault that hits this request, consuming one use (an endpoint's own fault before `'*'`). */
  take(endpoint: Endpoint): FaultSpec | null {
    for (const key of [endpoint, '*'] as const) {
      const active = this.faults.get(key);
      if (!active) continue;
      active.remaining -= 1;
      if (active.remaining <= 0) this.faults.delete(key);
      return active.spec;
    }
    return null;
  }

  /** What is active now, for dev tools and docs. */
  list(): Array<{ endpoint: Endpoint | '*'; spec: FaultSpec; remaining: number }> {
    return [...this.faults].map(([endpoint, { spec, remaining }]) => ({ endpoint, spec, remaining }));
  }
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function abortableDelay(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Never resolves; rejects when the signal aborts (a request that hangs until its caller gives up). */
export function untilAborted(signal?: AbortSignal | null): Promise<never> {
  return new Promise((_resolve, reject) => {
    if (!signal) return; // nobody can abort it: it hangs, as asked
    if (signal.aborted) reject(abortReason(signal));
    else signal.addEventListener('abort', () => reject(abortReason(signal)), { once: true });
  });
}

/** The signal's reason when it is an error (a `TimeoutError` stays one), else an `AbortError`. */
function abortReason(signal?: AbortSignal | null): Error {
  const reason: unknown = signal?.reason;
  return reason instanceof Error ? reason : new DOMException('The operation was aborted.', 'AbortError');
}
