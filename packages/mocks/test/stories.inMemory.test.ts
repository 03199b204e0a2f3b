/**
 * Whole stories through the in-memory `GiftsApi`: what a gifter, a recipient and the clock do
 * together, checked at every step.
 */
import {
  addMonths,
  GIFT_CODE_VALIDITY_DAYS,
  REFUND_BLOCKED_MESSAGE,
  SECONDS_PER_DAY,
  SECONDS_PER_HOUR,
  SWITCH_BLOCKED_MESSAGE,
  type GiftsApi,
} from '@giftkit/core';
import { describe, expect, it } from 'vitest';
import { createInMemoryGiftsApi, createPlatform, DEFAULT_REDEEM_URL, seed, type Platform } from '../src';
import { details, localHour, rejection } from './helpers';

const c = seed.customers;
const o = seed.offers;
const apiFor = (platform: Platform, customerId: string): GiftsApi => createInMemoryGiftsApi(platform, { customerId });

async function buy(api: GiftsApi, offerId: string, deliveryDetails: ReturnType<typeof details>, couponCode?: string) {
  const order = await api.createOrder({ offerId, buyAsAGift: true });
  await api.updateOrder(order.id, { deliveryDetails });
  const priced = couponCode ? await api.updateOrder(order.id, { couponCode }) : order;
  const payment = await api.payOrder({ orderId: order.id, paymentMethod: { type: 'card', token: seed.cards.success }, idempotencyKey: `pay-${order.id}` });
  return { order: priced, payment };
}

describe('a gift bought with a coupon, delivered, verified and redeemed (NEW)', () => {
  it('follows the whole story', async () => {
    const platform = createPlatform();
    const alice = apiFor(platform, c.gifter.id);
    const bob = apiFor(platform, c.newRecipient.id);
    const deliveryDate = localHour(platform.now(), 3, 18, 'Europe/Paris');

    const order = await alice.createOrder({ offerId: o.footballAnnual, buyAsAGift: true });
    expect(order).toMatchObject({ buyAsAGift: true, totalPrice: 99.99, requiredPaymentDetails: true, currency: 'EUR' });
    await alice.updateOrder(order.id, {
      deliveryDetails: details({ recipientEmail: '  Bob.New@Example.com ', deliveryDate, personalNote: 'Hi <b>Bob</b>\r\nSee you!', recipientName: 'Bob' }),
    });
    const priced = await alice.updateOrder(order.id, { couponCode: ' spring20 ' });
    expect(priced.couponCode).toBe('SPRING20');
    expect(priced.discount).toEqual({ applied: true, type: 'coupon', periods: 1, duration: { kind: 'repeating', months: 3 } });
    expect(priced.priceBreakdown).toEqual({ offerPrice: 99.99, discountAmount: 20, discountedPrice: 79.99, taxValue: 13.33 });
    expect(priced.deliveryDetails?.recipientEmail).toBe('Bob.New@Example.com');
    expect(platform.dev.coupon('coupon_spring20')?.timesRedeemed).toBe(0); // counts only once paid

    const payment = await alice.payOrder({ orderId: order.id, paymentMethod: { type: 'card', token: seed.cards.success }, idempotencyKey: 'k-1' });
    expect(payment.status).toBe('succeeded');
    const giftId = payment.giftId ?? '';
    expect(giftId).not.toBe('');
    expect(platform.dev.coupon('coupon_spring20')?.timesRedeemed).toBe(1);
    expect(platform.dev.promotionCode('SPRING20')?.timesRedeemed).toBe(1);

    const history = await alice.listTransactions({ limit: 1, offset: 0 });
    expect(history.items[0]).toMatchObject({ targetType: 'giftId', targetId: giftId, totalPrice: 79.99, offerId: o.footballAnnual, transactionId: payment.transactionId });
    const confirmation = platform.outbox.latest(c.gifter.email);
    expect(confirmation).toMatchObject({ kind: 'gift-confirmation', giftId });
    expect(confirmation?.text).toContain('does not renew');

    const scheduled = await alice.getGift(giftId);
    expect(scheduled).toMatchObject({ code: null, sentAt: null, status: 'standby', deliveryDetails: { deliveryDate, personalNote: 'Hi <b>Bob</b>\nSee you!' } });

    platform.advanceTo(deliveryDate - 1);
    expect(platform.outbox.to(c.newRecipient.email)).toHaveLength(0);
    platform.advanceTo(deliveryDate);
    const [invitation] = platform.outbox.to(c.newRecipient.email);
    const code = platform.dev.gift(giftId).code ?? '';
    expect(invitation).toMatchObject({ kind: 'gift-invitation', giftId, giftCode: code, sentAt: deliveryDate, redeemLink: `${DEFAULT_REDEEM_URL}?giftCode=${code}` });
    expect(invitation?.text).toContain('Hi <b>Bob</b>\nSee you!'); // plain text, as typed
    expect(invitation?.text).toContain(`${DEFAULT_REDEEM_URL}?giftCode=${code}`);
    expect(await alice.getGift(giftId)).toMatchObject({ code, sentAt: deliveryDate, expiresAt: deliveryDate + GIFT_CODE_VALIDITY_DAYS * SECONDS_PER_DAY });

    const verification = await bob.verifyGift(code.toLowerCase().replace('-', ' '));
    expect(verification).toMatchObject({ redeemable: true, redeemMode: 'NEW', redeemRefusalReason: null, offerId: o.footballAnnual, extendedSubscriptionId: null });
    expect(verification.newExpiresAt).toBe(addMonths(platform.now(), 12));

    const redemption = await bob.redeemGift(code, { idempotencyKey: 'r-1' });
    expect(redemption).toMatchObject({ giftId, redeemMode: 'NEW', offerId: o.footballAnnual, expiresAt: verification.newExpiresAt, hasPaymentMethod: false });
    expect(await bob.redeemGift(code, { idempotencyKey: 'r-1' })).toEqual(redemption); // a retry is harmless
    const [subscription] = await bob.listSubscriptions();
    expect(subscription).toMatchObject({ subscriptionId: redemption.subscriptionId, offerId: o.footballAnnual, createdByGift: true, extendedByGift: false, nextPaymentAt: null });
    expect((await bob.listTransactions({ limit: 10, offset: 0 })).totalCount).toBe(0); // the recipient pays nothing
    expect(await alice.getGift(giftId)).toMatchObject({ status: 'activated', redeemedAt: platform.now(), accessEndsAt: redemption.expiresAt });
    expect((await bob.verifyGift(code)).redeemRefusalReason).toBe('REDEEMED');
    expect(await bob.listReceivedGifts()).toContainEqual(expect.objectContaining({ giftId, gifterEmail: c.gifter.email, redeemMode: 'NEW' }));

    // Rule 10: no card, so access lapses when the gifted year ends; the gift is then completed.
    platform.advanceTo(redemption.expiresAt);
    expect((await bob.listSubscriptions())[0]?.status).toBe('expired');
    expect((await alice.getGift(giftId)).status).toBe('completed');
  });
});

