/**
 * The client call by call: what each method sends (method, path, headers, body) and makes of
 * the answer; then the behaviour around the requests — tokens and the customer id, 401 and
 * onUnauthorized, idempotency keys across retries, back-off and Retry-After, a host's own axios.
 * (One file: Vitest starts a fresh worker per file, and MSW's import is not free.)
 */
import axios from 'axios';
import { HttpResponse, delay, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_RETRY, DEFAULT_TIMEOUT_MS, createHttpGiftsClient } from '../src/index';
import {
  BASE,
  CSV,
  TOKEN,
  client,
  csvResponse,
  fail,
  makeJwt,
  ok,
  rejection,
  sequence,
  useServer,
  wireAnalytics,
  wireDelivery,
  wireGift,
  wireOffer,
  wireOrder,
  wirePayment,
  wireReceivedGift,
  wireRedemption,
  wireRefund,
  wireSubscription,
  wireSwitch,
  wireTransaction,
  wireVerification,
} from './support';

const server = useServer();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function expect1(requests: ReturnType<typeof sequence>['requests']) {
  expect(requests).toHaveLength(1);
  const request = requests[0]!;
  expect(request.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  return request;
}

describe('offers', () => {
  it('getOffer: GET /v2/offers/{offerId}, id URL-encoded', async () => {
    const { handler, requests } = sequence('get', '/v2/offers/*', () => ok({ ...wireOffer, id: 7 }));
    server.use(handler);
    const offer = await client().api.getOffer('S1/x y');
    const request = expect1(requests);
    expect(request.method).toBe('GET');
    expect(request.url.pathname).toBe('/v2/offers/S1%2Fx%20y');
    expect(request.headers.get('accept')).toBe('application/json');
    expect(request.headers.get('idempotency-key')).toBeNull();
    expect(request.body).toBeUndefined();
    expect(offer).toEqual({ ...wireOffer, id: '7' });
  });

  it('listOffers: GET /v2/offers, as an array or a Cleeng { items } page', async () => {
    const { handler, requests } = sequence('get', '/v2/offers', () => ok([wireOffer]), () => ok({ items: [wireOffer, wireOffer], totalCount: 2 }));
    server.use(handler);
    const { api } = client();
    expect(await api.listOffers()).toEqual([wireOffer]);
    expect(await api.listOffers()).toHaveLength(2);
    expect(requests[0]!.url.search).toBe('');
  });

  it('fills in what the wire may leave out (nullable billing cycle, description)', async () => {
    const { handler } = sequence('get', '/v2/offers/P1', () => ok({ ...wireOffer, id: 'P1', type: 'pass', billingCycle: undefined, description: null }));
    server.use(handler);
    expect(await client().api.getOffer('P1')).toMatchObject({ id: 'P1', type: 'pass', billingCycle: null, description: '' });
  });
});

describe('orders and payments', () => {
  it('createOrder: POST /orders with the customer, paymentMethodId 0 and a generated Idempotency-Key', async () => {
    const { handler, requests } = sequence('post', '/orders', () => ok(wireOrder));
    server.use(handler);
    const order = await client().api.createOrder({ offerId: 'S937144802_UA', buyAsAGift: true });
    const request = expect1(requests);
    expect(request.headers.get('content-type')).toMatch(/^application\/json/);
    expect(request.headers.get('idempotency-key')).toMatch(UUID);
    expect(request.body).toEqual({ offerId: 'S937144802_UA', customerId: 42, paymentMethodId: 0, buyAsAGift: true });
    expect(order).toMatchObject({ id: '912345', customerId: '42', couponCode: null, deliveryDetails: wireDelivery });
  });

  it('createOrder: uses the caller’s key and a fresh one per call otherwise', async () => {
    const { handler, requests } = sequence('post', '/orders', () => ok(wireOrder));
    server.use(handler);
    const { api } = client();
    await api.createOrder({ offerId: 'S1', buyAsAGift: false }, { idempotencyKey: 'order-attempt-1' });
    await api.createOrder({ offerId: 'S1', buyAsAGift: false });
    await api.createOrder({ offerId: 'S1', buyAsAGift: false });
    const keys = requests.map((r) => r.headers.get('idempotency-key'));
    expect(keys[0]).toBe('order-attempt-1');
    expect(keys[1]).toMatch(UUID);
    expect(keys[2]).toMatch(UUID);
    expect(keys[1]).not.toBe(keys[2]);
  });

  it('createOrder: takes customerId from the options over the JWT', async () => {
    const { handler, requests } = sequence('post', '/orders', () => ok(wireOrder));
    server.use(handler);
    await client({ customerId: 'C-7' }).api.createOrder({ offerId: 'S1', buyAsAGift: false });
    expect(requests[0]!.body).toMatchObject({ customerId: 'C-7' });
  });

  it('updateOrder: PATCH /orders/{orderId} with only the given fields; couponCode null removes the code', async () => {
    const { handler, requests } = sequence('patch', '/orders/912345', () => ok(wireOrder));
    server.use(handler);
    const { api } = client();
    await api.updateOrder('912345', { couponCode: null });
    await api.updateOrder('912345', { buyAsAGift: true, deliveryDetails: { ...wireDelivery, timeZone: 'Europe/Warsaw' }, couponCode: 'SPRING' });
    expect(requests[0]!.body).toEqual({ couponCode: null });
    expect(requests[1]!.body).toEqual({ buyAsAGift: true, deliveryDetails: { ...wireDelivery, timeZone: 'Europe/Warsaw' }, couponCode: 'SPRING' });
    expect(requests[1]!.headers.get('idempotency-key')).toBeNull();
  });

  it('payOrder: POST /payments with the caller’s Idempotency-Key', async () => {
    const { handler, requests } = sequence('post', '/payments', () => ok(wirePayment));
    server.use(handler);
    const payment = await client().api.payOrder({ orderId: '912345', paymentMethod: { type: 'card', token: 'tok_visa' }, idempotencyKey: 'pay-attempt-1' });
    const request = expect1(requests);
    expect(request.headers.get('idempotency-key')).toBe('pay-attempt-1');
    expect(request.body).toEqual({ orderId: '912345', paymentMethod: { type: 'card', token: 'tok_visa' } });
    expect(payment).toEqual({ id: '555', orderId: '912345', status: 'succeeded', transactionId: 'T1', giftId: '205196449' });
  });

  it('payOrder: a challenge step comes back as requires_action', async () => {
    const { handler } = sequence('post', '/payments', () =>
      ok({ ...wirePayment, status: 'requires_action', transactionId: null, giftId: null, action: { type: 'challenge', challengeId: 'ch_1' } }),
    );
    server.use(handler);
    const payment = await client().api.payOrder({ orderId: '912345', paymentMethod: { type: 'card', token: 't' }, idempotencyKey: 'k' });
    expect(payment).toMatchObject({ status: 'requires_action', transactionId: null, action: { type: 'challenge', challengeId: 'ch_1' } });
  });
});

describe('customer', () => {
  it('listTransactions: GET /customers/{customerId}/transactions?limit=&offset=', async () => {
    const { handler, requests } = sequence('get', '/customers/42/transactions', () => ok({ items: [wireTransaction], totalCount: 31 }));
    server.use(handler);
    const page = await client().api.listTransactions({ limit: 10, offset: 20 });
    expect(expect1(requests).url.search).toBe('?limit=10&offset=20');
    expect(page).toEqual({ items: [{ ...wireTransaction, targetId: '205196449' }], totalCount: 31 });
  });

  it('listSubscriptions: GET /customers/{customerId}/subscriptions', async () => {
    const { handler, requests } = sequence('get', '/customers/42/subscriptions', () => ok({ items: [wireSubscription], totalCount: 1 }));
    server.use(handler);
    const subscriptions = await client().api.listSubscriptions();
    expect1(requests);
    expect(subscriptions).toEqual([{ ...wireSubscription, subscriptionId: '8001' }]);
  });

  it('switchSubscription: POST /customers/{customerId}/subscription_switches/{subscriptionId} with { toOfferId }', async () => {
    const { handler, requests } = sequence('post', '/customers/42/subscription_switches/8001', () => ok(wireSwitch));
    server.use(handler);
    const result = await client().api.switchSubscription('8001', 'S2');
    expect(expect1(requests).body).toEqual({ toOfferId: 'S2' });
    expect(result).toEqual({ ...wireSwitch, subscriptionId: '8001' });
  });

  it('switchSubscription: Cleeng’s gift message without a code is SUBSCRIPTION_SWITCH_BLOCKED', async () => {
    const { handler } = sequence('post', '/customers/42/subscription_switches/8001', () =>
      Response.json({ responseData: {}, errors: ['Subscription created/extended by gift can not be switched.'] }, { status: 422 }),
    );
    server.use(handler);
    const error = await rejection(client().api.switchSubscription('8001', 'S2'));
    expect(error).toMatchObject({ code: 'SUBSCRIPTION_SWITCH_BLOCKED', status: 422, retryable: false });
  });

  it('requestRefund: POST /customers/{customerId}/refunds with { transactionId }', async () => {
    const { handler, requests } = sequence('post', '/customers/42/refunds', () => ok(wireRefund));
    server.use(handler);
    expect(await client().api.requestRefund('T1')).toEqual(wireRefund);
    expect(expect1(requests).body).toEqual({ transactionId: 'T1' });
  });

  it('requestRefund: a refund-of-gift message without a code is REFUND_NOT_ALLOWED', async () => {
    const { handler } = sequence('post', '/customers/42/refunds', () =>
      Response.json({ responseData: {}, errors: ['Refund is not possible for an offer purchased as a gift'] }, { status: 400 }),
    );
    server.use(handler);
    expect(await rejection(client().api.requestRefund('T1'))).toMatchObject({ code: 'REFUND_NOT_ALLOWED', status: 400 });
  });

  it('listReceivedGifts: GET /customers/{customerId}/received_gifts', async () => {
    const { handler, requests } = sequence('get', '/customers/42/received_gifts', () => ok([wireReceivedGift]));
    server.use(handler);
    expect(await client().api.listReceivedGifts()).toEqual([{ ...wireReceivedGift, giftId: '205196449' }]);
    expect1(requests);
  });
});

describe('gifts', () => {
  it('getGift: GET /gifts/{giftId}', async () => {
    const { handler, requests } = sequence('get', '/gifts/205196449', () => ok(wireGift));
    server.use(handler);
    const gift = await client().api.getGift('205196449');
    expect1(requests);
    expect(gift).toMatchObject({ id: '205196449', code: 'ABCD-2345', sentAt: null, redeemedAt: null, deliveryDetails: wireDelivery });
  });

  it('updateGift: PATCH /gifts/{giftId} with every delivery field, always', async () => {
    const { handler, requests } = sequence('patch', '/gifts/205196449', () => ok(wireGift));
    server.use(handler);
    await client().api.updateGift('205196449', { ...wireDelivery, personalNote: '' });
    expect(expect1(requests).body).toEqual({ deliveryDetails: { ...wireDelivery, personalNote: '' } });
  });

  it('verifyGift: GET /gifts/verification/{code}, code URL-encoded', async () => {
    const { handler, requests } = sequence('get', '/gifts/verification/*', () => ok(wireVerification));
    server.use(handler);
    const verification = await client().api.verifyGift('AB?C#D');
    expect(expect1(requests).url.pathname).toBe('/gifts/verification/AB%3FC%23D');
    expect(verification).toEqual({ ...wireVerification, extendedSubscriptionId: '8001' });
  });

  it('verifyGift: a refusal comes back with its reason and nulls', async () => {
    const { handler } = sequence('get', '/gifts/verification/ABCD-2345', () =>
      ok({ redeemable: false, redeemMode: null, redeemRefusalReason: 'EXPIRED', offerId: null, extendedSubscriptionId: null }),
    );
    server.use(handler);
    expect(await client().api.verifyGift('ABCD-2345')).toMatchObject({ redeemable: false, redeemRefusalReason: 'EXPIRED', offerId: null });
  });

  it('redeemGift: POST /gifts/redeem/{code} with the caller’s Idempotency-Key and no body', async () => {
    const { handler, requests } = sequence('post', '/gifts/redeem/ABCD-2345', () => ok(wireRedemption));
    server.use(handler);
    const redemption = await client().api.redeemGift('ABCD-2345', { idempotencyKey: 'redeem-attempt-1' });
    const request = expect1(requests);
    expect(request.headers.get('idempotency-key')).toBe('redeem-attempt-1');
    expect(request.body).toBeUndefined();
    expect(redemption).toEqual({ ...wireRedemption, giftId: '205196449', subscriptionId: '8002' });
  });
});

describe('operator', () => {
  it('searchGifts: GET /gifts with arrays comma-separated and undefined left out', async () => {
    const { handler, requests } = sequence('get', '/gifts', () => ok({ items: [wireGift], totalCount: 1 }));
    server.use(handler);
    const page = await client().api.searchGifts({
      q: 'anna@example.com',
      status: ['standby', 'expired'],
      offerId: ['S1', 'S2'],
      period: [1, 12],
      createdFrom: 1_767_000_000,
      createdTo: undefined,
      sort: '-createdAt',
      limit: 25,
      offset: 50,
    });
    expect(expect1(requests).url.search).toBe(
      '?q=anna%40example.com&status=standby,expired&offerId=S1,S2&period=1,12&createdFrom=1767000000&sort=-createdAt&limit=25&offset=50',
    );
    expect(page.items[0]!.id).toBe('205196449');
    expect(page.totalCount).toBe(1);
  });

  it('searchGifts: an empty query sends no query string', async () => {
    const { handler, requests } = sequence('get', '/gifts', () => ok({ items: [], totalCount: 0 }));
    server.use(handler);
    expect(await client().api.searchGifts({ status: [] })).toEqual({ items: [], totalCount: 0 });
    expect(requests[0]!.url.search).toBe('');
  });

  it('giftReport: GET /gifts/report asking for text/csv, answered as text', async () => {
    const { handler, requests } = sequence('get', '/gifts/report', csvResponse);
    server.use(handler);
    const csv = await client().api.giftReport({ status: ['expired'], createdFrom: 1_767_000_000 });
    const request = expect1(requests);
    expect(request.headers.get('accept')).toBe('text/csv');
    expect(request.url.search).toBe('?status=expired&createdFrom=1767000000');
    expect(csv).toBe(CSV);
  });

  it('giftAnalytics: GET /gifts/analytics', async () => {
    const { handler, requests } = sequence('get', '/gifts/analytics', () => ok(wireAnalytics));
    server.use(handler);
    const analytics = await client().api.giftAnalytics({ offerId: ['S1'], createdFrom: 1, createdTo: 2 });
    expect(expect1(requests).url.search).toBe('?offerId=S1&createdFrom=1&createdTo=2');
    expect(analytics).toEqual(wireAnalytics);
  });
});

describe('response validation', () => {
  it('rejects milliseconds where Unix seconds belong', async () => {
    const { handler } = sequence('get', '/gifts/205196449', () => ok({ ...wireGift, createdAt: 1_767_000_000_000 }));
    server.use(handler);
    const error = await rejection(client().api.getGift('205196449'));
    expect(error.code).toBe('BAD_RESPONSE');
    expect(error.message).toMatch(/responseData\.createdAt: expected Unix seconds/);
  });

  it('rejects an unknown enum value and names the field', async () => {
    const { handler } = sequence('get', '/v2/offers/S1', () => ok({ ...wireOffer, type: 'bundle' }));
    server.use(handler);
    const error = await rejection(client().api.getOffer('S1'));
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', status: 200 });
    expect(error.message).toMatch(/responseData\.type/);
  });

  it('rejects a 200 with an empty body', async () => {
    const { handler } = sequence('get', '/v2/offers', () => new Response(null, { status: 200 }));
    server.use(handler);
    expect(await rejection(client().api.listOffers())).toMatchObject({ code: 'BAD_RESPONSE', message: expect.stringMatching(/body is empty/) as unknown });
  });

  it('drops keys it does not know, so a newer platform does not break older components', async () => {
    const { handler } = sequence('get', '/v2/offers/S1', () => ok({ ...wireOffer, loyaltyPoints: 12 }));
    server.use(handler);
    expect(await client().api.getOffer('S1')).not.toHaveProperty('loyaltyPoints');
  });
});

describe('Authorization header', () => {
  it('sends the token from an async getToken as Bearer', async () => {
    const { handler, requests } = sequence('get', '/v2/offers', () => ok([wireOffer]));
    server.use(handler);
    await client({ getToken: () => Promise.resolve('opaque-token') }).api.listOffers();
    expect(requests[0]!.headers.get('authorization')).toBe('Bearer opaque-token');
  });

  it('sends no Authorization header when there is no token (anonymous catalogue)', async () => {
    const { handler, requests } = sequence('get', '/v2/offers', () => ok([wireOffer]));
    server.use(handler);
    await client({ getToken: () => null }).api.listOffers();
    expect(requests[0]!.headers.has('authorization')).toBe(false);
  });

  it('asks getToken before every request, so a refreshed token is used at once', async () => {
    const { handler, requests } = sequence('get', '/v2/offers', () => ok([wireOffer]));
    server.use(handler);
    let n = 0;
    const { api } = client({ getToken: () => `token-${++n}` });
    await api.listOffers();
    await api.listOffers();
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('turns a throwing getToken into UNAUTHORIZED without sending anything', async () => {
    const { handler, requests } = sequence('get', '/v2/offers', () => ok([wireOffer]));
    server.use(handler);
    const error = await rejection(
      client({
        getToken: () => {
          throw new Error('session store unavailable');
        },
      }).api.listOffers(),
    );
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', status: 0, retryable: false });
    expect(requests).toHaveLength(0);
  });
});

describe('customerId', () => {
  it('comes from the JWT claim when not given (number or string claim)', async () => {
    const { handler, requests } = sequence('get', '/customers/:id/subscriptions', () => ok([wireSubscription]));
    server.use(handler);
    await client({ getToken: () => makeJwt({ customerId: 987 }) }).api.listSubscriptions();
    await client({ getToken: () => makeJwt({ customerId: 'cus_Ä/1', name: 'Zoë' }) }).api.listSubscriptions();
    expect(requests.map((r) => r.url.pathname)).toEqual(['/customers/987/subscriptions', '/customers/cus_%C3%84%2F1/subscriptions']);
  });

  it('prefers the option over the claim', async () => {
    const { handler, requests } = sequence('get', '/customers/:id/subscriptions', () => ok([wireSubscription]));
    server.use(handler);
    await client({ customerId: 7 }).api.listSubscriptions();
    expect(requests[0]!.url.pathname).toBe('/customers/7/subscriptions');
  });

  it('keeps the claim’s number type in the POST /orders body', async () => {
    const { handler, requests } = sequence('post', '/orders', () => ok(wireOrder));
    server.use(handler);
    await client().api.createOrder({ offerId: 'S1', buyAsAGift: true });
    expect(requests[0]!.body).toMatchObject({ customerId: 42 });
  });

  it.each([
    ['a token without the claim', () => makeJwt({ sub: 'x' })],
    ['an opaque token', () => 'not-a-jwt'],
    ['a broken JWT payload', () => 'a.%%%.c'],
    ['no token', () => ''],
  ])('fails with UNAUTHORIZED (no request) for a customer path given %s', async (_label, getToken) => {
    const { handler, requests } = sequence('get', '/customers/:id/subscriptions', () => ok([]));
    server.use(handler);
    const error = await rejection(client({ getToken }).api.listSubscriptions());
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', status: 0, retryable: false });
    expect(error.message).toMatch(/customerId/);
    expect(requests).toHaveLength(0);
  });

  it('fails createOrder the same way (the body needs the customer)', async () => {
    const { handler, requests } = sequence('post', '/orders', () => ok(wireOrder));
    server.use(handler);
    expect(await rejection(client({ getToken: () => 'opaque' }).api.createOrder({ offerId: 'S1', buyAsAGift: true }))).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(requests).toHaveLength(0);
  });
});

describe('401', () => {
  it('without onUnauthorized fails at once with UNAUTHORIZED', async () => {
    const { handler, requests } = sequence('get', '/v2/offers', () => fail(401, 'Invalid JWT'));
    server.use(handler);
    const error = await rejection(client().api.listOffers());
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', status: 401, message: 'Invalid JWT' });
    expect(requests).toHaveLength(1);
  });

  it('never puts the token in the error', async () => {
    const { handler } = sequence('get', '/v2/offers', () => new HttpResponse(null, { status: 401 }));
    server.use(handler);
    const error = await rejection(client().api.listOffers());
    expect(JSON.stringify(error.toJSON())).not.toContain(TOKEN);
    expect(error.cause).toBeUndefined();
  });

  it('shares one onUnauthorized between concurrent calls', async () => {
    let token = 'old';
    const onUnauthorized = vi.fn(async () => {
      await delay(10);
      token = 'new';
    });
    const requests: Array<string | null> = [];
    server.use(
      http.get(`${BASE}/v2/offers`, ({ request }) => {
        const authorization = request.headers.get('authorization');
        requests.push(authorization);
        return authorization === 'Bearer new' ? ok([wireOffer]) : fail(401, 'expired');
      }),
    );
    const { api } = client({ getToken: () => token, onUnauthorized });
    await expect(Promise.all([api.listOffers(), api.listOffers(), api.listOffers()])).resolves.toHaveLength(3);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(requests.filter((r) => r === 'Bearer new')).toHaveLength(3);
  });

  it('fails with UNAUTHORIZED when onUnauthorized throws, keeping its error as the cause', async () => {
    const { handler, requests } = sequence('get', '/v2/offers', () => fail(401, 'expired'));
    server.use(handler);
    const refreshError = new Error('refresh token revoked');
    const error = await rejection(client({ onUnauthorized: () => Promise.reject(refreshError) }).api.listOffers());
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', status: 401 });
    expect(error.message).toMatch(/onUnauthorized failed/);
    expect(error.cause).toBe(refreshError);
    expect(requests).toHaveLength(1);
  });

  it('stops waiting for onUnauthorized when the caller aborts', async () => {
    server.use(sequence('get', '/v2/offers', () => fail(401, 'expired')).handler);
    const controller = new AbortController();
    const onUnauthorized = () => {
      controller.abort();
      return new Promise<void>(() => undefined);
    };
    const error = await rejection(client({ onUnauthorized }).api.listOffers({ signal: controller.signal }));
    expect(error).toMatchObject({ code: 'NETWORK', reason: 'ABORTED' });
  });
});

it('refuses to start without baseURL or getToken', () => {
  expect(() => createHttpGiftsClient({ baseURL: '', getToken: () => TOKEN })).toThrow(TypeError);
  expect(() => createHttpGiftsClient({ baseURL: BASE } as unknown as Parameters<typeof createHttpGiftsClient>[0])).toThrow(/getToken/);
});

const pay = { orderId: '912345', paymentMethod: { type: 'card' as const, token: 'tok_visa' }, idempotencyKey: 'pay-attempt-1' };

describe('idempotency', () => {
  it('payOrder: a double call after a dropped answer sends the same key both times', async () => {
    const { handler, requests } = sequence('post', '/payments', () => HttpResponse.error(), () => ok(wirePayment));
    server.use(handler);
    // Retries off: the caller (a double click, a "try again" button) repeats the call itself.
    const { api } = client({ retry: { retries: 0 } });
    expect(await rejection(api.payOrder(pay))).toMatchObject({ code: 'NETWORK', retryable: true });
    await expect(api.payOrder(pay)).resolves.toMatchObject({ status: 'succeeded' });
    expect(requests.map((r) => r.headers.get('idempotency-key'))).toEqual(['pay-attempt-1', 'pay-attempt-1']);
    expect(requests[0]!.body).toEqual(requests[1]!.body);
  });

  it('payOrder: the automatic retry after a dropped answer carries the same key', async () => {
    const { handler, requests } = sequence('post', '/payments', () => HttpResponse.error(), () => ok(wirePayment));
    server.use(handler);
    await expect(client().api.payOrder(pay)).resolves.toMatchObject({ id: '555' });
    expect(requests.map((r) => r.headers.get('idempotency-key'))).toEqual(['pay-attempt-1', 'pay-attempt-1']);
  });

  it('createOrder: the generated key is reused by the retries of one call', async () => {
    const { handler, requests } = sequence('post', '/orders', () => fail(503, 'busy'), () => HttpResponse.error(), () => ok(wireOrder));
    server.use(handler);
    await client().api.createOrder({ offerId: 'S1', buyAsAGift: true });
    const keys = requests.map((r) => r.headers.get('idempotency-key'));
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
  });

  it('redeemGift: retried on 502 with the caller’s key', async () => {
    const { handler, requests } = sequence('post', '/gifts/redeem/ABCD-2345', () => fail(502, 'bad gateway'), () => ok(wireRedemption));
    server.use(handler);
    await client().api.redeemGift('ABCD-2345', { idempotencyKey: 'redeem-1' });
    expect(requests.map((r) => r.headers.get('idempotency-key'))).toEqual(['redeem-1', 'redeem-1']);
  });
});

describe('retries and back-off', () => {
  it('waits for a Retry-After given as an HTTP date', async () => {
    const at = new Date(Date.now() + 3000).toUTCString();
    const { handler } = sequence('get', '/v2/offers', () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': at } }), () => ok([wireOffer]));
    server.use(handler);
    const { api, waits } = client();
    await api.listOffers();
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(1000);
    expect(waits[0]).toBeLessThanOrEqual(3000);
  });

  it('does not wait for a Retry-After beyond maxDelayMs: RATE_LIMITED with retryAfter at once', async () => {
    const { handler, requests } = sequence('get', '/v2/offers', () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } }));
    server.use(handler);
    const { api, waits } = client();
    expect(await rejection(api.listOffers())).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 120, status: 429 });
    expect(requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('backs off on 429 without Retry-After too', async () => {
    const { handler, requests } = sequence('get', '/v2/offers', () => fail(429, 'slow down'), () => ok([wireOffer]));
    server.use(handler);
    const { api, waits } = client();
    await api.listOffers();
    expect(requests).toHaveLength(2);
    expect(waits).toHaveLength(1);
  });

  it('retries: 0 turns retries off', async () => {
    const { handler, requests } = sequence('get', '/v2/offers', () => fail(503, 'busy'));
    server.use(handler);
    expect(await rejection(client({ retry: { retries: 0 } }).api.listOffers())).toMatchObject({ code: 'UNKNOWN', status: 503 });
    expect(requests).toHaveLength(1);
  });

  it('really waits with the default wait (tiny delays)', async () => {
    const { handler, requests } = sequence('get', '/v2/offers', () => fail(503, 'busy'), () => ok([wireOffer]));
    server.use(handler);
    const api = createHttpGiftsClient({ baseURL: BASE, getToken: () => TOKEN, retry: { baseDelayMs: 20 } });
    const started = performance.now();
    await api.listOffers();
    expect(performance.now() - started).toBeGreaterThanOrEqual(9);
    expect(requests).toHaveLength(2);
  });

  it('stops waiting between attempts when the caller aborts', async () => {
    const { handler, requests } = sequence('get', '/v2/offers', () => fail(503, 'busy'));
    server.use(handler);
    const api = createHttpGiftsClient({ baseURL: BASE, getToken: () => TOKEN, retry: { baseDelayMs: 5000 } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const started = performance.now();
    expect(await rejection(api.listOffers({ signal: controller.signal }))).toMatchObject({ code: 'NETWORK', reason: 'ABORTED' });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(requests).toHaveLength(1);
  });

  it('has the documented defaults', () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(15_000);
    expect(DEFAULT_RETRY).toEqual({ retries: 2, baseDelayMs: 200, maxDelayMs: 10_000 });
  });
});

describe('bring your own axios', () => {
  it('runs the host’s interceptors and leaves the instance as it was', async () => {
    const instance = axios.create({ headers: { 'X-Host-App': 'tv-site' } });
    instance.interceptors.request.use((config) => {
      config.headers.set('X-Trace', 'abc');
      return config;
    });
    const defaultsBefore = JSON.stringify(instance.defaults.headers);
    const { handler, requests } = sequence('get', '/v2/offers', () => ok([wireOffer]));
    server.use(handler);
    await client({ axios: instance }).api.listOffers();
    expect(requests[0]!.headers.get('x-host-app')).toBe('tv-site');
    expect(requests[0]!.headers.get('x-trace')).toBe('abc');
    expect(requests[0]!.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(JSON.stringify(instance.defaults.headers)).toBe(defaultsBefore);
    expect(instance.defaults.baseURL).toBeUndefined();
  });

  it('turns the instance’s own timeout into TIMEOUT', async () => {
    server.use(
      sequence('get', '/v2/offers', async () => {
        await delay(200);
        return ok([wireOffer]);
      }).handler,
    );
    const error = await rejection(client({ axios: axios.create({ timeout: 10 }), timeoutMs: 0 }).api.listOffers());
    expect(error).toMatchObject({ code: 'TIMEOUT' });
  });

  it('turns an interceptor’s throw into a GiftsApiError', async () => {
    const instance = axios.create();
    instance.interceptors.request.use(() => {
      throw new Error('host interceptor broke');
    });
    const error = await rejection(client({ axios: instance }).api.listOffers());
    expect(error).toMatchObject({ code: 'UNKNOWN', status: 0, message: 'GET /v2/offers failed: host interceptor broke' });
  });

  it('lets the host’s response interceptors see error statuses', async () => {
    const instance = axios.create();
    const seen: number[] = [];
    instance.interceptors.response.use(undefined, (error: Error) => {
      if (axios.isAxiosError(error) && error.response) seen.push(error.response.status);
      return Promise.reject(error);
    });
    server.use(sequence('get', '/gifts/1', () => fail(404, 'Gift not found')).handler);
    expect(await rejection(client({ axios: instance }).api.getGift('1'))).toMatchObject({ code: 'NOT_FOUND', message: 'Gift not found' });
    expect(seen).toEqual([404]);
  });

  it('appends paths to a baseURL with a path prefix and a trailing slash', async () => {
    const { handler, requests } = sequence('get', '/api/v2/offers', () => ok([wireOffer]));
    server.use(handler);
    await client({ baseURL: `${BASE}/api/` }).api.listOffers();
    expect(requests[0]!.url.pathname).toBe('/api/v2/offers');
  });
});
