import { GIFTS_API_METHODS, GiftsApiError, type GiftsApi } from '@giftkit/core';

/**
 * For stories that never call the platform (primitives): every call fails loudly, so a
 * story that starts calling by accident shows it. Flow stories use the simulated platform.
 */
export function createOfflineApi(): GiftsApi {
  const fail = () => Promise.reject(new GiftsApiError({ code: 'NETWORK', message: 'This story has no platform.' }));
  return Object.fromEntries(GIFTS_API_METHODS.map((name) => [name, fail])) as unknown as GiftsApi;
}