describe('two stacked gifts from two gifters (EXTEND)', () => {
  it('moves the renewal date by both periods, keeps the offer, then blocks switches and refunds', async () => {
    const platform = createPlatform({ seed: 'catalog' });
    const alice = apiFor(platform, c.gifter.id);
    const george = apiFor(platform, c.secondGifter.id);
    const carol = apiFor(platform, c.extendRecipient.id);
    const now = Math.floor(platform.now() / SECONDS_PER_HOUR) * SECONDS_PER_HOUR; // "today, this hour"
    const [before] = await carol.listSubscriptions();
    expect(before).toMatchObject({ offerId: o.volleyballMonthly, extendedByGift: false });

    const fromAlice = await buy(alice, o.volleyballAnnual, details({ recipientEmail: c.extendRecipient.email, deliveryDate: now, personalNote: 'From Alice' }));
    const fromGeorge = await buy(george, o.volleyballMonthly, details({ recipientEmail: c.extendRecipient.email, deliveryDate: now, personalNote: 'From George' }));
    expect(platform.outbox.to(c.extendRecipient.email)).toHaveLength(0);
    platform.advanceBy(SECONDS_PER_HOUR); // within the hour
    const invitations = platform.outbox.to(c.extendRecipient.email);
    expect(invitations.map((email) => email.giftId)).toEqual([fromAlice.payment.giftId, fromGeorge.payment.giftId]);
    const [annualCode = '', monthlyCode = ''] = invitations.map((email) => email.giftCode ?? '');

    const first = await carol.verifyGift(annualCode);
    expect(first).toMatchObject({ redeemMode: 'EXTEND', extendedSubscriptionId: before?.subscriptionId, currentExpiresAt: before?.expiresAt });
    expect(first.newExpiresAt).toBe(addMonths(before?.expiresAt ?? 0, 12));
    await carol.redeemGift(annualCode, { idempotencyKey: 'a' });
    const second = await carol.verifyGift(monthlyCode);
    expect(second.currentExpiresAt).toBe(first.newExpiresAt);
    const redeemed = await carol.redeemGift(monthlyCode, { idempotencyKey: 'b' });
    expect(redeemed.redeemMode).toBe('EXTEND');

    const [after] = await carol.listSubscriptions();
    expect(after).toMatchObject({ subscriptionId: before?.subscriptionId, offerId: o.volleyballMonthly, extendedByGift: true, createdByGift: false, hasPaymentMethod: true });
    expect(after?.expiresAt).toBe(addMonths(addMonths(before?.expiresAt ?? 0, 12), 1));
    expect(await carol.listSubscriptions()).toHaveLength(1);

    const switched = await rejection(carol.switchSubscription(after?.subscriptionId ?? '', o.volleyballAnnual));
    expect(switched).toMatchObject({ code: 'SUBSCRIPTION_SWITCH_BLOCKED', message: SWITCH_BLOCKED_MESSAGE, status: 422 });
    const refund = await rejection(alice.requestRefund(fromAlice.payment.transactionId ?? ''));
    expect(refund).toMatchObject({ code: 'REFUND_NOT_ALLOWED', message: REFUND_BLOCKED_MESSAGE });
  });
});

