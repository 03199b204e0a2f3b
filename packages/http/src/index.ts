/**
 * @giftkit/http: the HTTP `GiftsApi` client over the Cleeng-compatible wire contract.
 * The client itself lands with its own issue; the entry re-exports the contract it implements.
 */
export type { GiftsApi, CallOptions } from '@giftkit/core';
export const WIRE_ENVELOPE_KEYS = ['responseData', 'errors'] as const;
