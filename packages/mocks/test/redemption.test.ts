/** Verification and redemption (rules 8 and 9): every refusal reachable from seed data. */
import { addMonths, type RedeemRefusalReason } from '@giftkit/core';
import { describe, expect, it } from 'vitest';
import { createInMemoryGiftsApi, createPlatform, seed, type Platform } from '../src';
import { rejection, thrown } from './helpers';

const reasons = Object.keys(seed.redemptionRefusals) as RedeemRefusalReason[];

describe('redemption refusals', () => {
  it('covers all ten reasons', () => {
    expect(reasons.sort()).toEqual(
      [
        'REDEEMED', 'EXPIRED', 'NOT_FOUND', 'NOT_YET_DELIVERED', 'INACTIVE_OFFER', 'OFFER_GEO_RESTRICTED',
        'PUBLISHER_GEO_RESTRICTED', 'EXTERNALLY_MANAGED_SUBSCRIPTION', 'RECURRING_PROCESS_ALREADY_STARTED', 'MORE_THAN_ONE_MATCHING_SUBSCRIPTION',
      ].sort(),
    );
  });

  it.each(reasons)('%s: verification says why, redeeming refuses with it, nothing changes', async (reason) => {
    const { code, customerId } = seed.redemptionRefusals[reason];
    const platform = createPlatform();
    const api = createInMemoryGiftsApi(platform, { customerId });
    const before = JSON.stringify(await api.listSubscriptions());
    const verification = await api.verifyGift(code);
    expect(verification).toMatchObject({ redeemable: false, redeemMode: null, redeemRefusalReason: reason, extendedSubscriptionId: null });
    const error = await rejection(api.redeemGift(code, { idempotencyKey: 'try' }));
    expect(error).toMatchObject({ code: reason === 'NOT_FOUND' ? 'NOT_FOUND' : 'CONFLICT', reason });
    expect(JSON.stringify(await api.listSubscriptions())).toBe(before);
  });

  it('needs a signed-in recipient', async () => {
    const api = createInMemoryGiftsApi(createPlatform());
    expect(await rejection(api.verifyGift(seed.giftCodes.readyToRedeem))).toMatchObject({ code: 'UNAUTHORIZED', status: 401 });
    expect(await rejection(api.redeemGift(seed.giftCodes.readyToRedeem, { idempotencyKey: 'k' }))).toMatchObject({ code: 'UNAUTHORIZED' });
    expect((await api.listOffers()).length).toBeGreaterThan(0); // the catalogue stays public
  });

  it('throttles repeated failed verifications (rule 7)', () => {
    const platform = createPlatform();
    const bob = platform.as(seed.customers.newRecipient.id);
    for (let i = 0; i < 10; i += 1) expect(bob.verifyGift(`ZZZZ-ZZZ${i % 8 + 2}`).redeemRefusalReason).toBe('NOT_FOUND');
    const limited = thrown(() => bob.verifyGift(seed.giftCodes.readyToRedeem));
    expect(limited).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    expect(limited.retryAfter).toBeGreaterThan(0);
    expect(platform.as(seed.customers.gifter.id).verifyGift(seed.giftCodes.readyToRedeem).redeemable).toBe(true); // per customer
    platform.advanceBy(limited.retryAfter ?? 0);
    expect(bob.verifyGift(seed.giftCodes.readyToRedeem).redeemable).toBe(true);
  });

  it('turns a malformed code into NOT_FOUND, never a crash', () => {
    const bob = createPlatform().as(seed.customers.newRecipient.id);
    for (const code of ['', '💥', 'ABCD-EFG0', '<script>', 'SEED-NEW2-EXTRA']) expect(bob.verifyGift(code).redeemRefusalReason).toBe('NOT_FOUND');
  });
});

describe('redeeming', () => {
  function redeem(platform: Platform, customerId: string, code: string) {
    return platform.as(customerId).redeemGift(code, { idempotencyKey: `k-${code}` });
  }

  it('EXTENDs by the gift period across billing periods (same tag set), keeping the own offer', () => {
    const platform = createPlatform();
    const carol = seed.customers.extendRecipient.id;
    const [before] = platform.as(carol).listSubscriptions();
    const preview = platform.as(carol).verifyGift(seed.giftCodes.toExtend);
    expect(preview).toMatchObject({ redeemMode: 'EXTEND', extendedSubscriptionId: before?.subscriptionId, newExpiresAt: addMonths(before?.expiresAt ?? 0, 12) });
    const result = redeem(platform, carol, seed.giftCodes.toExtend);
    expect(result).toMatchObject({ redeemMode: 'EXTEND', subscriptionId: before?.subscriptionId, offerId: seed.offers.volleyballMonthly, expiresAt: preview.newExpiresAt, hasPaymentMethod: true });
    expect(platform.as(carol).listSubscriptions()[0]).toMatchObject({ extendedByGift: true, nextPaymentAt: preview.newExpiresAt });
  });

  it('keeps one idempotency key to one code', () => {
    const platform = createPlatform();
    const bob = platform.as(seed.customers.newRecipient.id);
    bob.redeemGift(seed.giftCodes.readyToRedeem, { idempotencyKey: 'k' });
    expect(thrown(() => bob.redeemGift(seed.giftCodes.inactiveOffer, { idempotencyKey: 'k' }))).toMatchObject({ code: 'CONFLICT' });
  });

  it('lets a paid gift of an offer whose gift flag was later turned off still be redeemed', () => {
    const platform = createPlatform();
    platform.dev.updateOffer(seed.offers.footballMonthly, { giftable: false });
    expect(redeem(platform, seed.customers.newRecipient.id, seed.giftCodes.readyToRedeem).redeemMode).toBe('NEW');
  });

  it('gives the recipient a subscription that renews at the normal price when a card is on file (rule 10)', () => {
    const platform = createPlatform();
    const bob = seed.customers.newRecipient.id;
    platform.dev.addPaymentMethod(bob);
    const result = redeem(platform, bob, seed.giftCodes.readyToRedeem);
    expect(result.hasPaymentMethod).toBe(true);
    platform.advanceTo(result.expiresAt);
    const [subscription] = platform.as(bob).listSubscriptions();
    expect(subscription).toMatchObject({ status: 'active', expiresAt: addMonths(result.expiresAt, 1) });
    expect(platform.as(bob).listTransactions({ limit: 5, offset: 0 }).items).toEqual([expect.objectContaining({ totalPrice: 9.99, targetType: 'subscriptionId' })]);
  });
});
