/**
 * The wire contract (WIRE.md) as one suite, run against every way the simulated platform is
 * served: MSW intercepting `fetch` in Node, and the socket server. Each target gets a fresh
 * seeded platform per test.
 */
import { REFUND_BLOCKED_MESSAGE, SWITCH_BLOCKED_MESSAGE } from '@giftkit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlatform, createSessionToken, seed, type Platform } from '../src';
import { payload as data, wireClient, type FetchLike, type WireCall } from './wireClient';
import { wireStoryCases } from './wireStories';

export interface WireTarget {
  baseUrl: string;
  fetch: FetchLike;
  stop(): Promise<void>;
}

const c = seed.customers;
const o = seed.offers;
const token = (customerId: string) => createSessionToken(customerId);
const alice = token(c.gifter.id);
const bob = token(c.newRecipient.id);
const operator = token(c.operator.id);

/** A scripted session: every answer, normalised, so two targets can be compared byte for byte. */
export async function transcript(call: WireCall): Promise<string[]> {
  const steps: Array<[string, string, { token?: string; body?: unknown; headers?: Record<string, string> }?]> = [
    ['GET', '/v2/offers'],
    ['GET', `/v2/offers/${o.footballAnnual}`],
    ['GET', '/v2/offers/nope'],
    ['POST', '/orders', { token: alice, body: { offerId: o.footballAnnual, customerId: c.gifter.id, paymentMethodId: 0, buyAsAGift: true } }],
    ['PATCH', '/orders/order_000001', { token: alice, body: { deliveryDetails: { recipientEmail: 'bob.new@example.com', deliveryDate: 1_772_600_400, personalNote: 'Hi' } } }],
    ['PATCH', '/orders/order_000001', { token: alice, body: { couponCode: seed.codes.expired } }],
    ['PATCH', '/orders/order_000001', { token: alice, body: { couponCode: seed.codes.percent20 } }],
    ['POST', '/payments', { token: alice, body: { orderId: 'order_000001', paymentMethod: { type: 'card', token: seed.cards.success } }, headers: { 'Idempotency-Key': 'k1' } }],
    ['GET', `/customers/${c.gifter.id}/transactions?limit=2&offset=0`, { token: alice }],
    ['GET', `/gifts/verification/${seed.giftCodes.readyToRedeem}`, { token: bob }],
    ['POST', `/gifts/redeem/${seed.giftCodes.readyToRedeem}`, { token: bob, headers: { 'Idempotency-Key': 'r1' } }],
    ['GET', `/customers/${c.newRecipient.id}/subscriptions`, { token: bob }],
    ['GET', '/gifts?q=alice&sort=-createdAt&limit=3', { token: operator }],
    ['GET', '/gifts/report?status=standby', { token: operator }],
    ['GET', '/gifts/analytics', { token: operator }],
  ];
  const out: string[] = [];
  for (const [method, path, options] of steps) {
    const answer = await call(method, path, options);
    out.push(`${method} ${path} → ${answer.status} ${answer.headers.get('content-type') ?? ''}\n${answer.text}`);
  }
  return out;
}

