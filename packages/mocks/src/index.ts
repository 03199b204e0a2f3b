/**
 * @giftkit/mocks: the simulated subscription platform. The engine lands with its own issue.
 */
export type { GiftsApi } from '@giftkit/core';
export const DEFAULT_REDEEM_URL = 'http://localhost:5173/subscribe/gift/activate';
