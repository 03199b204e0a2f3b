/** What each method sends (method, path, headers, body) and what it makes of the answer. */
import { describe, expect, it } from 'vitest';
import {
  CSV,
  TOKEN,
  client,
  csvResponse,
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
