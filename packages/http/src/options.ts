import type { AxiosInstance } from 'axios';

/** How a call waits between attempts. Resolves after `ms`, rejects early when `signal` aborts. */
export type WaitFn = (ms: number, signal?: AbortSignal) => Promise<void>;

/**
 * Automatic retries. GETs are retried on network errors, 502/503/504 and 429; writes only
 * when they carry an idempotency key (`createOrder`, `payOrder`, `redeemGift`).
 *
 * @example
 * // Tests: retry at once, without waiting.
 * createHttpGiftsClient({ baseURL, getToken, retry: { baseDelayMs: 0 } });
 */
export interface RetryOptions {
  /**
   * Retries after the first attempt (so at most `retries + 1` requests). `0` turns retries off.
   * @default 2
   */
  retries?: number;
  /**
   * First back-off delay; each retry doubles it, with jitter (half fixed, half random).
   * @default 200
   */
  baseDelayMs?: number;
  /**
   * Longest single wait. A `Retry-After` longer than this is not waited for: the call fails
   * at once with `RATE_LIMITED` and `retryAfter` set, so the UI can tell the user.
   * @default 10000
   */
  maxDelayMs?: number;
  /**
   * How to wait. The default is an abortable `setTimeout`; pass your own to observe the
   * delays or to skip them in tests.
   * @default setTimeout-based
   */
  wait?: WaitFn;
}

/**
 * Options of {@link createHttpGiftsClient}.
 *
 * @example
 * const api = createHttpGiftsClient({
 *   baseURL: 'https://api.example.com',
 *   getToken: () => session.jwt,
 *   onUnauthorized: () => session.refresh(),
 * });
 */
export interface HttpGiftsClientOptions {
  /**
   * Root of the platform's API; paths such as `/v2/offers` are appended to it. Required.
   * @example 'https://mediastore.example.com'
   */
  baseURL: string;
  /**
   * The customer's (or operator's) JWT, sent as `Authorization: Bearer <token>`. Called before
   * every request, so a refreshed token is picked up at once; the client never keeps it.
   * Return an empty string (or `null`) for anonymous calls such as `listOffers`.
   * @example () => session.jwt
   */
  getToken: () => string | null | undefined | Promise<string | null | undefined>;
  /**
   * The signed-in customer, for `/customers/{customerId}/…` paths and the `POST /orders`
   * body. When left out, the `customerId` claim of the JWT is used.
   * @default the JWT's `customerId` claim
   * @example 42
   */
  customerId?: string | number;
  /**
   * Called when the platform answers 401: refresh the session here. The request is then
   * retried once with a fresh `getToken()`; a second 401 fails with `UNAUTHORIZED`.
   * Concurrent 401s share one call.
   * @default none: a 401 fails at once with `UNAUTHORIZED`
   * @example async () => { await session.refresh(); }
   */
  onUnauthorized?: () => void | Promise<void>;
  /**
   * Time one attempt may take before it fails with `TIMEOUT` (not retried automatically).
   * `0` turns the client's own timer off.
   * @default 15000
   * @example 8000
   */
  timeoutMs?: number;
  /**
   * Your own axios instance (interceptors, adapters, proxies). The client sets `baseURL`,
   * headers, `signal` and `responseType` per request and never mutates the instance.
   * @default axios.create()
   * @example axios.create({ headers: { 'X-Client': 'tv-web' } })
   */
  axios?: AxiosInstance;
  /**
   * Automatic retries and their back-off.
   * @default { retries: 2, baseDelayMs: 200, maxDelayMs: 10000 }
   * @example { retries: 0 } // a host that retries itself
   */
  retry?: RetryOptions;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_RETRY = { retries: 2, baseDelayMs: 200, maxDelayMs: 10_000 } as const;

export interface ResolvedRetry {
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  wait: WaitFn;
}

/** Non-negative finite numbers only; anything else falls back to the default. */
export function nonNegative(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}