export function wireContractSuite(label: string, start: (platform: Platform) => Promise<WireTarget>): void {
  describe(`wire contract: ${label}`, () => {
    let platform: Platform;
    let target: WireTarget;
    let call: WireCall;

    beforeEach(async () => {
      platform = createPlatform();
      target = await start(platform);
      call = wireClient(target.fetch, target.baseUrl);
    });
    afterEach(async () => {
      await target.stop();
    });

    it('answers the catalogue anonymously in the envelope, ids as strings', async () => {
      const list = await call('GET', '/v2/offers');
      expect(list.status).toBe(200);
      expect(list.headers.get('content-type')).toContain('application/json');
      expect(list.json?.errors).toEqual([]);
      const { items } = data<{ items: Array<{ id: unknown; price: unknown }> }>(list);
      expect(items.length).toBe(14);
      expect(items.every((offer) => typeof offer.id === 'string')).toBe(true);
      const offer = await call('GET', `/v2/offers/${encodeURIComponent(o.volleyballAnnual)}`);
      expect(data(offer)).toMatchObject({ id: o.volleyballAnnual, price: { amount: 69.99, currency: 'EUR' }, billingCycle: { periodUnit: 'year', amount: 1 }, giftable: true, active: true });
      const missing = await call('GET', '/v2/offers/nope');
      expect(missing.status).toBe(404);
      expect(missing.json).toEqual({ responseData: { code: 'NOT_FOUND' }, errors: ['Offer not found.'] });
    });

    it('refuses missing and unknown sessions (401), other people’s paths and operator endpoints (403)', async () => {
      const anonymous = await call('GET', `/customers/${c.gifter.id}/transactions`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
      expect(data(anonymous)).toEqual({ code: 'UNAUTHORIZED' });
      expect((await call('GET', `/customers/${c.gifter.id}/transactions`, { token: 'not-a-token' })).status).toBe(401);
      expect((await call('GET', `/customers/${c.gifter.id}/transactions`, { token: token('cus_nobody') })).status).toBe(401);
      const revoked = token(c.gifter.id).replace('simulated', 'revoked');
      platform.revokeToken(revoked);
      expect((await call('GET', `/customers/${c.gifter.id}/subscriptions`, { token: revoked })).status).toBe(401);
      const expired = platform.sessionToken(c.gifter.id, { expiresIn: 60 });
      expect((await call('GET', `/customers/${c.gifter.id}/subscriptions`, { token: expired })).status).toBe(200);
      platform.advanceBy(60);
      expect(data((await call('GET', `/customers/${c.gifter.id}/subscriptions`, { token: expired })))).toEqual({ code: 'UNAUTHORIZED' });
      const someoneElse = await call('GET', `/customers/${c.newRecipient.id}/transactions`, { token: alice });
      expect(someoneElse.status).toBe(403);
      expect(data(someoneElse)).toEqual({ code: 'FORBIDDEN' });
      const notOperator = await call('GET', '/gifts', { token: alice });
      expect([notOperator.status, data(notOperator)]).toEqual([403, { code: 'FORBIDDEN' }]);
      const wrongBody = await call('POST', '/orders', { token: alice, body: { offerId: o.footballAnnual, customerId: c.newRecipient.id, buyAsAGift: true } });
      expect(wrongBody.status).toBe(403);
    });

    it('buys a gift: order, delivery details, coupon, idempotent payment, transaction, hidden code', async () => {
      const created = await call('POST', '/orders', { token: alice, body: { offerId: o.footballAnnual, customerId: c.gifter.id, paymentMethodId: 0, buyAsAGift: true } });
      expect(created.status).toBe(200);
      const order = data<{ id: string; totalPrice: number }>(created);
      expect(order).toMatchObject({ offerId: o.footballAnnual, customerId: c.gifter.id, buyAsAGift: true, couponCode: null, totalPrice: 99.99, requiredPaymentDetails: true });

      const badEmail = await call('PATCH', `/orders/${order.id}`, { token: alice, body: { deliveryDetails: { recipientEmail: 'bob@', deliveryDate: platform.now() + 86_400, personalNote: '' } } });
      expect([badEmail.status, data(badEmail)]).toEqual([400, { code: 'VALIDATION', field: 'recipientEmail', reason: 'INVALID_EMAIL' }]);
      const past = await call('PATCH', `/orders/${order.id}`, { token: alice, body: { deliveryDetails: { recipientEmail: 'bob@example.com', deliveryDate: platform.now() - 7200, personalNote: '' } } });
      expect(data(past)).toEqual({ code: 'VALIDATION', field: 'deliveryDate', reason: 'IN_PAST' });
      const tooLong = await call('PATCH', `/orders/${order.id}`, { token: alice, body: { deliveryDetails: { recipientEmail: 'bob@example.com', deliveryDate: platform.now() + 86_400, personalNote: 'x'.repeat(256) } } });
      expect(data(tooLong)).toEqual({ code: 'VALIDATION', field: 'personalNote', reason: 'TOO_LONG' });
      const deliveryDate = Math.ceil(platform.now() / 3600) * 3600 + 86_400;
      const withDetails = await call('PATCH', `/orders/${order.id}`, { token: alice, body: { deliveryDetails: { recipientEmail: 'bob.new@example.com', deliveryDate, personalNote: 'Hi' } } });
      expect(data(withDetails)).toMatchObject({ deliveryDetails: { recipientEmail: 'bob.new@example.com', deliveryDate, personalNote: 'Hi' } });

      const expired = await call('PATCH', `/orders/${order.id}`, { token: alice, body: { couponCode: seed.codes.expired } });
      expect([expired.status, data(expired)]).toEqual([422, { code: 'COUPON_EXPIRED', field: 'couponCode' }]);
      expect(expired.json?.errors[0]).toMatch(/expired/);
      const coupon = await call('PATCH', `/orders/${order.id}`, { token: alice, body: { couponCode: 'spring20' } });
      expect(data(coupon)).toMatchObject({ couponCode: 'SPRING20', totalPrice: 79.99, discount: { applied: true, type: 'coupon', periods: 1, duration: { kind: 'repeating', months: 3 } } });

      const card = { orderId: order.id, paymentMethod: { type: 'card', token: seed.cards.success } };
      const noKey = await call('POST', '/payments', { token: alice, body: card });
      expect([noKey.status, data(noKey)]).toEqual([400, { code: 'VALIDATION', field: 'Idempotency-Key', reason: 'REQUIRED' }]);
      const paid = await call('POST', '/payments', { token: alice, body: card, headers: { 'Idempotency-Key': 'pay-1' } });
      expect(paid.status).toBe(200);
      const payment = data<{ id: string; giftId: string; transactionId: string }>(paid);
      expect(payment).toMatchObject({ orderId: order.id, status: 'succeeded', action: null });
      const replay = await call('POST', '/payments', { token: alice, body: card, headers: { 'Idempotency-Key': 'pay-1' } });
      expect(data(replay)).toEqual(payment);
      const again = await call('POST', '/payments', { token: alice, body: card, headers: { 'Idempotency-Key': 'pay-2' } });
      expect([again.status, data(again)]).toEqual([409, { code: 'CONFLICT' }]);
      expect(platform.store.payments.size).toBe(1);

      const history = await call('GET', `/customers/${c.gifter.id}/transactions?limit=1&offset=0`, { token: alice });
      const page = data<{ items: unknown[]; totalCount: number }>(history);
      expect(page.items).toEqual([expect.objectContaining({ transactionId: payment.transactionId, targetType: 'giftId', targetId: payment.giftId, totalPrice: 79.99, currency: 'EUR' })]);
      expect(page.totalCount).toBeGreaterThan(1);
      const gift = await call('GET', `/gifts/${payment.giftId}`, { token: alice });
      expect(data(gift)).toMatchObject({ id: payment.giftId, code: null, sentAt: null, redeemedAt: null, status: 'standby', gifterEmail: c.gifter.email, deliveryDetails: { deliveryDate } });
      expect((await call('GET', `/gifts/${payment.giftId}`, { token: bob })).status).toBe(404);
    });

    it('tells the whole gift story over the wire: coupon, delivery within the hour, email link, verify, redeem', async () => {
      const george = token(c.secondGifter.id);
      const order = data<{ id: string }>(await call('POST', '/orders', { token: george, body: { offerId: o.cinemaQuarterly, customerId: c.secondGifter.id, paymentMethodId: 0, buyAsAGift: true } }));
      const deliveryDate = Math.floor(platform.now() / 3600) * 3600 + 2 * 86_400;
      await call('PATCH', `/orders/${order.id}`, { token: george, body: { deliveryDetails: { recipientEmail: c.newRecipient.email, deliveryDate, personalNote: '<script>alert(1)</script> for you' } } });
      const priced = data<{ totalPrice: number; requiredPaymentDetails: boolean }>(await call('PATCH', `/orders/${order.id}`, { token: george, body: { couponCode: seed.codes.free } }));
      expect(priced).toMatchObject({ totalPrice: 0, requiredPaymentDetails: false });
      const payment = data<{ giftId: string }>(await call('POST', '/payments', { token: george, body: { orderId: order.id, paymentMethod: { type: 'free' } }, headers: { 'Idempotency-Key': 'free-1' } }));
      platform.advanceTo(deliveryDate + 59 * 60);
      const email = platform.outbox.to(c.newRecipient.email).find((e) => e.giftId === payment.giftId);
      expect(email?.sentAt).toBe(deliveryDate);
      expect(email?.text).toContain('<script>alert(1)</script> for you');
      const code = new URL(email?.redeemLink ?? '').searchParams.get('giftCode') ?? '';
      expect(data(await call('GET', `/gifts/verification/${code}`, { token: bob }))).toMatchObject({ redeemable: true, redeemMode: 'NEW', offerId: o.cinemaQuarterly });
      const redemption = await call('POST', `/gifts/redeem/${code}`, { token: bob, headers: { 'Idempotency-Key': 'story' } });
      expect(data(redemption)).toMatchObject({ giftId: payment.giftId, redeemMode: 'NEW' });
      expect(data(await call('GET', `/gifts/${payment.giftId}`, { token: george }))).toMatchObject({ status: 'activated', code });
    });

    it('declines, challenges and confirms payments by test card', async () => {
      const order = data<{ id: string }>(await call('POST', '/orders', { token: bob, body: { offerId: o.footballMonthly, buyAsAGift: false } }));
      const pay = (key: string, paymentMethod: Record<string, string>) => call('POST', '/payments', { token: bob, body: { orderId: order.id, paymentMethod }, headers: { 'Idempotency-Key': key } });
      const declined = await pay('d1', { type: 'card', token: seed.cards.decline });
      expect([declined.status, data(declined)]).toEqual([402, { code: 'PAYMENT_DECLINED', reason: 'CARD_DECLINED' }]);
      expect((await pay('d1', { type: 'card', token: seed.cards.decline })).status).toBe(402);
      const poor = await pay('d2', { type: 'card', token: seed.cards.insufficientFunds });
      expect([poor.status, data(poor)]).toEqual([402, { code: 'PAYMENT_DECLINED', reason: 'INSUFFICIENT_FUNDS' }]);
      const challenged = await pay('c1', { type: 'card', token: seed.cards.challenge });
      const pending = data<{ id: string; action: { challengeId: string } }>(challenged);
      expect(pending).toMatchObject({ status: 'requires_action', transactionId: null, action: { type: 'challenge' } });
      const confirmed = await pay('c1', { type: 'card', challengeResponse: seed.challengeResponses.pass });
      expect(data(confirmed)).toMatchObject({ id: pending.id, status: 'succeeded' });
      const subscriptions = data<{ items: unknown[] }>(await call('GET', `/customers/${c.newRecipient.id}/subscriptions`, { token: bob }));
      expect(subscriptions.items).toEqual([expect.objectContaining({ offerId: o.footballMonthly, createdByGift: false, status: 'active', hasPaymentMethod: true })]); // the challenged card stays on file
      const mine = await call('POST', '/orders', { token: bob, body: { offerId: o.footballMonthly, buyAsAGift: false } });
      expect([mine.status, data(mine)]).toEqual([409, { code: 'ALREADY_HAS_ACCESS', reason: 'ALREADY_HAS_ACCESS' }]);
      const weekly = await call('POST', '/orders', { token: bob, body: { offerId: o.docsWeekly, buyAsAGift: true } });
      expect([weekly.status, data(weekly)]).toEqual([422, { code: 'OFFER_NOT_GIFTABLE', reason: 'BILLING_PERIOD_NOT_GIFTABLE' }]);
    });

    it('verifies and redeems by code, idempotently, and refuses with the reason', async () => {
      const verification = await call('GET', `/gifts/verification/${encodeURIComponent(' seed new2 ')}`, { token: bob });
      expect(data(verification)).toMatchObject({ redeemable: true, redeemMode: 'NEW', redeemRefusalReason: null, offerId: o.footballMonthly, extendedSubscriptionId: null });
      expect((await call('GET', `/gifts/verification/${seed.giftCodes.readyToRedeem}`)).status).toBe(401);
      const noKey = await call('POST', `/gifts/redeem/${seed.giftCodes.readyToRedeem}`, { token: bob });
      expect(data(noKey)).toMatchObject({ code: 'VALIDATION', field: 'Idempotency-Key' });
      const redeemed = await call('POST', `/gifts/redeem/${seed.giftCodes.readyToRedeem}`, { token: bob, headers: { 'Idempotency-Key': 'r1' } });
      expect(data(redeemed)).toMatchObject({ giftId: seed.gifts.readyToRedeem, redeemMode: 'NEW', offerId: o.footballMonthly, hasPaymentMethod: false });
      const replay = await call('POST', `/gifts/redeem/${seed.giftCodes.readyToRedeem}`, { token: bob, headers: { 'Idempotency-Key': 'r1' } });
      expect(replay.text).toBe(redeemed.text);
      const twice = await call('POST', `/gifts/redeem/${seed.giftCodes.readyToRedeem}`, { token: token(c.gifter.id), headers: { 'Idempotency-Key': 'r2' } });
      expect([twice.status, data(twice)]).toEqual([409, { code: 'CONFLICT', reason: 'REDEEMED' }]);
      const unknown = await call('POST', `/gifts/redeem/${seed.giftCodes.unknown}`, { token: bob, headers: { 'Idempotency-Key': 'r3' } });
      expect([unknown.status, data(unknown)]).toEqual([404, { code: 'NOT_FOUND', reason: 'NOT_FOUND' }]);
      const received = data<{ items: Array<{ giftId: string }> }>(await call('GET', `/customers/${c.newRecipient.id}/received_gifts`, { token: bob }));
      expect(received.items.map((gift) => gift.giftId)).toContain(seed.gifts.readyToRedeem);
    });

    it('edits a gift with complete details only, until it is locked', async () => {
      const scheduled = data<{ deliveryDetails: Record<string, unknown> }>(await call('GET', `/gifts/${seed.gifts.notYetDelivered}`, { token: alice }));
      const partial = await call('PATCH', `/gifts/${seed.gifts.notYetDelivered}`, { token: alice, body: { deliveryDetails: { personalNote: 'only this' } } });
      expect([partial.status, data(partial)]).toEqual([400, { code: 'VALIDATION', field: 'recipientEmail', reason: 'REQUIRED' }]);
      const edited = await call('PATCH', `/gifts/${seed.gifts.notYetDelivered}`, { token: alice, body: { deliveryDetails: { ...scheduled.deliveryDetails, personalNote: 'New note' } } });
      expect(data(edited)).toMatchObject({ deliveryDetails: { personalNote: 'New note' } });
      const sent = await call('PATCH', `/gifts/${seed.gifts.readyToRedeem}`, { token: alice, body: { deliveryDetails: { recipientEmail: 'x@example.com', deliveryDate: platform.now() + 86_400, personalNote: '' } } });
      expect([sent.status, data(sent)]).toEqual([409, { code: 'GIFT_NOT_EDITABLE', reason: 'ALREADY_SENT' }]);
    });

    it('blocks switching a gift-created subscription and refunding a gift, with the seeds’ messages', async () => {
      const henry = token(c.pastRecipient.id);
      const sw = await call('POST', `/customers/${c.pastRecipient.id}/subscription_switches/${seed.subscriptions.pastRecipientCinema}`, { token: henry, body: { toOfferId: o.cinemaQuarterly } });
      expect([sw.status, sw.json]).toEqual([422, { responseData: { code: 'SUBSCRIPTION_SWITCH_BLOCKED' }, errors: [SWITCH_BLOCKED_MESSAGE] }]);
      const transactions = data<{ items: Array<{ transactionId: string; targetType: string }> }>(await call('GET', `/customers/${c.gifter.id}/transactions?limit=50`, { token: alice }));
      const giftPurchase = transactions.items.find((t) => t.targetType === 'giftId');
      const refund = await call('POST', `/customers/${c.gifter.id}/refunds`, { token: alice, body: { transactionId: giftPurchase?.transactionId } });
      expect([refund.status, refund.json]).toEqual([422, { responseData: { code: 'REFUND_NOT_ALLOWED' }, errors: [REFUND_BLOCKED_MESSAGE] }]);
    });

    it('serves the operator: search, CSV report, analytics', async () => {
      const search = await call('GET', '/gifts?q=alice.gifter&status=standby,expired&sort=-createdAt&limit=2&offset=0', { token: operator });
      const page = data<{ items: Array<{ status: string; gifterEmail: string; code: string }>; totalCount: number }>(search);
      expect(page.items).toHaveLength(2);
      expect(page.totalCount).toBeGreaterThan(2);
      expect(page.items.every((gift) => ['standby', 'expired'].includes(gift.status) && gift.gifterEmail === c.gifter.email && gift.code.length === 9)).toBe(true);
      const repeated = await call('GET', '/gifts?status=expired&status=standby&q=alice.gifter&sort=-createdAt&limit=2', { token: operator });
      expect(repeated.text).toBe(search.text);
      const badSort = await call('GET', '/gifts?sort=price', { token: operator });
      expect([badSort.status, data(badSort)]).toEqual([400, { code: 'VALIDATION', field: 'sort', reason: 'INVALID' }]);
      const badLimit = await call('GET', '/gifts?limit=abc', { token: operator });
      expect(data(badLimit)).toMatchObject({ field: 'limit' });
      const report = await call('GET', '/gifts/report?status=expired', { token: operator });
      expect(report.status).toBe(200);
      expect(report.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const lines = report.text.trim().split('\r\n');
      expect(lines[0]).toBe('status,recipient_email,offer,gift_code,created_at,sent_at,code_expires_at,redeemed_at,access_ends_at,gifter_email,delivery_date,period_months,price,currency,recipient_name,personal_note');
      expect(lines.slice(1)).toEqual([expect.stringMatching(new RegExp(`^expired,old.friend@example.com,Football Monthly,${seed.giftCodes.expired},`))]);
      const analytics = data<{ totals: { bought: number; redeemed: number } }>(await call('GET', `/gifts/analytics?offerId=${o.cinemaSemiannual}`, { token: operator }));
      expect(analytics.totals).toMatchObject({ bought: 1, sent: 1, redeemed: 1, expired: 0, redemptionRate: 1, revenue: [{ currency: 'EUR', amount: 44.99 }] });
    });

    it('answers unknown paths and broken bodies with the envelope', async () => {
      const unknown = await call('GET', '/v3/nothing-here', { token: alice });
      expect([unknown.status, data(unknown)]).toEqual([404, { code: 'NOT_FOUND' }]);
      const broken = await call('POST', '/orders', { token: alice, rawBody: '{"offerId": ', headers: { 'Content-Type': 'application/json' } });
      expect([broken.status, data(broken)]).toEqual([400, { code: 'VALIDATION', field: 'body', reason: 'INVALID_JSON' }]);
    });

    it('injects faults: a status once, a malformed body, latency, and a timeout that answers only when aborted', async () => {
      platform.faults.inject('listOffers', { status: 503, times: 'once' });
      const unavailable = await call('GET', '/v2/offers');
      expect([unavailable.status, unavailable.json]).toEqual([503, { responseData: null, errors: ['Injected fault: HTTP 503'] }]);
      expect((await call('GET', '/v2/offers')).status).toBe(200);

      platform.faults.inject('getOffer', { status: 429, retryAfter: 7 });
      const limited = await call('GET', `/v2/offers/${o.footballAnnual}`);
      expect([limited.status, limited.headers.get('retry-after'), data(limited)]).toEqual([429, '7', { code: 'RATE_LIMITED', retryAfter: 7 }]);
      expect((await call('GET', `/v2/offers/${o.footballAnnual}`)).status).toBe(429); // always, until cleared
      platform.faults.clear('getOffer');

      platform.faults.inject('listSubscriptions', { malformed: true, times: 'once' });
      const malformed = await call('GET', `/customers/${c.gifter.id}/subscriptions`, { token: alice });
      expect(malformed.status).toBe(200);
      expect(() => JSON.parse(malformed.text) as unknown).toThrow();
      platform.faults.inject('listSubscriptions', { malformed: 'html', times: 'once' });
      expect((await call('GET', `/customers/${c.gifter.id}/subscriptions`, { token: alice })).headers.get('content-type')).toBe('text/html');

      platform.faults.inject('listOffers', { latencyMs: 150, times: 'once' });
      const started = performance.now();
      expect((await call('GET', '/v2/offers')).status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(140);

      platform.faults.inject('verifyGift', { timeout: true, times: 'once' });
      await expect(call('GET', `/gifts/verification/${seed.giftCodes.readyToRedeem}`, { token: bob, signal: AbortSignal.timeout(100) })).rejects.toThrow();
      expect((await call('GET', `/gifts/verification/${seed.giftCodes.readyToRedeem}`, { token: bob })).status).toBe(200);
    });

    wireStoryCases(() => ({ platform, call }));
  });
}
