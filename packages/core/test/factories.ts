import type { Coupon, Offer, PromotionCode, Subscription } from '@giftkit/core';

export const offer = (over: Partial<Offer> = {}): Offer => ({
  id: 'S-football-monthly',
  title: 'Football Monthly',
  description: '',
  price: { amount: 9.99, currency: 'EUR' },
  type: 'subscription',
  billingCycle: { periodUnit: 'month', amount: 1 },
  tags: ['football', 'hd'],
  active: true,
  giftable: true,
  ...over,
});

export const subscription = (over: Partial<Subscription> = {}): Subscription => ({
  subscriptionId: 'sub-1',
  offerId: 'S-football-monthly',
  status: 'active',
  expiresAt: 2_000_000_000,
  nextPaymentAt: 2_000_000_000,
  createdByGift: false,
  extendedByGift: false,
  hasPaymentMethod: true,
  ...over,
});

export const coupon = (over: Partial<Coupon> = {}): Coupon => ({
  id: 'C1',
  name: 'Twenty',
  percentOff: 20,
  duration: 'repeating',
  durationInMonths: 3,
  timesRedeemed: 0,
  ...over,
});

export const promo = (over: Partial<PromotionCode> = {}): PromotionCode => ({
  id: 'P1',
  code: 'WINTER20',
  couponId: 'C1',
  active: true,
  timesRedeemed: 0,
  ...over,
});
