/**
 * The stories over the wire, for the shared contract suite: stacking two gifts from two
 * gifters (EXTEND), the edit cut-off, a code expiring, and every coupon and redemption refusal
 * from the seed's tables. Called inside `wireContractSuite`, so both targets run them.
 */
import { addMonths, editCutoff, SECONDS_PER_HOUR, type CouponRefusal, type RedeemRefusalReason, type UnixSeconds } from '@giftkit/core';
import { expect, it } from 'vitest';
import { COUPON_REFUSAL_MESSAGES, createSessionToken, EDIT_LOCK_MESSAGES, REDEEM_REFUSAL_MESSAGES, seed, type Platform } from '../src';
import { payload, type WireCall } from './wireClient';

interface WireGift {
  expiresAt: UnixSeconds | null;
  timeZone: string;
  status: string;
  deliveryDetails: { recipientEmail: string; deliveryDate: UnixSeconds; personalNote: string };
}
interface WireSubscription {
  subscriptionId: string;
  offerId: string;
  expiresAt: UnixSeconds;
  extendedByGift: boolean;
}
interface WireVerification {
  redeemable: boolean;
  redeemMode: string | null;
  extendedSubscriptionId: string | null;
  currentExpiresAt: UnixSeconds | null;
  newExpiresAt: UnixSeconds | null;
}

const c = seed.customers;
const o = seed.offers;
const token = (customerId: string) => createSessionToken(customerId);
const couponRefusals = Object.keys(seed.couponRefusals) as CouponRefusal[];
const redemptionRefusals = Object.keys(seed.redemptionRefusals) as RedeemRefusalReason[];

/** A gifter buys `offerId` for `recipientEmail` through the wire (order → details → card). */
async function buyGift(call: WireCall, gifterId: string, offerId: string, deliveryDetails: WireGift['deliveryDetails']): Promise<string> {
  const auth = token(gifterId);
  const order = payload<{ id: string }>(await call('POST', '/orders', { token: auth, body: { offerId, customerId: gifterId, paymentMethodId: 0, buyAsAGift: true } }));
  expect((await call('PATCH', `/orders/${order.id}`, { token: auth, body: { deliveryDetails } })).status).toBe(200);
  const paid = await call('POST', '/payments', { token: auth, body: { orderId: order.id, paymentMethod: { type: 'card', token: seed.cards.success } }, headers: { 'Idempotency-Key': `buy-${order.id}` } });
  expect(paid.status).toBe(200);
  return payload<{ giftId: string }>(paid).giftId;
}

