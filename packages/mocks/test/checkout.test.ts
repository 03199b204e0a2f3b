/** Checkout rules through the engine: purchase modes, delivery details, coupons, payments. */
import { describe, expect, it } from 'vitest';
import { COUPON_CHECK_ORDER, SECONDS_PER_DAY, type CouponRefusal } from '@giftkit/core';
import { createInMemoryGiftsApi, createPlatform, seed } from '../src';
import { details, rejection, thrown } from './helpers';

const c = seed.customers;
const o = seed.offers;

describe('purchase modes (rules 1 and 2)', () => {
  it.each([
    [o.docsWeekly, 'BILLING_PERIOD_NOT_GIFTABLE'],
    [o.skiSeason, 'BILLING_PERIOD_NOT_GIFTABLE'],
    [o.festivalPass, 'NOT_A_SUBSCRIPTION'],
    [o.cupFinal, 'NOT_A_SUBSCRIPTION'],
    [o.movieRental, 'NOT_A_SUBSCRIPTION'],
    [o.kidsMonthly, 'GIFTING_DISABLED'],
    [o.classicsAnnual, 'INACTIVE'],
  ])('refuses %s as a gift (%s)', (offerId, reason) => {
    const platform = createPlatform();
    expect(thrown(() => platform.as(c.gifter.id).createOrder({ offerId, buyAsAGift: true }))).toMatchObject({ code: 'OFFER_NOT_GIFTABLE', reason, status: 422 });
  });

  it.each([o.footballMonthly, o.footballAnnual, o.volleyballMonthly, o.volleyballAnnual, o.cinemaQuarterly, o.cinemaSemiannual, o.rugbyAnnual])('sells %s as a gift', (offerId) => {
    expect(createPlatform().as(c.gifter.id).createOrder({ offerId, buyAsAGift: true }).buyAsAGift).toBe(true);
  });

  it('lets a subscriber gift the offer she has, never buy it again for herself', () => {
    const alice = createPlatform().as(c.gifter.id);
    expect(thrown(() => alice.createOrder({ offerId: o.footballMonthly, buyAsAGift: false }))).toMatchObject({ code: 'ALREADY_HAS_ACCESS', status: 409 });
    const order = alice.createOrder({ offerId: o.footballMonthly, buyAsAGift: true });
    expect(thrown(() => alice.updateOrder(order.id, { buyAsAGift: false }))).toMatchObject({ code: 'ALREADY_HAS_ACCESS' });
    expect(thrown(() => alice.createOrder({ offerId: o.classicsAnnual, buyAsAGift: false }))).toMatchObject({ code: 'VALIDATION', field: 'offerId', reason: 'INACTIVE' });
  });

  it('charges each purchase separately and answers a repeated createOrder key with the same order', () => {
    const alice = createPlatform().as(c.gifter.id);
    const first = alice.createOrder({ offerId: o.footballAnnual, buyAsAGift: true }, { idempotencyKey: 'o1' });
    expect(alice.createOrder({ offerId: o.footballAnnual, buyAsAGift: true }, { idempotencyKey: 'o1' }).id).toBe(first.id);
    expect(alice.createOrder({ offerId: o.footballAnnual, buyAsAGift: true }).id).not.toBe(first.id);
    expect(thrown(() => alice.createOrder({ offerId: o.volleyballAnnual, buyAsAGift: true }, { idempotencyKey: 'o1' }))).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('delivery details (rule 4)', () => {
  const now = createPlatform().now();
  it.each([
    [{ recipientEmail: '' }, 'recipientEmail', 'REQUIRED'],
    [{ recipientEmail: 'bob@@example.com' }, 'recipientEmail', 'INVALID_EMAIL'],
    [{ personalNote: 'é'.repeat(256) }, 'personalNote', 'TOO_LONG'],
    [{ personalNote: 'bell\u0007' }, 'personalNote', 'INVALID_CHARACTERS'],
    [{ deliveryDate: now - 3601 }, 'deliveryDate', 'IN_PAST'],
    [{ deliveryDate: now + 366 * SECONDS_PER_DAY }, 'deliveryDate', 'TOO_FAR_AHEAD'],
    [{ deliveryDate: 1.5e9 + 0.5 }, 'deliveryDate', 'INVALID_DATE'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone', 'INVALID_TIME_ZONE'],
    [{ recipientName: 'x'.repeat(101) }, 'recipientName', 'TOO_LONG'],
  ])('refuses %j on %s (%s)', (over, field, reason) => {
    const platform = createPlatform();
    const alice = platform.as(c.gifter.id);
    const order = alice.createOrder({ offerId: o.footballAnnual, buyAsAGift: true });
    const error = thrown(() => alice.updateOrder(order.id, { deliveryDetails: details({ deliveryDate: now + SECONDS_PER_DAY, ...over }) }));
    expect(error).toMatchObject({ code: 'VALIDATION', field, reason, status: 400 });
    expect(alice.updateOrder(order.id, {}).deliveryDetails).toBeNull(); // nothing half-applied
  });

  it('accepts the hour running now ("today"), a 255-character note and trims the email', () => {
    const platform = createPlatform();
    const alice = platform.as(c.gifter.id);
    const order = alice.createOrder({ offerId: o.footballAnnual, buyAsAGift: true });
    const thisHour = Math.floor(platform.now() / 3600) * 3600;
    const updated = alice.updateOrder(order.id, { deliveryDetails: details({ deliveryDate: thisHour, recipientEmail: ' bob@example.com ', personalNote: '👍'.repeat(255) }) });
    expect(updated.deliveryDetails).toMatchObject({ recipientEmail: 'bob@example.com', deliveryDate: thisHour });
  });

  it('refuses to pay for a gift without delivery details', () => {
    const alice = createPlatform().as(c.gifter.id);
    const order = alice.createOrder({ offerId: o.footballAnnual, buyAsAGift: true });
    expect(thrown(() => alice.payOrder({ orderId: order.id, paymentMethod: { type: 'card', token: seed.cards.success }, idempotencyKey: 'k' }))).toMatchObject({
      code: 'VALIDATION',
      field: 'deliveryDetails',
    });
  });
});

describe('coupons (rule 14)', () => {
  const reasons = Object.keys(seed.couponRefusals) as CouponRefusal[];

  it('has a seeded case for every refusal reason, in the order the checks run', () => {
    expect(reasons).toEqual([...COUPON_CHECK_ORDER]);
  });

  it.each(reasons)('%s is reachable from seed data, with its own message', async (reason) => {
    const { code, customerId, offerId } = seed.couponRefusals[reason];
    const platform = createPlatform();
    const api = createInMemoryGiftsApi(platform, { customerId });
    const order = await api.createOrder({ offerId, buyAsAGift: true });
    const error = await rejection(api.updateOrder(order.id, { couponCode: code }));
    expect(error).toMatchObject({ code: reason, field: 'couponCode', status: 422 });
    expect((await api.updateOrder(order.id, {})).couponCode).toBeNull();
  });

  it('gives every refusal a different message', () => {
    const messages = reasons.map((reason) => {
      const { code, customerId, offerId } = seed.couponRefusals[reason];
      const actor = createPlatform().as(customerId);
      return thrown(() => actor.updateOrder(actor.createOrder({ offerId, buyAsAGift: true }).id, { couponCode: code })).message;
    });
    expect(new Set(messages).size).toBe(reasons.length);
  });

  it.each([
    [seed.codes.percent20, o.footballAnnual, true, 79.99, { applied: true, type: 'coupon', periods: 1, duration: { kind: 'repeating', months: 3 } }],
    [seed.codes.percent20, o.footballMonthly, false, 7.99, { applied: true, type: 'coupon', periods: 3, duration: { kind: 'repeating', months: 3 } }],
    [seed.codes.percentOnce, o.cinemaQuarterly, false, 22.49, { periods: 1, duration: { kind: 'once' } }],
    [seed.codes.percentForever, o.volleyballMonthly, false, 5.94, { periods: null, duration: { kind: 'forever' } }],
    [seed.codes.amountOff, o.footballMonthly, false, 4.99, { duration: { kind: 'once' } }],
    [seed.codes.minimumAmount, o.footballAnnual, true, 74.99, { duration: { kind: 'once' } }],
    [seed.codes.firstPurchaseOnly, o.footballMonthly, false, 7.49, { duration: { kind: 'once' } }],
    [seed.codes.otherCustomer, o.footballMonthly, false, 5.99, {}],
    [seed.codes.notForThisOffer, o.volleyballAnnual, false, 55.99, {}],
  ])('%s on %s (gift %s) totals %d for Bob', (code, offerId, buyAsAGift, total, discount) => {
    const bob = createPlatform().as(c.newRecipient.id);
    const order = bob.createOrder({ offerId, buyAsAGift });
    const priced = bob.updateOrder(order.id, { couponCode: code });
    expect(priced.totalPrice).toBe(total);
    expect(priced.discount).toMatchObject(discount);
    expect(priced.priceBreakdown.discountedPrice).toBe(total);
    expect(priced.priceBreakdown.offerPrice - priced.priceBreakdown.discountAmount).toBeCloseTo(total, 2);
  });

  it('removes a code with null, and keeps one code per order', () => {
    const alice = createPlatform().as(c.gifter.id);
    const order = alice.createOrder({ offerId: o.footballAnnual, buyAsAGift: true });
    alice.updateOrder(order.id, { couponCode: seed.codes.percent20 });
    expect(alice.updateOrder(order.id, { couponCode: seed.codes.amountOff }).couponCode).toBe(seed.codes.amountOff);
    expect(alice.updateOrder(order.id, { couponCode: null })).toMatchObject({ couponCode: null, totalPrice: 99.99, discount: { applied: false } });
  });

  it('needs no payment details at 100 % off, and refuses "free" when something is due', () => {
    const platform = createPlatform();
    const alice = platform.as(c.gifter.id);
    const order = alice.createOrder({ offerId: o.footballAnnual, buyAsAGift: true });
    alice.updateOrder(order.id, { deliveryDetails: details({ deliveryDate: platform.now() + SECONDS_PER_DAY }) });
    expect(thrown(() => alice.payOrder({ orderId: order.id, paymentMethod: { type: 'free' }, idempotencyKey: 'f0' }))).toMatchObject({ code: 'VALIDATION', field: 'paymentMethod' });
    const free = alice.updateOrder(order.id, { couponCode: seed.codes.free });
    expect(free).toMatchObject({ totalPrice: 0, requiredPaymentDetails: false, priceBreakdown: { discountAmount: 99.99, taxValue: 0 } });
    const payment = alice.payOrder({ orderId: order.id, paymentMethod: { type: 'free' }, idempotencyKey: 'f1' });
    expect(payment.status).toBe('succeeded');
    expect(alice.listTransactions({ limit: 1, offset: 0 }).items[0]).toMatchObject({ totalPrice: 0, targetType: 'giftId', targetId: payment.giftId });
  });

  it('counts a redemption only when the payment succeeds', () => {
    const platform = createPlatform();
    const buyer = (customerId: string) => {
      const actor = platform.as(customerId);
      const order = actor.createOrder({ offerId: o.footballAnnual, buyAsAGift: true });
      actor.updateOrder(order.id, { deliveryDetails: details({ deliveryDate: platform.now() + SECONDS_PER_DAY }), couponCode: seed.codes.lastOne });
      return { actor, order };
    };
    const alice = buyer(c.gifter.id);
    const george = buyer(c.secondGifter.id); // both applied the last code before anyone paid
    expect(thrown(() => alice.actor.payOrder({ orderId: alice.order.id, paymentMethod: { type: 'card', token: seed.cards.decline }, idempotencyKey: 'a1' }))).toMatchObject({ code: 'PAYMENT_DECLINED', status: 402 });
    expect(platform.dev.promotionCode(seed.codes.lastOne)?.timesRedeemed).toBe(0);
    george.actor.payOrder({ orderId: george.order.id, paymentMethod: { type: 'card', token: seed.cards.success }, idempotencyKey: 'g1' });
    expect(platform.dev.promotionCode(seed.codes.lastOne)?.timesRedeemed).toBe(1);
    expect(thrown(() => alice.actor.payOrder({ orderId: alice.order.id, paymentMethod: { type: 'card', token: seed.cards.success }, idempotencyKey: 'a2' }))).toMatchObject({ code: 'COUPON_LIMIT_REACHED' });
  });
});

describe('payments (rule 15)', () => {
  function giftOrder() {
    const platform = createPlatform();
    const alice = platform.as(c.gifter.id);
    const order = alice.createOrder({ offerId: o.footballAnnual, buyAsAGift: true });
    alice.updateOrder(order.id, { deliveryDetails: details({ deliveryDate: platform.now() + SECONDS_PER_DAY }) });
    return { platform, alice, order };
  }

  it('never charges twice nor makes a second gift for the same key (double click, retry)', async () => {
    const { platform, order } = giftOrder();
    const api = createInMemoryGiftsApi(platform, { customerId: c.gifter.id });
    const input = { orderId: order.id, paymentMethod: { type: 'card' as const, token: seed.cards.success }, idempotencyKey: 'same' };
    const [a, b] = await Promise.all([api.payOrder(input), api.payOrder(input)]);
    expect(a).toEqual(b);
    expect(await api.payOrder(input)).toEqual(a);
    expect(platform.store.payments.size).toBe(1);
    expect(platform.store.gifts.filter((g) => g.orderId === order.id)).toHaveLength(1);
    expect(platform.outbox.byKind('gift-confirmation')).toHaveLength(1);
    expect(await rejection(api.payOrder({ ...input, idempotencyKey: 'other' }))).toMatchObject({ code: 'CONFLICT' });
    const other = await api.createOrder({ offerId: o.footballAnnual, buyAsAGift: true });
    expect(await rejection(api.payOrder({ ...input, orderId: other.id }))).toMatchObject({ code: 'CONFLICT' });
  });

  it('answers a decline the same way on replay, and lets a new attempt succeed', () => {
    const { alice, order } = giftOrder();
    const decline = { orderId: order.id, paymentMethod: { type: 'card' as const, token: seed.cards.insufficientFunds }, idempotencyKey: 'd' };
    expect(thrown(() => alice.payOrder(decline))).toMatchObject({ code: 'PAYMENT_DECLINED', message: 'Your card has insufficient funds.', reason: 'INSUFFICIENT_FUNDS' });
    expect(thrown(() => alice.payOrder(decline))).toMatchObject({ code: 'PAYMENT_DECLINED' });
    expect(thrown(() => alice.payOrder({ ...decline, idempotencyKey: 'u', paymentMethod: { type: 'card', token: '1234 5678 9012 3456' } }))).toMatchObject({ code: 'PAYMENT_DECLINED' });
    expect(alice.payOrder({ ...decline, idempotencyKey: 'ok', paymentMethod: { type: 'card', token: seed.cards.successMastercard } }).status).toBe('succeeded');
  });

  it('asks for a challenge, then confirms or fails it', () => {
    const { alice, order } = giftOrder();
    const pending = alice.payOrder({ orderId: order.id, paymentMethod: { type: 'card', token: seed.cards.challenge }, idempotencyKey: 'c' });
    expect(pending).toMatchObject({ status: 'requires_action', transactionId: null, giftId: null, action: { type: 'challenge' } });
    // A confirmation under a fresh key completes the same attempt.
    const confirmed = alice.payOrder({ orderId: order.id, paymentMethod: { type: 'card', challengeResponse: 'complete' }, idempotencyKey: 'c-confirm' });
    expect(confirmed).toMatchObject({ id: pending.id, status: 'succeeded' });
    expect(confirmed.giftId).toBeTruthy();

    const second = giftOrder();
    second.alice.payOrder({ orderId: second.order.id, paymentMethod: { type: 'card', token: seed.cards.challenge }, idempotencyKey: 'c' });
    expect(thrown(() => second.alice.payOrder({ orderId: second.order.id, paymentMethod: { type: 'card', challengeResponse: 'fail' }, idempotencyKey: 'c' }))).toMatchObject({ code: 'PAYMENT_DECLINED', reason: 'AUTHENTICATION_FAILED' });
    expect(second.platform.store.gifts.filter((g) => g.orderId === second.order.id)).toHaveLength(0);
  });

  it('re-checks the delivery hour at payment time', () => {
    const { platform, alice, order } = giftOrder();
    platform.advanceBy(2 * SECONDS_PER_DAY);
    expect(thrown(() => alice.payOrder({ orderId: order.id, paymentMethod: { type: 'card', token: seed.cards.success }, idempotencyKey: 'late' }))).toMatchObject({ field: 'deliveryDate', reason: 'IN_PAST' });
  });

  it('buys for myself: a subscription, a transaction pointing at it, the card kept on file', () => {
    const platform = createPlatform();
    const bob = platform.as(c.newRecipient.id);
    const order = bob.createOrder({ offerId: o.volleyballMonthly, buyAsAGift: false });
    const payment = bob.payOrder({ orderId: order.id, paymentMethod: { type: 'card', token: seed.cards.success }, idempotencyKey: 'me' });
    const [subscription] = bob.listSubscriptions();
    expect(subscription).toMatchObject({ offerId: o.volleyballMonthly, createdByGift: false, hasPaymentMethod: true });
    expect(bob.listTransactions({ limit: 5, offset: 0 }).items).toEqual([expect.objectContaining({ transactionId: payment.transactionId, targetType: 'subscriptionId', targetId: subscription?.subscriptionId })]);
    expect(bob.requestRefund(payment.transactionId ?? '')).toEqual({ transactionId: payment.transactionId, status: 'refunded' });
    expect(bob.listSubscriptions()[0]?.status).toBe('expired');
    expect(thrown(() => bob.requestRefund(payment.transactionId ?? ''))).toMatchObject({ code: 'CONFLICT' });
  });
});
