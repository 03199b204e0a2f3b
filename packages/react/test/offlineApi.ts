import { GIFTS_API_METHODS, GiftsApiError, type GiftsApi, type Offer } from '@giftkit/core';

/** A GiftsApi whose calls all fail, with chosen methods replaced. */
export function fakeApi(overrides: Partial<GiftsApi> = {}): GiftsApi {
  const fail = () => Promise.reject(new GiftsApiError({ code: 'NETWORK', message: 'offline' }));
  return { ...(Object.fromEntries(GIFTS_API_METHODS.map((m) => [m, fail])) as unknown as GiftsApi), ...overrides };
}

export const offer = (id: string, title: string): Offer => ({
  id,
  title,
  description: '',
  price: { amount: 9.99, currency: 'EUR' },
  type: 'subscription',
  billingCycle: { periodUnit: 'month', amount: 1 },
  tags: [],
  active: true,
  giftable: true,
});
