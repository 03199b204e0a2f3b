/** Shared test kit: an MSW server, wire fixtures, a JWT maker and a fast client. */
import { GiftsApiError, type GiftsApi } from '@giftkit/core';
import { HttpResponse, http, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createHttpGiftsClient, type HttpGiftsClientOptions } from '../src/index';

export const BASE = 'https://api.giftkit.test';

/** One MSW server per test file, failing on any request nobody expected. */
export function useServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

function base64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** An unsigned JWT with the given claims (the client never checks signatures). */
export function makeJwt(claims: Record<string, unknown>): string {
  return `${base64Url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64Url(JSON.stringify(claims))}.signature`;
}

export const TOKEN = makeJwt({ customerId: 42, email: 'gifter@example.com' });

/** Records every wait instead of sleeping, so retries cost no time. */
export function instantWaits() {
  const waits: number[] = [];
  return { waits, wait: (ms: number) => Promise.resolve(void waits.push(ms)) };
}

export function client(overrides: Partial<HttpGiftsClientOptions> = {}) {
  const { waits, wait } = instantWaits();
  const api = createHttpGiftsClient({
    baseURL: BASE,
    getToken: () => TOKEN,
    timeoutMs: 1000,
    retry: { baseDelayMs: 1, wait },
    ...overrides,
  });
  return { api, waits };
}

export const envelope = (responseData: unknown, errors: string[] = []) => ({ responseData, errors });
export const ok = (responseData: unknown) => HttpResponse.json(envelope(responseData) as JsonBodyType);
export const fail = (status: number, message: string, responseData: Record<string, unknown> = {}) =>
  HttpResponse.json(envelope(responseData, [message]) as JsonBodyType, { status });

/** The promise's rejection, checked to be a `GiftsApiError`. */
export async function rejection(promise: Promise<unknown>): Promise<GiftsApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(GiftsApiError);
    return error as GiftsApiError;
  }
  throw new Error('expected the call to reject');
}

