/** Every named scenario builds, deterministically, in the state its name promises. */
import { giftEditability } from '@giftkit/core';
import { describe, expect, it } from 'vitest';
import { buildScenario, createInMemoryGiftsApi, readSessionToken, SCENARIO_NAMES, scenarios, seed, type ScenarioName } from '../src';
import { rejection, thrown } from './helpers';

// The 100,000-gift scenario belongs to the benchmark, not to the test suite's critical path.
const QUICK = SCENARIO_NAMES.filter((name) => name !== 'operatorLarge');

describe('scenarios', () => {
  it.each(QUICK)('%s builds with a matching session', (name: ScenarioName) => {
    const s = buildScenario(name);
    expect(s.name).toBe(name);
    expect(s.description.length).toBeGreaterThan(5);
    if (s.customerId === null) expect(s.token).toBeNull();
    else expect(readSessionToken(s.token)?.customerId).toBe(s.customerId);
  });

  it('is deterministic: the same scenario twice gives the same data', () => {
    const a = scenarios.twoStackedGifts();
    const b = scenarios.twoStackedGifts();
    expect(a.giftCodes).toEqual(b.giftCodes);
    expect(scenarios.manyGifts(50).platform.store.gifts.map((g) => g.code)).toEqual(scenarios.manyGifts(50).platform.store.gifts.map((g) => g.code));
  });

  it('empty: no gifts for anybody', async () => {
    const s = scenarios.empty();
    expect(s.platform.store.gifts).toHaveLength(0);
    expect((await createInMemoryGiftsApi(s.platform, { customerId: s.customerId }).listTransactions({ limit: 10, offset: 0 })).items.every((t) => t.targetType === 'subscriptionId')).toBe(true);
  });

  it('myGiftsEveryStatus: every status, editable and locked for each reason', () => {
    const s = scenarios.myGiftsEveryStatus();
    const alice = s.platform.as(s.customerId ?? '');
    const ids = s.giftIds ?? {};
    const status = (key: string) => alice.getGift(ids[key] ?? '').status;
    expect(['scheduled', 'sendingSoon', 'sent', 'activated', 'completed', 'expired'].map(status)).toEqual(['standby', 'standby', 'standby', 'activated', 'completed', 'expired']);
    const lock = (key: string) => {
      const editability = giftEditability({ ...alice.getGift(ids[key] ?? ''), timeZone: alice.getGift(ids[key] ?? '').timeZone }, s.platform.now());
      return editability.editable ? 'editable' : editability.reason;
    };
    expect(['scheduled', 'sendingSoon', 'sent', 'activated'].map(lock)).toEqual(['editable', 'SENDING_SOON', 'ALREADY_SENT', 'ALREADY_REDEEMED']);
    expect(alice.getGift(ids.scheduled ?? '').code).toBeNull();
  });

  it('twoStackedGifts: two delivered codes from two gifters for Carol', () => {
    const s = scenarios.twoStackedGifts();
    const carol = s.platform.as(s.customerId ?? '');
    expect(s.giftCodes).toHaveLength(2);
    expect(s.giftCodes?.map((code) => carol.verifyGift(code).redeemMode)).toEqual(['EXTEND', 'EXTEND']);
    const gifters = new Set(s.giftCodes?.map((code) => s.platform.dev.giftByCode(code)?.gifterEmail));
    expect(gifters).toEqual(new Set([seed.customers.gifter.email, seed.customers.secondGifter.email]));
  });

  it('checkout and coupon scenarios carry what the flow needs', () => {
    expect(scenarios.checkoutAlreadySubscribed()).toMatchObject({ offerId: seed.offers.footballMonthly, customerId: seed.customers.gifter.id });
    const refused = scenarios.couponExpired();
    const actor = refused.platform.as(refused.customerId ?? '');
    const order = actor.createOrder({ offerId: refused.offerId ?? '', buyAsAGift: refused.buyAsAGift ?? true });
    expect(thrown(() => actor.updateOrder(order.id, { couponCode: refused.couponCode ?? '' })).code).toBe('COUPON_EXPIRED');
    const free = scenarios.couponFree();
    const freeActor = free.platform.as(free.customerId ?? '');
    expect(freeActor.updateOrder(freeActor.createOrder({ offerId: free.offerId ?? '', buyAsAGift: true }).id, { couponCode: free.couponCode ?? '' }).requiredPaymentDetails).toBe(false);
  });

  it('switchBlocked, refundBlocked and receivedGifts are ready to show', async () => {
    const sw = scenarios.switchBlocked();
    expect(thrown(() => sw.platform.as(sw.customerId ?? '').switchSubscription(sw.subscriptionId ?? '', sw.offerId ?? '')).code).toBe('SUBSCRIPTION_SWITCH_BLOCKED');
    const refund = scenarios.refundBlocked();
    expect(thrown(() => refund.platform.as(refund.customerId ?? '').requestRefund(refund.transactionId ?? '')).code).toBe('REFUND_NOT_ALLOWED');
    const received = scenarios.receivedGifts();
    const list = received.platform.as(received.customerId ?? '').listReceivedGifts();
    expect(list.some((g) => g.redeemedAt !== null) && list.some((g) => g.redeemedAt === null)).toBe(true);
    const signedOut = scenarios.sessionExpired();
    expect(() => signedOut.platform.authenticate(signedOut.token)).toThrow();
    const slow = scenarios.verifyUnavailable();
    expect(await rejection(createInMemoryGiftsApi(slow.platform, { customerId: slow.customerId }).verifyGift(slow.giftCode ?? ''))).toMatchObject({ status: 503 });
  });

  it('myGiftsMany: 5,000 gifts for one gifter, paged', () => {
    const s = scenarios.myGiftsMany();
    expect(s.platform.store.giftsOf(s.customerId ?? '')).toHaveLength(5000);
    const statuses = new Set(s.platform.store.gifts.map((g) => s.platform.dev.gift(g.id).status));
    expect(statuses).toEqual(new Set(['standby', 'expired', 'activated', 'completed']));
  });
});
