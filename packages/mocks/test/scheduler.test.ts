/** The clock and the hourly delivery job (rule 5). */
import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from '@giftkit/core';
import { describe, expect, it } from 'vitest';
import { createPlatform, deliveryDueAt, seed } from '../src';
import { buyGift } from '../src/scenarios/flows';
import { details } from './helpers';

const alice = seed.customers.gifter.id;

describe('the clock', () => {
  it('starts at the seeded time, moves forward only, and can follow the wall clock', () => {
    const platform = createPlatform();
    expect(platform.now()).toBe(1_772_443_800);
    expect(platform.advanceBy(60)).toBe(1_772_443_860);
    expect(() => platform.advanceTo(1_772_443_800)).toThrow(RangeError);
    expect(() => platform.advanceBy(-1)).toThrow(RangeError);
    const live = createPlatform({ realTime: true, now: 1_800_000_000, seed: 'none' });
    expect(live.now()).toBeGreaterThanOrEqual(1_800_000_000);
  });
});

describe('delivery within the hour', () => {
  it('sends at the first whole hour at or after the delivery time, in order, never twice', () => {
    const platform = createPlatform({ seed: 'catalog' });
    const base = Math.ceil(platform.now() / SECONDS_PER_HOUR) * SECONDS_PER_HOUR + SECONDS_PER_DAY;
    const buy = (deliveryDate: number, note: string) =>
      buyGift(platform, { gifterId: alice, offerId: seed.offers.footballMonthly, details: details({ deliveryDate, personalNote: note }) }).giftId ?? '';
    const late = buy(base + 3 * SECONDS_PER_HOUR, 'late');
    const early = buy(base, 'early');
    const odd = buy(base + SECONDS_PER_HOUR + 45 * 60, 'Kathmandu-style quarter hour'); // leaves at the next whole hour
    platform.advanceTo(base + 10 * SECONDS_PER_HOUR);
    const sent = platform.outbox.byKind('gift-invitation');
    expect(sent.map((email) => [email.giftId, email.sentAt])).toEqual([
      [early, base],
      [odd, base + 2 * SECONDS_PER_HOUR],
      [late, base + 3 * SECONDS_PER_HOUR],
    ]);
    platform.advanceBy(SECONDS_PER_DAY);
    expect(platform.outbox.byKind('gift-invitation')).toHaveLength(3);
    expect(platform.scheduledDeliveries).toBe(0);
  });

  it('sends a gift for "now" within the hour of the purchase, never before it was bought', () => {
    const platform = createPlatform({ seed: 'catalog' });
    const thisHour = Math.floor(platform.now() / SECONDS_PER_HOUR) * SECONDS_PER_HOUR;
    const giftId = buyGift(platform, { gifterId: alice, offerId: seed.offers.footballMonthly, details: details({ deliveryDate: thisHour }) }).giftId ?? '';
    expect(platform.dev.gift(giftId).sentAt).toBeNull();
    expect(deliveryDueAt(platform.store.gift(giftId))).toBe(thisHour + SECONDS_PER_HOUR);
    platform.advanceBy(SECONDS_PER_HOUR - (platform.now() - thisHour) - 1);
    expect(platform.dev.gift(giftId).sentAt).toBeNull();
    platform.advanceBy(1);
    expect(platform.dev.gift(giftId).sentAt).toBe(thisHour + SECONDS_PER_HOUR);
  });

  it('follows an edited delivery date', () => {
    const platform = createPlatform({ seed: 'catalog' });
    const first = platform.now() + 5 * SECONDS_PER_DAY;
    const giftId = buyGift(platform, { gifterId: alice, offerId: seed.offers.footballMonthly, details: details({ deliveryDate: first - (first % 3600) }) }).giftId ?? '';
    const sooner = Math.ceil(platform.now() / SECONDS_PER_HOUR) * SECONDS_PER_HOUR + 2 * SECONDS_PER_DAY;
    platform.as(alice).updateGift(giftId, details({ deliveryDate: sooner }));
    platform.advanceTo(sooner);
    expect(platform.dev.gift(giftId).sentAt).toBe(sooner);
    expect(platform.outbox.forGift(giftId).map((email) => email.kind)).toEqual(['gift-confirmation', 'gift-invitation']);
  });

  it('builds the redeem link on the configured page, keeping its own query', () => {
    const platform = createPlatform({ settings: { redeemUrl: 'https://tv.example/subscribe/gift/activate?lang=fr' } });
    platform.dev.sendGiftNow(seed.gifts.notYetDelivered);
    expect(platform.outbox.latest()?.redeemLink).toBe(`https://tv.example/subscribe/gift/activate?lang=fr&giftCode=${seed.giftCodes.notYetDelivered}`);
  });
});

describe('subscriptions over time (rule 10)', () => {
  it('renews with a card on file, lapses without one, and app stores renew on their own', () => {
    const platform = createPlatform();
    platform.advanceBy(40 * SECONDS_PER_DAY);
    const subs = (customerId: string) => platform.as(customerId).listSubscriptions();
    expect(subs(alice)[0]).toMatchObject({ status: 'active' });
    expect(subs(alice)[0]?.expiresAt).toBeGreaterThan(platform.now());
    expect(subs(seed.customers.appStoreSubscriber.id)[0]).toMatchObject({ status: 'active', externallyManaged: true });
    platform.dev.removePaymentMethods(seed.customers.extendRecipient.id);
    platform.advanceBy(40 * SECONDS_PER_DAY);
    expect(subs(seed.customers.extendRecipient.id)[0]?.status).toBe('expired');
    expect(platform.as(alice).listTransactions({ limit: 100, offset: 0 }).items.filter((t) => t.targetType === 'subscriptionId').length).toBeGreaterThan(2);
  });
});
