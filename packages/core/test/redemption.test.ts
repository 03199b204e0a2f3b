import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accessAfterGift,
  addMonths,
  matchingSubscriptions,
  sameEntitlement,
  stackedExpiry,
  verifyRedemption,
  type RedeemRefusalReason,
  type RedemptionContext,
} from '@giftkit/core';
import { offer, subscription } from './factories';
import { RUNS, utc } from './fc';

const now = utc('2026-06-01T12:00:00');
const footballAnnual = offer({ id: 'S-football-annual', title: 'Football Annual', billingCycle: { periodUnit: 'year', amount: 1 }, tags: ['hd', 'football'] });
const volleyMonthly = offer({ id: 'S-volley-monthly', title: 'Football Monthly (volleyball!)', tags: ['volleyball'] });
const sentGift = { offerId: footballAnnual.id, sentAt: now - 3600, redeemedAt: null, expiresAt: null };

const ctx = (over: Partial<RedemptionContext> = {}): RedemptionContext => ({
  gift: sentGift,
  giftOffer: footballAnnual,
  subscriptions: [],
  now,
  ...over,
});

describe('sameEntitlement (rule 9: exact tag sets, never names)', () => {
  it('matches equal tag sets in any order', () => {
    expect(sameEntitlement(offer(), footballAnnual)).toBe(true);
  });
  it('does not match a subset or a superset', () => {
    expect(sameEntitlement(offer({ tags: ['football'] }), footballAnnual)).toBe(false);
    expect(sameEntitlement(offer({ tags: ['football', 'hd', '4k'] }), footballAnnual)).toBe(false);
  });
  it('ignores names entirely', () => {
    expect(sameEntitlement(volleyMonthly, offer({ id: 'x', title: volleyMonthly.title, tags: ['football'] }))).toBe(false);
  });
  it('matches an offer with itself even untagged, but never two different untagged offers', () => {
    expect(sameEntitlement(offer({ tags: [] }), offer({ tags: [] }))).toBe(true);
    expect(sameEntitlement(offer({ id: 'a', tags: [] }), offer({ id: 'b', tags: [] }))).toBe(false);
  });
  it('is symmetric and order-insensitive (property)', () => {
    const tags = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 4 });
    fc.assert(
      fc.property(tags, tags, (x, y) => {
        const a = offer({ id: 'a', tags: x });
        const b = offer({ id: 'b', tags: y });
        expect(sameEntitlement(a, b)).toBe(sameEntitlement(b, a));
        expect(sameEntitlement(a, offer({ id: 'c', tags: [...x].reverse() }))).toBe(x.length > 0);
      }),
      RUNS,
    );
  });
});

