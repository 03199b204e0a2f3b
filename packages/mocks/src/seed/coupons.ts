import { SECONDS_PER_DAY, type Coupon, type CouponRefusal, type PromotionCode, type UnixSeconds } from '@giftkit/core';
import { SEED_CUSTOMERS } from './customers';
import { SEED_OFFERS } from './offers';

/** Promotion codes customers type, one per discount kind and per refusal reason (rule 14). */
export const SEED_CODES = {
  /** −20 % for 3 months (repeating). */
  percent20: 'SPRING20',
  /** −10 % once. */
  percentOnce: 'TENOFF',
  /** −15 % forever. */
  percentForever: 'LOYAL15',
  /** −100 %: nothing to pay, no payment details. */
  free: 'GIFTONUS',
  /** −5.00 EUR once. */
  amountOff: 'FIVEOFF',
  /** −25 % on orders of 50.00 EUR or more (Football Annual passes, Football Monthly does not). */
  minimumAmount: 'BIG25',
  /** −15 %, usable once in all: shows that a redemption counts only when the payment succeeds. */
  lastOne: 'LASTONE',
  /** −25 % on a first purchase only. */
  firstPurchaseOnly: 'WELCOME25',
  /** Reserved for the new recipient (Bob). */
  otherCustomer: 'BOBVIP',
  inactive: 'PAUSED10',
  expired: 'WINTER30',
  limitReached: 'SOLDOUT50',
  /** Only for the Volleyball offers. */
  notForThisOffer: 'VOLLEY20',
  /** −5.00 USD: the catalogue is in EUR. */
  currency: 'USD5',
  /** Exists nowhere. */
  unknown: 'NOPE2026',
} as const;

interface CouponSeed {
  coupon: Coupon;
  promotionCode: Omit<PromotionCode, 'couponId'>;
}

/** The coupons and their promotion codes, dated relative to `now`. */
export function seedCoupons(now: UnixSeconds): CouponSeed[] {
  const c = SEED_CODES;
  const code = (id: string, value: string, extra: Partial<PromotionCode> = {}) => ({ id, code: value, active: true, timesRedeemed: 0, ...extra });
  return [
    { coupon: { id: 'coupon_spring20', name: 'Spring −20 %', percentOff: 20, duration: 'repeating', durationInMonths: 3, timesRedeemed: 0 }, promotionCode: code('promo_spring20', c.percent20) },
    { coupon: { id: 'coupon_tenoff', name: '−10 % once', percentOff: 10, duration: 'once', timesRedeemed: 0 }, promotionCode: code('promo_tenoff', c.percentOnce) },
    { coupon: { id: 'coupon_loyal15', name: 'Loyalty −15 %', percentOff: 15, duration: 'forever', timesRedeemed: 0 }, promotionCode: code('promo_loyal15', c.percentForever) },
    { coupon: { id: 'coupon_free', name: 'On the house', percentOff: 100, duration: 'once', timesRedeemed: 0 }, promotionCode: code('promo_free', c.free) },
    { coupon: { id: 'coupon_fiveoff', name: '−5 EUR', amountOff: 500, currency: 'EUR', duration: 'once', timesRedeemed: 0 }, promotionCode: code('promo_fiveoff', c.amountOff) },
    {
      coupon: { id: 'coupon_big25', name: 'Big spender −25 %', percentOff: 25, duration: 'once', timesRedeemed: 0 },
      promotionCode: code('promo_big25', c.minimumAmount, { restrictions: { minimumAmount: 5000, minimumAmountCurrency: 'EUR' } }),
    },
    { coupon: { id: 'coupon_lastone', name: 'Last one −15 %', percentOff: 15, duration: 'once', timesRedeemed: 0 }, promotionCode: code('promo_lastone', c.lastOne, { maxRedemptions: 1 }) },
    {
      coupon: { id: 'coupon_welcome', name: 'Welcome −25 %', percentOff: 25, duration: 'once', timesRedeemed: 0 },
      promotionCode: code('promo_welcome', c.firstPurchaseOnly, { restrictions: { firstTimeTransaction: true } }),
    },
    {
      coupon: { id: 'coupon_vip', name: 'VIP −40 %', percentOff: 40, duration: 'once', timesRedeemed: 0 },
      promotionCode: code('promo_bobvip', c.otherCustomer, { customer: SEED_CUSTOMERS.newRecipient.id }),
    },
    { coupon: { id: 'coupon_paused', name: 'Paused −10 %', percentOff: 10, duration: 'once', timesRedeemed: 0 }, promotionCode: code('promo_paused', c.inactive, { active: false }) },
    {
      coupon: { id: 'coupon_winter', name: 'Winter −30 %', percentOff: 30, duration: 'once', timesRedeemed: 0, redeemBy: now - 30 * SECONDS_PER_DAY },
      promotionCode: code('promo_winter', c.expired, { expiresAt: now - 30 * SECONDS_PER_DAY }),
    },
    {
      coupon: { id: 'coupon_soldout', name: 'Flash −50 %', percentOff: 50, duration: 'once', timesRedeemed: 100, maxRedemptions: 100 },
      promotionCode: code('promo_soldout', c.limitReached, { timesRedeemed: 100 }),
    },
    {
      coupon: { id: 'coupon_volley', name: 'Volleyball −20 %', percentOff: 20, duration: 'once', timesRedeemed: 0, appliesTo: [SEED_OFFERS.volleyballMonthly, SEED_OFFERS.volleyballAnnual] },
      promotionCode: code('promo_volley', c.notForThisOffer),
    },
    { coupon: { id: 'coupon_usd5', name: '−5 USD', amountOff: 500, currency: 'USD', duration: 'once', timesRedeemed: 0 }, promotionCode: code('promo_usd5', c.currency) },
  ];
}

