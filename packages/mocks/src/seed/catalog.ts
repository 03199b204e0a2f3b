import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from '@giftkit/core';
import type { Platform } from '../engine/platform';
import { seedCoupons } from './coupons';
import { SEED_CUSTOMERS, SEED_PUBLISHER_RESTRICTED_COUNTRIES, SEED_TAX_RATES } from './customers';
import { SEED_OFFERS, seedOffers } from './offers';

/** Subscription ids of the seeded customers. */
export const SEED_SUBSCRIPTIONS = {
  gifterFootball: 'sub_alice_football',
  extendRecipientVolleyball: 'sub_carol_volleyball',
  appStoreFootball: 'sub_dan_football',
  renewingCinema: 'sub_erin_cinema',
  twoMatchingMonthly: 'sub_frank_football_monthly',
  twoMatchingAnnual: 'sub_frank_football_annual',
  /** Created by the redeemed seed gift (seeded with the gifts). */
  pastRecipientCinema: 'sub_henry_cinema',
} as const;

/** Settings, catalogue, customers, their cards, subscriptions and history, coupons and codes. */
export function seedCatalog(platform: Platform): void {
  const { dev } = platform;
  const now = platform.now();
  const day = SECONDS_PER_DAY;
  const c = SEED_CUSTOMERS;
  const o = SEED_OFFERS;
  const s = SEED_SUBSCRIPTIONS;
  dev.setSettings({ taxRates: { ...SEED_TAX_RATES }, publisherRestrictedCountries: [...SEED_PUBLISHER_RESTRICTED_COUNTRIES] });
  for (const offer of seedOffers()) dev.addOffer(offer);
  for (const customer of Object.values(c)) dev.addCustomer({ ...customer });

  dev.addPaymentMethod(c.gifter.id, { brand: 'visa', last4: '4242' });
  dev.addPaymentMethod(c.secondGifter.id, { brand: 'mastercard', last4: '4444' });
  dev.addPaymentMethod(c.extendRecipient.id, { brand: 'visa', last4: '4242' });
  dev.addPaymentMethod(c.renewalInProgress.id, { brand: 'visa', last4: '4242' });
  dev.addPaymentMethod(c.twoMatchingSubscriptions.id, { brand: 'visa', last4: '4242' });

  const subscribe = (id: string, customerId: string, offerId: string, startedDaysAgo: number, endsInDays: number, extra = {}) => {
    dev.addSubscription({ id, customerId, offerId, createdAt: now - startedDaysAgo * day, expiresAt: now + endsInDays * day, ...extra });
    dev.addTransaction(customerId, offerId, now - startedDaysAgo * day, id);
  };
  subscribe(s.gifterFootball, c.gifter.id, o.footballMonthly, 45, 15);
  dev.addTransaction(c.gifter.id, o.footballMonthly, now - 15 * day, s.gifterFootball); // last month's renewal
  subscribe(s.extendRecipientVolleyball, c.extendRecipient.id, o.volleyballMonthly, 10, 20);
  dev.addSubscription({
    id: s.appStoreFootball, customerId: c.appStoreSubscriber.id, offerId: o.footballMonthly,
    createdAt: now - 70 * day, expiresAt: now + 10 * day, externallyManaged: true,
  });
  dev.addSubscription({
    id: s.renewingCinema, customerId: c.renewalInProgress.id, offerId: o.cinemaQuarterly,
    createdAt: now - 90 * day + 6 * SECONDS_PER_HOUR, expiresAt: now + 6 * SECONDS_PER_HOUR, recurringInProgress: true,
  });
  dev.addTransaction(c.renewalInProgress.id, o.cinemaQuarterly, now - 90 * day, s.renewingCinema);
  subscribe(s.twoMatchingMonthly, c.twoMatchingSubscriptions.id, o.footballMonthly, 20, 12);
  subscribe(s.twoMatchingAnnual, c.twoMatchingSubscriptions.id, o.footballAnnual, 165, 200);

  for (const { coupon, promotionCode } of seedCoupons(now)) {
    dev.addCoupon(coupon);
    dev.addPromotionCode({ ...promotionCode, couponId: coupon.id });
  }
}
