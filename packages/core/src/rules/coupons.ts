import type { Coupon, DiscountDuration, PromotionCode } from '../model/coupon';
import type { GiftsApiErrorCode } from '../errors';
import type { CurrencyCode, CustomerId, OfferId, UnixSeconds } from '../model/ids';
import { cryptoBytes, type RandomBytes } from './webCrypto';

/** Why a promotion code was refused, each with its own message (rule 14). */
export type CouponRefusal = Extract<
  GiftsApiErrorCode,
  | 'COUPON_NOT_FOUND'
  | 'COUPON_INACTIVE'
  | 'COUPON_EXPIRED'
  | 'COUPON_LIMIT_REACHED'
  | 'COUPON_CUSTOMER_MISMATCH'
  | 'COUPON_FIRST_TIME_ONLY'
  | 'COUPON_MINIMUM_NOT_MET'
  | 'COUPON_NOT_APPLICABLE'
  | 'COUPON_CURRENCY_MISMATCH'
>;

/** The order the checks run in; the first that fails is the one reported. */
export const COUPON_CHECK_ORDER: readonly CouponRefusal[] = [
  'COUPON_NOT_FOUND',
  'COUPON_INACTIVE',
  'COUPON_EXPIRED',
  'COUPON_LIMIT_REACHED',
  'COUPON_CUSTOMER_MISMATCH',
  'COUPON_FIRST_TIME_ONLY',
  'COUPON_MINIMUM_NOT_MET',
  'COUPON_NOT_APPLICABLE',
  'COUPON_CURRENCY_MISMATCH',
];

/** The longest promotion code the platform accepts, in characters. */
export const PROMOTION_CODE_MAX_LENGTH = 64;
const PROMOTION_CODE_CHARACTERS = /^[A-Z0-9-]+$/;

/** Why typed text cannot be a promotion code: nothing typed, a character outside `A–Z 0–9 -`, or too long. */
export type PromotionCodeFormatIssue = 'EMPTY' | 'CHARACTERS' | 'TOO_LONG';

/** Codes are case-insensitive: stored and compared upper-case, surrounding spaces dropped. */
export function normalizePromotionCode(input: string): string {
  return input.normalize('NFKC').trim().toUpperCase();
}

/**
 * What is wrong with the shape of typed text as a promotion code (after normalising), or
 * `null` when it may be one: letters, digits and `-`, 1 to 64 characters.
 */
export function promotionCodeFormatIssue(input: string): PromotionCodeFormatIssue | null {
  const code = normalizePromotionCode(input);
  if (code === '') return 'EMPTY';
  if (!PROMOTION_CODE_CHARACTERS.test(code)) return 'CHARACTERS';
  return code.length > PROMOTION_CODE_MAX_LENGTH ? 'TOO_LONG' : null;
}

/** Letters, digits and `-`, 1 to 64 characters (after normalising). */
export function isPromotionCodeFormat(code: string): boolean {
  return promotionCodeFormatIssue(code) === null;
}

const PROMO_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A code for an operator who left the field blank (Stripe generates one the same way). */
export function generatePromotionCode(
  randomBytes: RandomBytes = cryptoBytes,
  length = 10,
): string {
  // 256 is a multiple of 32, so `byte % 32` is uniform.
  return [...randomBytes(length)].map((byte) => PROMO_ALPHABET[byte % PROMO_ALPHABET.length]).join('');
}

/** Finds a promotion code by what the customer typed, ignoring case. */
export function findPromotionCode<T extends Pick<PromotionCode, 'code'>>(codes: Iterable<T>, input: string): T | undefined {
  const wanted = normalizePromotionCode(input);
  for (const code of codes) if (normalizePromotionCode(code.code) === wanted) return code;
  return undefined;
}

export interface CouponCheckInput {
  promotionCode: PromotionCode | null | undefined;
  coupon: Coupon | null | undefined;
  customerId: CustomerId;
  /** True when the customer has never completed a purchase. */
  isFirstTransaction: boolean;
  offerId: OfferId;
  /** Order amount before discount, in minor units of `currency`. */
  amountMinor: number;
  currency: CurrencyCode;
  now: UnixSeconds;
}

const reached = (times: number, max: number | null | undefined) => max != null && times >= max;

/** Rule 14: every check in `COUPON_CHECK_ORDER`, the first failing one reported. */
export function checkPromotionCode(input: CouponCheckInput): { ok: true; coupon: Coupon; promotionCode: PromotionCode } | { ok: false; refusal: CouponRefusal } {
  const { promotionCode: promo, coupon, now } = input;
  const refuse = (refusal: CouponRefusal) => ({ ok: false as const, refusal });
  if (!promo || !coupon || promo.couponId !== coupon.id) return refuse('COUPON_NOT_FOUND');
  if (!promo.active || coupon.valid === false) return refuse('COUPON_INACTIVE');
  if ((promo.expiresAt != null && now >= promo.expiresAt) || (coupon.redeemBy != null && now >= coupon.redeemBy)) {
    return refuse('COUPON_EXPIRED');
  }
  if (reached(promo.timesRedeemed, promo.maxRedemptions) || reached(coupon.timesRedeemed, coupon.maxRedemptions)) {
    return refuse('COUPON_LIMIT_REACHED');
  }
  if (promo.customer != null && promo.customer !== input.customerId) return refuse('COUPON_CUSTOMER_MISMATCH');
  const restrictions = promo.restrictions ?? {};
  if (restrictions.firstTimeTransaction && !input.isFirstTransaction) return refuse('COUPON_FIRST_TIME_ONLY');
  if (restrictions.minimumAmount != null && restrictions.minimumAmount > 0) {
    const minimumCurrency = (restrictions.minimumAmountCurrency ?? input.currency).toUpperCase();
    // A minimum in another currency cannot be met by this order.
    if (minimumCurrency !== input.currency.toUpperCase() || input.amountMinor < restrictions.minimumAmount) {
      return refuse('COUPON_MINIMUM_NOT_MET');
    }
  }
  if (coupon.appliesTo && coupon.appliesTo.length > 0 && !coupon.appliesTo.includes(input.offerId)) {
    return refuse('COUPON_NOT_APPLICABLE');
  }
  if (coupon.amountOff != null && coupon.currency?.toUpperCase() !== input.currency.toUpperCase()) {
    return refuse('COUPON_CURRENCY_MISMATCH');
  }
  return { ok: true, coupon, promotionCode: promo };
}