/**
 * Where each refusal shows up from seed data: the gifter (Alice) buying the offer as a gift
 * with the code. The table the tests and the `coupon*` scenarios are built from.
 */
export const SEED_COUPON_REFUSALS: Readonly<Record<CouponRefusal, { code: string; customerId: string; offerId: string }>> = {
  COUPON_NOT_FOUND: { code: SEED_CODES.unknown, customerId: SEED_CUSTOMERS.gifter.id, offerId: SEED_OFFERS.footballAnnual },
  COUPON_INACTIVE: { code: SEED_CODES.inactive, customerId: SEED_CUSTOMERS.gifter.id, offerId: SEED_OFFERS.footballAnnual },
  COUPON_EXPIRED: { code: SEED_CODES.expired, customerId: SEED_CUSTOMERS.gifter.id, offerId: SEED_OFFERS.footballAnnual },
  COUPON_LIMIT_REACHED: { code: SEED_CODES.limitReached, customerId: SEED_CUSTOMERS.gifter.id, offerId: SEED_OFFERS.footballAnnual },
  COUPON_CUSTOMER_MISMATCH: { code: SEED_CODES.otherCustomer, customerId: SEED_CUSTOMERS.gifter.id, offerId: SEED_OFFERS.footballAnnual },
  COUPON_FIRST_TIME_ONLY: { code: SEED_CODES.firstPurchaseOnly, customerId: SEED_CUSTOMERS.gifter.id, offerId: SEED_OFFERS.footballAnnual },
  COUPON_MINIMUM_NOT_MET: { code: SEED_CODES.minimumAmount, customerId: SEED_CUSTOMERS.gifter.id, offerId: SEED_OFFERS.footballMonthly },
  COUPON_NOT_APPLICABLE: { code: SEED_CODES.notForThisOffer, customerId: SEED_CUSTOMERS.gifter.id, offerId: SEED_OFFERS.footballAnnual },
  COUPON_CURRENCY_MISMATCH: { code: SEED_CODES.currency, customerId: SEED_CUSTOMERS.gifter.id, offerId: SEED_OFFERS.footballAnnual },
};