describe('editing a gift', () => {
  it('is allowed until the end of the day before delivery, then refused with the reason', async () => {
    const platform = createPlatform({ seed: 'catalog' });
    const alice = apiFor(platform, c.gifter.id);
    const tz = 'America/New_York';
    const deliveryDate = localHour(platform.now(), 5, 9, tz);
    const { payment } = await buy(alice, o.footballMonthly, details({ deliveryDate, timeZone: tz }));
    const giftId = payment.giftId ?? '';
    const gift = await alice.getGift(giftId);

    const partial = await rejection(alice.updateGift(giftId, { recipientEmail: 'x@example.com', deliveryDate } as never));
    expect(partial).toMatchObject({ code: 'VALIDATION', field: 'personalNote' });
    const moved = await alice.updateGift(giftId, { ...gift.deliveryDetails, deliveryDate: deliveryDate + SECONDS_PER_HOUR, personalNote: 'Changed' });
    expect(moved.deliveryDetails).toMatchObject({ deliveryDate: deliveryDate + SECONDS_PER_HOUR, personalNote: 'Changed', timeZone: tz });

    // The cut-off is midnight at the start of the delivery day, in the delivery zone.
    const cutoff = localHour(deliveryDate, 0, 0, tz);
    platform.advanceTo(cutoff - 1);
    await alice.updateGift(giftId, { ...moved.deliveryDetails, personalNote: 'Last minute' });
    platform.advanceTo(cutoff);
    const late = await rejection(alice.updateGift(giftId, { ...moved.deliveryDetails, personalNote: 'Too late' }));
    expect(late).toMatchObject({ code: 'GIFT_NOT_EDITABLE', reason: 'SENDING_SOON', status: 409 });

    platform.advanceTo(deliveryDate + SECONDS_PER_HOUR);
    const sent = await rejection(alice.updateGift(giftId, moved.deliveryDetails));
    expect(sent).toMatchObject({ code: 'GIFT_NOT_EDITABLE', reason: 'ALREADY_SENT' });
    const code = platform.dev.gift(giftId).code ?? '';
    await apiFor(platform, c.newRecipient.id).redeemGift(code, { idempotencyKey: 'x' });
    expect(await rejection(alice.updateGift(giftId, moved.deliveryDetails))).toMatchObject({ reason: 'ALREADY_REDEEMED' });
    // Someone else's gift does not exist for them.
    expect(await rejection(apiFor(platform, c.secondGifter.id).updateGift(giftId, moved.deliveryDetails))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('an unredeemed code', () => {
  it('expires 365 days after it was sent', async () => {
    const platform = createPlatform();
    const bob = apiFor(platform, c.newRecipient.id);
    const alice = apiFor(platform, c.gifter.id);
    const gift = await alice.getGift(seed.gifts.readyToRedeem);
    const expiresAt = gift.expiresAt ?? 0;
    expect(expiresAt).toBe((gift.sentAt ?? 0) + 365 * SECONDS_PER_DAY);
    platform.advanceTo(expiresAt - 1);
    expect((await bob.verifyGift(seed.giftCodes.readyToRedeem)).redeemable).toBe(true);
    platform.advanceTo(expiresAt);
    expect(await bob.verifyGift(seed.giftCodes.readyToRedeem)).toMatchObject({ redeemable: false, redeemRefusalReason: 'EXPIRED' });
    expect((await alice.getGift(seed.gifts.readyToRedeem)).status).toBe('expired');
    expect(await rejection(bob.redeemGift(seed.giftCodes.readyToRedeem, { idempotencyKey: 'late' }))).toMatchObject({ code: 'CONFLICT', reason: 'EXPIRED' });
  });
});