export function wireStoryCases(current: () => { platform: Platform; call: WireCall }): void {
  it('stacks two gifts from two gifters on one subscription (EXTEND): the renewal date moves by both periods', async () => {
    const { platform, call } = current();
    const carol = token(c.extendRecipient.id);
    const subscriptions = async () => payload<{ items: WireSubscription[] }>(await call('GET', `/customers/${c.extendRecipient.id}/subscriptions`, { token: carol })).items;
    const [before] = await subscriptions();
    expect(before).toMatchObject({ offerId: o.volleyballMonthly, extendedByGift: false });

    const thisHour = Math.floor(platform.now() / SECONDS_PER_HOUR) * SECONDS_PER_HOUR; // "today": leaves within the hour
    const gifts: Array<[gifterId: string, offerId: string, months: number]> = [
      [c.gifter.id, o.volleyballAnnual, 12],
      [c.secondGifter.id, o.volleyballMonthly, 1],
    ];
    const giftIds: string[] = [];
    for (const [gifterId, offerId] of gifts) {
      giftIds.push(await buyGift(call, gifterId, offerId, { recipientEmail: c.extendRecipient.email, deliveryDate: thisHour, personalNote: `From ${gifterId}` }));
    }
    platform.advanceBy(SECONDS_PER_HOUR);
    const codes = giftIds.map((id) => platform.outbox.to(c.extendRecipient.email).find((email) => email.giftId === id)?.giftCode ?? '');

    let renewal = before?.expiresAt ?? 0;
    for (const [index, [, , months]] of gifts.entries()) {
      const code = codes[index] ?? '';
      const preview = payload<WireVerification>(await call('GET', `/gifts/verification/${code}`, { token: carol }));
      expect(preview).toMatchObject({ redeemable: true, redeemMode: 'EXTEND', extendedSubscriptionId: before?.subscriptionId, currentExpiresAt: renewal, newExpiresAt: addMonths(renewal, months) });
      const redeemed = await call('POST', `/gifts/redeem/${code}`, { token: carol, headers: { 'Idempotency-Key': `stack-${index}` } });
      expect(payload(redeemed)).toMatchObject({ redeemMode: 'EXTEND', subscriptionId: before?.subscriptionId, expiresAt: preview.newExpiresAt });
      renewal = preview.newExpiresAt ?? 0;
    }
    const after = await subscriptions();
    expect(after).toEqual([expect.objectContaining({ subscriptionId: before?.subscriptionId, offerId: o.volleyballMonthly, extendedByGift: true })]);
    expect(after[0]?.expiresAt).toBe(addMonths(addMonths(before?.expiresAt ?? 0, 12), 1));
  });

  it('refuses an edit from the cut-off (midnight before the delivery day, delivery zone) with SENDING_SOON', async () => {
    const { platform, call } = current();
    const alice = token(c.gifter.id);
    const path = `/gifts/${seed.gifts.notYetDelivered}`;
    const gift = payload<WireGift>(await call('GET', path, { token: alice }));
    const cutoff = editCutoff(gift.deliveryDetails.deliveryDate, gift.timeZone);
    const edit = (personalNote: string) => call('PATCH', path, { token: alice, body: { deliveryDetails: { ...gift.deliveryDetails, personalNote } } });

    platform.advanceTo(cutoff - 1);
    expect((await edit('Just in time')).status).toBe(200);
    platform.advanceTo(cutoff);
    const late = await edit('Too late');
    expect([late.status, late.json]).toEqual([409, { responseData: { code: 'GIFT_NOT_EDITABLE', reason: 'SENDING_SOON' }, errors: [EDIT_LOCK_MESSAGES.SENDING_SOON] }]);
    expect(payload<WireGift>(await call('GET', path, { token: alice })).deliveryDetails.personalNote).toBe('Just in time');
  });

  it('expires an unredeemed code 365 days after sending: verification then answers EXPIRED', async () => {
    const { platform, call } = current();
    const bob = token(c.newRecipient.id);
    const verify = async () => payload<WireVerification & { redeemRefusalReason: string | null }>(await call('GET', `/gifts/verification/${seed.giftCodes.readyToRedeem}`, { token: bob }));
    const { expiresAt } = payload<WireGift>(await call('GET', `/gifts/${seed.gifts.readyToRedeem}`, { token: token(c.gifter.id) }));

    platform.advanceTo((expiresAt ?? 0) - 1);
    expect(await verify()).toMatchObject({ redeemable: true, redeemRefusalReason: null });
    platform.advanceTo(expiresAt ?? 0);
    expect(await verify()).toMatchObject({ redeemable: false, redeemMode: null, redeemRefusalReason: 'EXPIRED' });
    expect(payload<WireGift>(await call('GET', `/gifts/${seed.gifts.readyToRedeem}`, { token: token(c.gifter.id) })).status).toBe('expired');
    const late = await call('POST', `/gifts/redeem/${seed.giftCodes.readyToRedeem}`, { token: bob, headers: { 'Idempotency-Key': 'late' } });
    expect([late.status, payload(late)]).toEqual([409, { code: 'CONFLICT', reason: 'EXPIRED' }]);
  });

  it.each(couponRefusals)('refuses the seeded coupon for %s: 422, its machine code and message', async (refusal) => {
    const { call } = current();
    const { code, customerId, offerId } = seed.couponRefusals[refusal];
    const auth = token(customerId);
    const order = payload<{ id: string }>(await call('POST', '/orders', { token: auth, body: { offerId, customerId, paymentMethodId: 0, buyAsAGift: true } }));
    const refused = await call('PATCH', `/orders/${order.id}`, { token: auth, body: { couponCode: code } });
    expect([refused.status, refused.json]).toEqual([422, { responseData: { code: refusal, field: 'couponCode' }, errors: [COUPON_REFUSAL_MESSAGES[refusal]] }]);
    expect(payload((await call('PATCH', `/orders/${order.id}`, { token: auth, body: {} })))).toMatchObject({ couponCode: null });
  });

  it.each(redemptionRefusals)('refuses the seeded redemption for %s: verification says why, redeeming refuses with it', async (reason) => {
    const { call } = current();
    const { code, customerId } = seed.redemptionRefusals[reason];
    const auth = token(customerId);
    const verification = await call('GET', `/gifts/verification/${encodeURIComponent(code)}`, { token: auth });
    expect([verification.status, payload(verification)]).toEqual([200, expect.objectContaining({ redeemable: false, redeemMode: null, redeemRefusalReason: reason, extendedSubscriptionId: null })]);
    const redeemed = await call('POST', `/gifts/redeem/${encodeURIComponent(code)}`, { token: auth, headers: { 'Idempotency-Key': `refused-${reason}` } });
    const [status, errorCode] = reason === 'NOT_FOUND' ? [404, 'NOT_FOUND'] : [409, 'CONFLICT'];
    expect([redeemed.status, redeemed.json]).toEqual([status, { responseData: { code: errorCode, reason }, errors: [REDEEM_REFUSAL_MESSAGES[reason]] }]);
  });
}