export interface Recorded {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

export async function record(request: Request): Promise<Recorded> {
  const text = await request.text();
  return { method: request.method, url: new URL(request.url), headers: request.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
}

type Responder = () => Response | Promise<Response>;

/** A handler answering with `responders` in turn (the last one repeats), recording requests. */
export function sequence(method: 'get' | 'post' | 'patch', path: string, ...responders: Responder[]) {
  const requests: Recorded[] = [];
  const handler = http[method](`${BASE}${path}`, async ({ request }) => {
    requests.push(await record(request));
    const responder = responders[Math.min(requests.length, responders.length) - 1];
    if (!responder) throw new Error('no responder');
    return responder();
  });
  return { handler, requests };
}

// ---- Wire fixtures: numeric ids where Cleeng sends numbers, times in Unix seconds ----

export const wireOffer = {
  id: 'S937144802_UA',
  title: 'Premium monthly',
  description: 'Everything, every month',
  price: { amount: 9.99, currency: 'EUR' },
  type: 'subscription',
  billingCycle: { periodUnit: 'month', amount: 1 },
  tags: ['premium'],
  active: true,
  giftable: true,
};

export const wireDelivery = { recipientEmail: 'friend@example.com', deliveryDate: 1_767_261_600, personalNote: 'Happy birthday!' };

export const wireOrder = {
  id: 912345,
  offerId: 'S937144802_UA',
  customerId: 42,
  buyAsAGift: true,
  currency: 'EUR',
  couponCode: null,
  discount: { applied: false, type: '', periods: null, duration: null },
  priceBreakdown: { offerPrice: 9.99, discountAmount: 0, discountedPrice: 9.99, taxValue: 1.73 },
  totalPrice: 9.99,
  requiredPaymentDetails: true,
  deliveryDetails: wireDelivery,
};

export const wirePayment = { id: 555, orderId: 912345, status: 'succeeded', transactionId: 'T1', giftId: 205196449 };

export const wireTransaction = {
  transactionId: 'T1',
  transactionDate: 1_767_000_000,
  offerId: 'S937144802_UA',
  offerTitle: 'Premium monthly',
  totalPrice: 9.99,
  currency: 'EUR',
  targetType: 'giftId',
  targetId: 205196449,
};

export const wireSubscription = {
  subscriptionId: 8001,
  offerId: 'S937144802_UA',
  status: 'active',
  expiresAt: 1_770_000_000,
  nextPaymentAt: null,
  createdByGift: true,
  extendedByGift: false,
  hasPaymentMethod: false,
};

export const wireSwitch = { subscriptionId: 8001, fromOfferId: 'S1', toOfferId: 'S2', status: 'switched' };
export const wireRefund = { transactionId: 'T1', status: 'pending' };

export const wireGift = {
  id: 205196449,
  code: 'ABCD-2345',
  offerId: 'S937144802_UA',
  deliveryDetails: wireDelivery,
  sentAt: null,
  redeemedAt: null,
  createdAt: 1_767_000_000,
  status: 'standby',
};

export const wireVerification = {
  redeemable: true,
  redeemMode: 'EXTEND',
  redeemRefusalReason: null,
  offerId: 'S937144802_UA',
  extendedSubscriptionId: 8001,
  currentExpiresAt: 1_770_000_000,
  newExpiresAt: 1_772_592_000,
};

export const wireRedemption = { giftId: 205196449, redeemMode: 'NEW', subscriptionId: 8002, offerId: 'S937144802_UA', expiresAt: 1_772_592_000, hasPaymentMethod: true };

export const wireReceivedGift = {
  giftId: 205196449,
  offerId: 'S937144802_UA',
  offerTitle: 'Premium monthly',
  gifterEmail: 'gifter@example.com',
  gifterName: null,
  personalNote: 'Happy birthday!',
  redeemedAt: null,
  accessEndsAt: null,
  redeemMode: null,
};

const counts = { bought: 10, sent: 8, redeemed: 6, expired: 1, redemptionRate: 0.75, revenue: [{ currency: 'EUR', amount: 99.9 }] };
export const wireAnalytics = {
  totals: counts,
  perOffer: [{ ...counts, offerId: 'S937144802_UA', offerTitle: 'Premium monthly' }],
  perMonth: [{ ...counts, month: '2026-01' }],
};

export const CSV = 'status,recipientEmail,offer,code,createdAt,validity\nstandby,friend@example.com,Premium monthly,ABCD-2345,2026-01-01,1 month\n';
export const csvResponse = () => new HttpResponse(CSV, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

/** Every `GiftsApi` method: how to call it, where it goes, what a good answer looks like. */
export interface MethodCase {
  name: keyof GiftsApi;
  verb: 'get' | 'post' | 'patch';
  path: string;
  /** GETs and writes carrying an idempotency key: retried on 502/503/504, 429 and dropped answers. */
  retried: boolean;
  call: (api: GiftsApi, signal?: AbortSignal) => Promise<unknown>;
  ok: () => Response;
}

export const METHOD_CASES: MethodCase[] = [
  { name: 'getOffer', verb: 'get', path: '/v2/offers/S1', retried: true, call: (api, signal) => api.getOffer('S1', { signal }), ok: () => ok(wireOffer) },
  { name: 'listOffers', verb: 'get', path: '/v2/offers', retried: true, call: (api, signal) => api.listOffers({ signal }), ok: () => ok([wireOffer]) },
  {
    name: 'createOrder',
    verb: 'post',
    path: '/orders',
    retried: true,
    call: (api, signal) => api.createOrder({ offerId: 'S1', buyAsAGift: true }, { signal }),
    ok: () => ok(wireOrder),
  },
  {
    name: 'updateOrder',
    verb: 'patch',
    path: '/orders/912345',
    retried: false,
    call: (api, signal) => api.updateOrder('912345', { couponCode: 'SPRING' }, { signal }),
    ok: () => ok(wireOrder),
  },
  {
    name: 'payOrder',
    verb: 'post',
    path: '/payments',
    retried: true,
    call: (api, signal) => api.payOrder({ orderId: '912345', paymentMethod: { type: 'card', token: 'tok_visa' }, idempotencyKey: 'pay-1' }, { signal }),
    ok: () => ok(wirePayment),
  },
  {
    name: 'listTransactions',
    verb: 'get',
    path: '/customers/42/transactions',
    retried: true,
    call: (api, signal) => api.listTransactions({ limit: 10, offset: 0 }, { signal }),
    ok: () => ok({ items: [wireTransaction], totalCount: 1 }),
  },
  {
    name: 'listSubscriptions',
    verb: 'get',
    path: '/customers/42/subscriptions',
    retried: true,
    call: (api, signal) => api.listSubscriptions({ signal }),
    ok: () => ok({ items: [wireSubscription] }),
  },
  {
    name: 'switchSubscription',
    verb: 'post',
    path: '/customers/42/subscription_switches/8001',
    retried: false,
    call: (api, signal) => api.switchSubscription('8001', 'S2', { signal }),
    ok: () => ok(wireSwitch),
  },
  {
    name: 'requestRefund',
    verb: 'post',
    path: '/customers/42/refunds',
    retried: false,
    call: (api, signal) => api.requestRefund('T1', { signal }),
    ok: () => ok(wireRefund),
  },
  { name: 'getGift', verb: 'get', path: '/gifts/205196449', retried: true, call: (api, signal) => api.getGift('205196449', { signal }), ok: () => ok(wireGift) },
  {
    name: 'updateGift',
    verb: 'patch',
    path: '/gifts/205196449',
    retried: false,
    call: (api, signal) => api.updateGift('205196449', wireDelivery, { signal }),
    ok: () => ok(wireGift),
  },
  {
    name: 'verifyGift',
    verb: 'get',
    path: '/gifts/verification/ABCD-2345',
    retried: true,
    call: (api, signal) => api.verifyGift('ABCD-2345', { signal }),
    ok: () => ok(wireVerification),
  },
  {
    name: 'redeemGift',
    verb: 'post',
    path: '/gifts/redeem/ABCD-2345',
    retried: true,
    call: (api, signal) => api.redeemGift('ABCD-2345', { idempotencyKey: 'redeem-1', signal }),
    ok: () => ok(wireRedemption),
  },
  {
    name: 'listReceivedGifts',
    verb: 'get',
    path: '/customers/42/received_gifts',
    retried: true,
    call: (api, signal) => api.listReceivedGifts({ signal }),
    ok: () => ok([wireReceivedGift]),
  },
  {
    name: 'searchGifts',
    verb: 'get',
    path: '/gifts',
    retried: true,
    call: (api, signal) => api.searchGifts({ status: ['standby'], limit: 25, offset: 0 }, { signal }),
    ok: () => ok({ items: [wireGift], totalCount: 1 }),
  },
  { name: 'giftReport', verb: 'get', path: '/gifts/report', retried: true, call: (api, signal) => api.giftReport({ status: ['expired'] }, { signal }), ok: csvResponse },
  {
    name: 'giftAnalytics',
    verb: 'get',
    path: '/gifts/analytics',
    retried: true,
    call: (api, signal) => api.giftAnalytics({ offerId: ['S1'] }, { signal }),
    ok: () => ok(wireAnalytics),
  },
];
