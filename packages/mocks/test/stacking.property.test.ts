/**
 * Rule 9 on the platform: stacked gifts redeemed in any order land on the same renewal date
 * (the sum of their periods) when the renewal day is 1–28. Month ends are the documented
 * exception (docs/rules.md §9): each redemption clamps on its own.
 */
import { addMonths, SECONDS_PER_DAY, SECONDS_PER_HOUR, type UnixSeconds } from '@giftkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPlatform, DEFAULT_NOW, seed, type Platform } from '../src';

const RUNS = { numRuns: 1000 } as const;
const c = seed.customers;
const carolsSubscription = seed.subscriptions.extendRecipientVolleyball;
const GIFTERS = [c.gifter.id, c.secondGifter.id, c.newRecipient.id] as const;
const PERIODS = [1, 3, 6, 12] as const;

/** Carol's platform, her subscription renewing at `renewal`, with a Volleyball offer for every giftable period. */
function platformRenewingAt(renewal: UnixSeconds): { platform: Platform; offerFor: (months: number) => string } {
  const platform = createPlatform({ seed: 'catalog' });
  const monthly = platform.store.offer(seed.offers.volleyballMonthly);
  // Same tag set, listed the other way round: matching is by set (rule 9).
  for (const months of [3, 6]) platform.dev.addOffer({ ...monthly, id: `offer_volleyball_${months}m`, title: `Volleyball ${months} months`, billingCycle: { periodUnit: 'month', amount: months }, tags: [...monthly.tags].reverse() });
  platform.dev.updateSubscription(carolsSubscription, { expiresAt: renewal });
  const ids: Record<number, string> = { 1: seed.offers.volleyballMonthly, 3: 'offer_volleyball_3m', 6: 'offer_volleyball_6m', 12: seed.offers.volleyballAnnual };
  return { platform, offerFor: (months) => ids[months] ?? '' };
}

/** Sends one gift per period to Carol, redeems them in `order`, and answers her renewal date. */
function redeemInOrder(renewal: UnixSeconds, gifts: ReadonlyArray<{ months: number; gifterId: string }>, order: readonly number[]): UnixSeconds {
  const { platform, offerFor } = platformRenewingAt(renewal);
  const sent = Math.floor(platform.now() / SECONDS_PER_HOUR) * SECONDS_PER_HOUR - SECONDS_PER_HOUR;
  const codes = gifts.map(({ months, gifterId }) =>
    platform.dev.insertGift({ offerId: offerFor(months), gifterId, recipientEmail: c.extendRecipient.email, createdAt: sent - SECONDS_PER_DAY, deliveryDate: sent, sentAt: sent }).code,
  );
  const carol = platform.as(c.extendRecipient.id);
  for (const index of order) {
    const code = codes[index] ?? '';
    expect(carol.redeemGift(code, { idempotencyKey: code }).redeemMode).toBe('EXTEND');
  }
  return platform.dev.subscription(carolsSubscription).expiresAt;
}

/** A renewal instant after the platform's clock on a day 1–28 of the month (UTC). */
const renewalDay1to28 = fc
  .record({ year: fc.integer({ min: 2026, max: 2030 }), month: fc.integer({ min: 0, max: 11 }), day: fc.integer({ min: 1, max: 28 }), minute: fc.integer({ min: 0, max: 24 * 60 - 1 }) })
  .map(({ year, month, day, minute }) => Date.UTC(year, month, day) / 1000 + minute * 60)
  .filter((instant) => instant > DEFAULT_NOW + SECONDS_PER_DAY);

const giftsInAnOrder = fc
  .array(fc.record({ months: fc.constantFrom(...PERIODS), gifterId: fc.constantFrom(...GIFTERS) }), { minLength: 2, maxLength: 5 })
  .chain((gifts) => fc.tuple(fc.constant(gifts), fc.shuffledSubarray([...gifts.keys()], { minLength: gifts.length, maxLength: gifts.length })));

describe('stacked gifts on the platform (rule 9)', () => {
  it('end on the same renewal date whatever the redemption order, for renewal days 1–28 (property)', () => {
    fc.assert(
      fc.property(renewalDay1to28, giftsInAnOrder, (renewal, [gifts, order]) => {
        const total = gifts.reduce((sum, gift) => sum + gift.months, 0);
        // Every order equals the order-free sum, hence every order equals every other.
        expect(redeemInOrder(renewal, gifts, order)).toBe(addMonths(renewal, total));
      }),
      RUNS,
    );
  }, 120_000);

  it('clamp each redemption at a month end, as documented: 31 January + 1 + 1 month is 28 March', () => {
    const renewal = Date.UTC(2027, 0, 31, 12) / 1000;
    const twoMonthly = [{ months: 1, gifterId: c.gifter.id }, { months: 1, gifterId: c.secondGifter.id }];
    expect(redeemInOrder(renewal, twoMonthly, [0, 1])).toBe(Date.UTC(2027, 2, 28, 12) / 1000);
    expect(addMonths(renewal, 2)).toBe(Date.UTC(2027, 2, 31, 12) / 1000); // all at once would say 31 March
  });
});
