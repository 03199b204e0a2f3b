/**
 * @giftkit/http: the HTTP `GiftsApi` client over GiftKit's Cleeng-compatible wire contract
 * (axios, retries, timeouts, idempotency keys, validated answers).
 */
export { createHttpGiftsClient } from './client';
export type { HttpGiftsClientOptions, RetryOptions, WaitFn } from './options';
export { DEFAULT_TIMEOUT_MS, DEFAULT_RETRY } from './options';
// Re-exported for callers who only import the client; they live in @giftkit/core.
export { ABORTED_REASON, isAbortedError } from '@giftkit/core';
export type { GiftsApi, CallOptions, IdempotentCallOptions } from '@giftkit/core';