describe('verifyRedemption (rules 8 and 9)', () => {
  it('NEW: a recipient without a matching subscription gets the offer for its period', () => {
    expect(verifyRedemption(ctx())).toEqual({
      redeemable: true,
      redeemMode: 'NEW',
      redeemRefusalReason: null,
      offerId: footballAnnual.id,
      extendedSubscriptionId: null,
      currentExpiresAt: null,
      newExpiresAt: utc('2027-06-01T12:00:00'),
    });
  });

  it('EXTEND: a Monthly subscriber redeeming an Annual gift keeps the monthly offer, renewal pushed a year', () => {
    const monthly = subscription({ expiresAt: utc('2026-06-20T00:00:00') });
    const result = verifyRedemption(ctx({ subscriptions: [{ subscription: monthly, offer: offer() }] }));
    expect(result).toMatchObject({
      redeemable: true,
      redeemMode: 'EXTEND',
      extendedSubscriptionId: 'sub-1',
      currentExpiresAt: utc('2026-06-20T00:00:00'),
      newExpiresAt: utc('2027-06-20T00:00:00'),
    });
  });

  it('ignores subscriptions of other entitlements and ones that ended', () => {
    const other = { subscription: subscription({ offerId: volleyMonthly.id }), offer: volleyMonthly };
    const ended = { subscription: subscription({ subscriptionId: 'old', status: 'expired', expiresAt: now - 1 }), offer: offer() };
    expect(verifyRedemption(ctx({ subscriptions: [other, ended] })).redeemMode).toBe('NEW');
    expect(matchingSubscriptions(footballAnnual, [other, ended], now)).toEqual([]);
  });

  const cases: Array<[RedeemRefusalReason, Partial<RedemptionContext>]> = [
    ['NOT_FOUND', { gift: null }],
    ['NOT_FOUND', { giftOffer: null }],
    ['REDEEMED', { gift: { ...sentGift, redeemedAt: now - 10 } }],
    ['NOT_YET_DELIVERED', { gift: { ...sentGift, sentAt: null } }],
    ['NOT_YET_DELIVERED', { gift: { ...sentGift, sentAt: now + 10 } }],
    ['EXPIRED', { gift: { ...sentGift, expiresAt: now } }],
    ['EXPIRED', { gift: { ...sentGift, sentAt: now - 366 * 86_400 } }],
    ['INACTIVE_OFFER', { giftOffer: { ...footballAnnual, active: false } }],
    ['PUBLISHER_GEO_RESTRICTED', { recipientCountry: 'ru', publisherRestrictedCountries: ['RU'] }],
    ['OFFER_GEO_RESTRICTED', { recipientCountry: 'US', giftOffer: { ...footballAnnual, restrictedCountries: ['us'] } }],
    ['EXTERNALLY_MANAGED_SUBSCRIPTION', { subscriptions: [{ subscription: subscription({ externallyManaged: true }), offer: offer() }] }],
    ['RECURRING_PROCESS_ALREADY_STARTED', { subscriptions: [{ subscription: subscription({ recurringInProgress: true }), offer: offer() }] }],
    [
      'MORE_THAN_ONE_MATCHING_SUBSCRIPTION',
      { subscriptions: [{ subscription: subscription(), offer: offer() }, { subscription: subscription({ subscriptionId: 'sub-2', offerId: footballAnnual.id }), offer: footballAnnual }] },
    ],
  ];
  it.each(cases)('refuses with %s', (reason, over) => {
    const result = verifyRedemption(ctx(over));
    expect(result).toMatchObject({ redeemable: false, redeemMode: null, redeemRefusalReason: reason, newExpiresAt: null });
  });

  it('keeps a paid gift redeemable when the operator later turns gifting off', () => {
    expect(verifyRedemption(ctx({ giftOffer: { ...footballAnnual, giftable: false } })).redeemable).toBe(true);
  });
});

describe('stacking (rule 9)', () => {
  it('pushes the renewal date by every gift: 2 monthly gifts + 1 annual = 14 months', () => {
    expect(stackedExpiry(utc('2026-01-15T00:00:00'), [1, 12, 1])).toBe(utc('2027-03-15T00:00:00'));
  });
  it('clamps month ends (31 January + 1 month = 28 February)', () => {
    expect(addMonths(utc('2027-01-31T10:00:00'), 1)).toBe(utc('2027-02-28T10:00:00'));
    expect(() => addMonths(0, -1)).toThrow(RangeError);
  });

  const period = fc.constantFrom(1, 3, 6, 12);
  const from = fc.integer({ min: utc('2000-01-01'), max: utc('2040-01-01') });
  it('is order-independent (property)', () => {
    fc.assert(
      fc.property(from, fc.array(period, { maxLength: 8 }), (start, periods) => {
        expect(stackedExpiry(start, [...periods].reverse())).toBe(stackedExpiry(start, periods));
        expect(stackedExpiry(start, [...periods].sort())).toBe(stackedExpiry(start, periods));
      }),
      RUNS,
    );
  });
  it('is additive: stacking equals adding the total, and redeeming one by one agrees away from month ends (property)', () => {
    const earlyInMonth = from.filter((t) => new Date(t * 1000).getUTCDate() <= 28);
    fc.assert(
      fc.property(earlyInMonth, fc.array(period, { maxLength: 8 }), (start, periods) => {
        const total = periods.reduce((a, b) => a + b, 0);
        expect(stackedExpiry(start, periods)).toBe(addMonths(start, total));
        expect(periods.reduce((at, p) => stackedExpiry(at, [p]), start)).toBe(stackedExpiry(start, periods));
        expect(stackedExpiry(start, periods)).toBeGreaterThanOrEqual(start);
      }),
      RUNS,
    );
  });
});

describe('after the gift (rule 10)', () => {
  it('renews with a payment method on file and lapses without', () => {
    expect(accessAfterGift({ hasPaymentMethod: true })).toBe('renews');
    expect(accessAfterGift({ hasPaymentMethod: false })).toBe('lapses');
    expect(accessAfterGift({ hasPaymentMethod: true, status: 'cancelled' })).toBe('lapses');
    expect(accessAfterGift({ hasPaymentMethod: true, status: 'active' })).toBe('renews');
  });
});
