/**
 * @giftkit/http: the HTTP `GiftsApi` client over GiftKit's Cleeng-compatible wire contract
 * (axios, retries, timeouts, idempotency keys, validated answers).
 */
export { createHttpGiftsClient } from './client';
export type { HttpGiftsClientOptions, RetryOptions, WaitFn } from './options';
export { DEFAULT_TIMEOUT_MS, DEFAULT_RETRY } from './options';
export { ABORTED_REASON, isAbortedError } from './errors';
export type { GiftsApi, CallOptions, IdempotentCallOptions } from '@giftkit/core';