/**
 * The discount in minor units. Percentages round half up to the minor unit (10 % of 9.95 =
 * 0.995 → 1.00); the discount never exceeds the price, so a total never goes below zero.
 */
export function discountMinor(priceMinor: number, coupon: Pick<Coupon, 'percentOff' | 'amountOff'>): number {
  if (!Number.isFinite(priceMinor) || priceMinor <= 0) return 0;
  let discount = 0;
  if (coupon.percentOff != null) {
    const basisPoints = Math.round(Math.min(Math.max(coupon.percentOff, 0), 100) * 100);
    discount = Math.floor((priceMinor * basisPoints + 5_000) / 10_000);
  } else if (coupon.amountOff != null) {
    discount = Math.max(0, Math.round(coupon.amountOff));
  }
  return Math.min(discount, priceMinor);
}

/** Stripe's duration as data for the summary ("−20 % for 3 months"). */
export function discountDuration(coupon: Pick<Coupon, 'duration' | 'durationInMonths'>): DiscountDuration {
  if (coupon.duration === 'repeating') return { kind: 'repeating', months: Math.max(1, coupon.durationInMonths ?? 1) };
  return { kind: coupon.duration };
}

/** How many billing periods of `periodMonths` a duration covers (`null` = every one). */
export function discountPeriods(duration: DiscountDuration, periodMonths: number | null): number | null {
  if (duration.kind === 'once') return 1;
  if (duration.kind === 'forever') return null;
  return Math.ceil(duration.months / Math.max(1, periodMonths ?? 1));
}

export interface PriceQuote {
  offerPriceMinor: number;
  discountMinor: number;
  /** What is charged today, tax included. */
  totalMinor: number;
  /** The tax included in `totalMinor`. */
  taxMinor: number;
  /** `false` when nothing is to be paid: a 100 %-off order needs no payment details. */
  requiresPayment: boolean;
}

/**
 * Rule 14's price summary, in minor units. Prices include tax (European style); the tax
 * share of the total is `total × rate / (1 + rate)`, rounded half up.
 */
export function quotePrice(input: { offerPriceMinor: number; coupon?: Pick<Coupon, 'percentOff' | 'amountOff'> | null; taxRate?: number }): PriceQuote {
  const offerPriceMinor = Math.max(0, Math.round(input.offerPriceMinor));
  const discount = input.coupon ? discountMinor(offerPriceMinor, input.coupon) : 0;
  const totalMinor = offerPriceMinor - discount;
  const rate = Math.max(0, input.taxRate ?? 0);
  const taxMinor = rate === 0 ? 0 : Math.round((totalMinor * rate) / (1 + rate));
  return { offerPriceMinor, discountMinor: discount, totalMinor, taxMinor, requiresPayment: totalMinor > 0 };
}

export type CouponDefinitionIssue =
  | 'PERCENT_OUT_OF_RANGE'
  | 'AMOUNT_INVALID'
  | 'NEEDS_ONE_DISCOUNT'
  | 'CURRENCY_REQUIRED'
  | 'DURATION_MONTHS_REQUIRED';

/** What is wrong with a coupon an operator defined (Stripe's creation rules). */
export function validateCoupon(coupon: Coupon): CouponDefinitionIssue[] {
  const issues: CouponDefinitionIssue[] = [];
  const { percentOff, amountOff, durationInMonths } = coupon;
  if ((percentOff == null) === (amountOff == null)) issues.push('NEEDS_ONE_DISCOUNT');
  if (percentOff != null && !(percentOff > 0 && percentOff <= 100)) issues.push('PERCENT_OUT_OF_RANGE');
  if (amountOff != null && !(Number.isInteger(amountOff) && amountOff > 0)) issues.push('AMOUNT_INVALID');
  if (amountOff != null && !coupon.currency) issues.push('CURRENCY_REQUIRED');
  if (coupon.duration === 'repeating' && !(durationInMonths != null && Number.isInteger(durationInMonths) && durationInMonths > 0)) {
    issues.push('DURATION_MONTHS_REQUIRED');
  }
  return issues;
}

export type PromotionCodeDefinitionIssue = 'CODE_FORMAT' | 'EXPIRES_AFTER_COUPON' | 'MAX_REDEMPTIONS_INVALID';

/** What is wrong with a promotion code for its coupon. */
export function validatePromotionCode(promo: PromotionCode, coupon: Coupon): PromotionCodeDefinitionIssue[] {
  const issues: PromotionCodeDefinitionIssue[] = [];
  if (!isPromotionCodeFormat(promo.code)) issues.push('CODE_FORMAT');
  if (promo.expiresAt != null && coupon.redeemBy != null && promo.expiresAt > coupon.redeemBy) issues.push('EXPIRES_AFTER_COUPON');
  if (promo.maxRedemptions != null && !(Number.isInteger(promo.maxRedemptions) && promo.maxRedemptions > 0)) {
    issues.push('MAX_REDEMPTIONS_INVALID');
  }
  return issues;
}
