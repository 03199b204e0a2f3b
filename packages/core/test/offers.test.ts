import { describe, expect, it } from 'vitest';
import {
  billingPeriodMonths,
  canRefund,
  canSwitchSubscription,
  hasAccessToOffer,
  offerGiftability,
  parsePurchaseAsGift,
  purchaseModes,
  REFUND_BLOCKED_MESSAGE,
  SWITCH_BLOCKED_MESSAGE,
  type BillingCycle,
  type OfferType,
} from '@giftkit/core';
import { offer, subscription } from './factories';

describe('offerGiftability (rule 1)', () => {
  it.each<[BillingCycle, number]>([
    [{ periodUnit: 'month', amount: 1 }, 1],
    [{ periodUnit: 'month', amount: 3 }, 3],
    [{ periodUnit: 'month', amount: 6 }, 6],
    [{ periodUnit: 'month', amount: 12 }, 12],
    [{ periodUnit: 'year', amount: 1 }, 12],
  ])('gifts a subscription billed %j (%i months)', (billingCycle, months) => {
    expect(offerGiftability(offer({ billingCycle }))).toEqual({ giftable: true, periodMonths: months });
  });
  it.each<BillingCycle | null>([
    { periodUnit: 'week', amount: 1 },
    { periodUnit: 'season', amount: 1 },
    { periodUnit: 'month', amount: 2 },
    { periodUnit: 'year', amount: 2 },
    { periodUnit: 'month', amount: 0 },
    { periodUnit: 'month', amount: 1.5 },
    null,
  ])('never gifts a subscription billed %j', (billingCycle) => {
    expect(offerGiftability(offer({ billingCycle }))).toEqual({ giftable: false, reason: 'BILLING_PERIOD_NOT_GIFTABLE' });
  });
  it.each<OfferType>(['pass', 'event', 'single'])('never gifts a %s', (type) => {
    expect(offerGiftability(offer({ type }))).toEqual({ giftable: false, reason: 'NOT_A_SUBSCRIPTION' });
  });
  it('needs the operator’s flag and an active offer', () => {
    expect(offerGiftability(offer({ giftable: false }))).toEqual({ giftable: false, reason: 'GIFTING_DISABLED' });
    expect(offerGiftability(offer({ active: false }))).toEqual({ giftable: false, reason: 'INACTIVE' });
  });
  it('counts billing periods in months', () => {
    expect(billingPeriodMonths({ periodUnit: 'year', amount: 2 })).toBe(24);
    expect(billingPeriodMonths(undefined)).toBeNull();
  });
});

describe('purchase modes (rule 2)', () => {
  const now = 1_000;
  it('offers both, for myself first', () => {
    expect(purchaseModes({ offer: offer(), hasAccess: false })).toEqual({ myself: { available: true }, gift: { available: true }, initial: 'myself' });
  });
  it('preselects gift with ?purchaseAsGift=true', () => {
    expect(purchaseModes({ offer: offer(), hasAccess: false, preferGift: parsePurchaseAsGift('true') }).initial).toBe('gift');
  });
  it('allows only a gift to a customer who already has access, with the reason', () => {
    const access = hasAccessToOffer([subscription({ expiresAt: 2_000 })], 'S-football-monthly', now);
    expect(purchaseModes({ offer: offer(), hasAccess: access })).toEqual({
      myself: { available: false, reason: 'ALREADY_HAS_ACCESS' },
      gift: { available: true },
      initial: 'gift',
    });
  });
  it('allows only for myself when the offer is not giftable', () => {
    expect(purchaseModes({ offer: offer({ type: 'pass' }), hasAccess: false, preferGift: true })).toEqual({
      myself: { available: true },
      gift: { available: false, reason: 'NOT_A_SUBSCRIPTION' },
      initial: 'myself',
    });
  });
  it('allows nothing for an inactive offer, or a non-giftable one already owned', () => {
    expect(purchaseModes({ offer: offer({ active: false }), hasAccess: false }).initial).toBeNull();
    expect(purchaseModes({ offer: offer({ giftable: false }), hasAccess: true }).initial).toBeNull();
  });
  it('knows who has access: current subscriptions to this offer only', () => {
    expect(hasAccessToOffer([subscription({ expiresAt: now })], 'S-football-monthly', now)).toBe(false);
    expect(hasAccessToOffer([subscription({ status: 'expired', expiresAt: 5_000 })], 'S-football-monthly', now)).toBe(false);
    expect(hasAccessToOffer([subscription({ status: 'cancelled', expiresAt: 5_000 })], 'S-football-monthly', now)).toBe(true);
    expect(hasAccessToOffer([subscription({ expiresAt: 5_000 })], 'other', now)).toBe(false);
  });
  it.each([
    ['true', true],
    ['TRUE', true],
    [' 1 ', true],
    ['yes', true],
    ['false', false],
    ['', false],
    [null, false],
    [undefined, false],
  ])('reads purchaseAsGift=%j as %s', (value, expected) => {
    expect(parsePurchaseAsGift(value)).toBe(expected);
  });
});

describe('after purchase (rules 11 and 12)', () => {
  it('blocks switching a subscription a gift created or extended, with the seed’s message', () => {
    expect(canSwitchSubscription({ createdByGift: true, extendedByGift: false })).toEqual({
      allowed: false,
      code: 'SUBSCRIPTION_SWITCH_BLOCKED',
      message: 'Subscription created/extended by gift can not be switched.',
    });
    expect(canSwitchSubscription({ createdByGift: false, extendedByGift: true })).toMatchObject({ allowed: false, message: SWITCH_BLOCKED_MESSAGE });
    expect(canSwitchSubscription({ createdByGift: false, extendedByGift: false })).toEqual({ allowed: true });
  });
  it('blocks refunds of gift purchases only', () => {
    expect(canRefund({ targetType: 'giftId' })).toEqual({ allowed: false, code: 'REFUND_NOT_ALLOWED', message: REFUND_BLOCKED_MESSAGE });
    expect(canRefund({ targetType: 'subscriptionId' })).toEqual({ allowed: true });
  });
});
