import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUPON_CHECK_ORDER,
  checkPromotionCode,
  discountDuration,
  discountMinor,
  discountPeriods,
  findPromotionCode,
  generatePromotionCode,
  isPromotionCodeFormat,
  promotionCodeFormatIssue,
  PROMOTION_CODE_MAX_LENGTH,
  normalizePromotionCode,
  quotePrice,
  validateCoupon,
  validatePromotionCode,
  type CouponCheckInput,
  type CouponRefusal,
} from '@giftkit/core';
import { coupon, promo } from './factories';
import { RUNS } from './fc';

const now = 1_800_000_000;
const input = (over: Partial<CouponCheckInput> = {}): CouponCheckInput => ({
  promotionCode: promo(),
  coupon: coupon(),
  customerId: 'cus-1',
  isFirstTransaction: true,
  offerId: 'S-football-monthly',
  amountMinor: 999,
  currency: 'EUR',
  now,
  ...over,
});

describe('promotion codes (rule 14)', () => {
  it('are case-insensitive, letters, digits and dashes', () => {
    expect(normalizePromotionCode('  winter-20 ')).toBe('WINTER-20');
    expect(isPromotionCodeFormat('winter-20')).toBe(true);
    expect(isPromotionCodeFormat('WINTER 20')).toBe(false);
    expect(isPromotionCodeFormat('')).toBe(false);
    expect(isPromotionCodeFormat('É20')).toBe(false);
    expect(findPromotionCode([promo()], 'winter20')?.id).toBe('P1');
    expect(findPromotionCode([promo()], 'summer')).toBeUndefined();
  });
  it('say what is wrong with a shape: nothing, a character, or the length', () => {
    expect(promotionCodeFormatIssue('  ')).toBe('EMPTY');
    expect(promotionCodeFormatIssue('WINTER 20')).toBe('CHARACTERS');
    expect(promotionCodeFormatIssue('A'.repeat(PROMOTION_CODE_MAX_LENGTH))).toBeNull();
    expect(promotionCodeFormatIssue('A'.repeat(200))).toBe('TOO_LONG');
    expect(promotionCodeFormatIssue(`${'A'.repeat(200)}!`)).toBe('CHARACTERS');
  });
  it('have an issue exactly when they are not a code, and only a code reaches the platform (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.stringMatching(/^[a-zA-Z0-9-]{0,80}$/)), (text) => {
        const issue = promotionCodeFormatIssue(text);
        expect(issue === null).toBe(isPromotionCodeFormat(text));
        expect(issue === null).toBe(/^[A-Z0-9-]{1,64}$/.test(normalizePromotionCode(text)));
      }),
      RUNS,
    );
  });
  it('are generated when left blank', () => {
    const code = generatePromotionCode();
    expect(code).toHaveLength(10);
    expect(isPromotionCodeFormat(code)).toBe(true);
    expect(generatePromotionCode(() => new Uint8Array([0, 31, 32]), 3)).toBe('A9A');
  });
});

describe('checkPromotionCode: each refusal, in order', () => {
  it('accepts a good code', () => {
    expect(checkPromotionCode(input())).toMatchObject({ ok: true });
  });

  const cases: Array<[CouponRefusal, Partial<CouponCheckInput>]> = [
    ['COUPON_NOT_FOUND', { promotionCode: null }],
    ['COUPON_NOT_FOUND', { coupon: undefined }],
    ['COUPON_NOT_FOUND', { coupon: coupon({ id: 'other' }) }],
    ['COUPON_INACTIVE', { promotionCode: promo({ active: false }) }],
    ['COUPON_INACTIVE', { coupon: coupon({ valid: false }) }],
    ['COUPON_EXPIRED', { promotionCode: promo({ expiresAt: now }) }],
    ['COUPON_EXPIRED', { coupon: coupon({ redeemBy: now - 1 }) }],
    ['COUPON_LIMIT_REACHED', { promotionCode: promo({ maxRedemptions: 5, timesRedeemed: 5 }) }],
    ['COUPON_LIMIT_REACHED', { coupon: coupon({ maxRedemptions: 1, timesRedeemed: 1 }) }],
    ['COUPON_CUSTOMER_MISMATCH', { promotionCode: promo({ customer: 'cus-2' }) }],
    ['COUPON_FIRST_TIME_ONLY', { promotionCode: promo({ restrictions: { firstTimeTransaction: true } }), isFirstTransaction: false }],
    ['COUPON_MINIMUM_NOT_MET', { promotionCode: promo({ restrictions: { minimumAmount: 1000, minimumAmountCurrency: 'EUR' } }) }],
    ['COUPON_MINIMUM_NOT_MET', { promotionCode: promo({ restrictions: { minimumAmount: 100, minimumAmountCurrency: 'USD' } }) }],
    ['COUPON_NOT_APPLICABLE', { coupon: coupon({ appliesTo: ['S-volley-annual'] }) }],
    ['COUPON_CURRENCY_MISMATCH', { coupon: coupon({ percentOff: undefined, amountOff: 500, currency: 'USD' }) }],
  ];
  it.each(cases)('refuses with %s', (refusal, over) => {
    expect(checkPromotionCode(input(over))).toEqual({ ok: false, refusal });
  });

  it('reports the first failing check when several fail', () => {
    const everything: Partial<CouponCheckInput> = {
      promotionCode: promo({ active: false, expiresAt: now - 1, customer: 'x' }),
      coupon: coupon({ appliesTo: ['nope'] }),
    };
    expect(checkPromotionCode(input(everything))).toEqual({ ok: false, refusal: 'COUPON_INACTIVE' });
    expect(COUPON_CHECK_ORDER[0]).toBe('COUPON_NOT_FOUND');
    expect(COUPON_CHECK_ORDER.at(-1)).toBe('COUPON_CURRENCY_MISMATCH');
  });

  it('meets a minimum exactly at the minimum, and passes limits below the maximum', () => {
    const ok = input({
      promotionCode: promo({ restrictions: { minimumAmount: 999, minimumAmountCurrency: 'eur' }, maxRedemptions: 5, timesRedeemed: 4 }),
      coupon: coupon({ appliesTo: ['S-football-monthly'], percentOff: undefined, amountOff: 100, currency: 'eur' }),
    });
    expect(checkPromotionCode(ok).ok).toBe(true);
  });
});

describe('discount maths (integer minor units)', () => {
  it('rounds percentages half up to the minor unit', () => {
    expect(discountMinor(995, { percentOff: 10 })).toBe(100); // 99.5 → 100
    expect(discountMinor(994, { percentOff: 10 })).toBe(99); // 99.4 → 99
    expect(discountMinor(999, { percentOff: 12.5 })).toBe(125); // 124.875 → 125
    expect(discountMinor(1, { percentOff: 50 })).toBe(1); // 0.5 → 1
  });
  it('never exceeds the price; 100 % off needs no payment details', () => {
    expect(discountMinor(999, { amountOff: 5000 })).toBe(999);
    expect(quotePrice({ offerPriceMinor: 999, coupon: { percentOff: 100 } })).toEqual({
      offerPriceMinor: 999,
      discountMinor: 999,
      totalMinor: 0,
      taxMinor: 0,
      requiresPayment: false,
    });
  });
  it('shows the tax included in the total', () => {
    expect(quotePrice({ offerPriceMinor: 1200, coupon: { percentOff: 20 }, taxRate: 0.2 })).toEqual({
      offerPriceMinor: 1200,
      discountMinor: 240,
      totalMinor: 960,
      taxMinor: 160,
      requiresPayment: true,
    });
    expect(quotePrice({ offerPriceMinor: 999 })).toMatchObject({ discountMinor: 0, totalMinor: 999, requiresPayment: true });
  });
  it('treats odd inputs as no discount', () => {
    expect(discountMinor(0, { percentOff: 10 })).toBe(0);
    expect(discountMinor(Number.NaN, { percentOff: 10 })).toBe(0);
    expect(discountMinor(500, {})).toBe(0);
    expect(discountMinor(500, { amountOff: -50 })).toBe(0);
  });

  it('never goes below zero or above the price (property)', () => {
    const anyCoupon = fc.oneof(
      fc.record({ percentOff: fc.double({ min: -50, max: 200, noNaN: true }) }),
      fc.record({ amountOff: fc.integer({ min: -1000, max: 1_000_000 }) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), anyCoupon, fc.double({ min: 0, max: 0.3, noNaN: true }), (price, c, taxRate) => {
        const d = discountMinor(price, c);
        expect(Number.isInteger(d)).toBe(true);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(price);
        const q = quotePrice({ offerPriceMinor: price, coupon: c, taxRate });
        expect(q.totalMinor).toBe(price - d);
        expect(q.totalMinor).toBeGreaterThanOrEqual(0);
        expect(q.taxMinor).toBeLessThanOrEqual(q.totalMinor);
        expect(q.requiresPayment).toBe(q.totalMinor > 0);
      }),
      RUNS,
    );
  });
});

describe('durations', () => {
  it('describes once, forever and N months', () => {
    expect(discountDuration(coupon({ duration: 'once' }))).toEqual({ kind: 'once' });
    expect(discountDuration(coupon({ duration: 'forever' }))).toEqual({ kind: 'forever' });
    expect(discountDuration(coupon())).toEqual({ kind: 'repeating', months: 3 });
    expect(discountDuration(coupon({ durationInMonths: undefined }))).toEqual({ kind: 'repeating', months: 1 });
  });
  it('counts the billing periods a duration covers', () => {
    expect(discountPeriods({ kind: 'once' }, 1)).toBe(1);
    expect(discountPeriods({ kind: 'forever' }, 1)).toBeNull();
    expect(discountPeriods({ kind: 'repeating', months: 3 }, 1)).toBe(3);
    expect(discountPeriods({ kind: 'repeating', months: 3 }, 12)).toBe(1);
    expect(discountPeriods({ kind: 'repeating', months: 7 }, 3)).toBe(3);
    expect(discountPeriods({ kind: 'repeating', months: 2 }, null)).toBe(2);
  });
});

describe('operator definitions (Stripe’s creation rules)', () => {
  it('accepts good coupons and codes', () => {
    expect(validateCoupon(coupon())).toEqual([]);
    expect(validateCoupon(coupon({ percentOff: undefined, amountOff: 500, currency: 'EUR', duration: 'once' }))).toEqual([]);
    expect(validatePromotionCode(promo({ expiresAt: 10, maxRedemptions: 3 }), coupon({ redeemBy: 10 }))).toEqual([]);
  });
  it('refuses percent outside (0, 100], both or neither discount, missing currency and months', () => {
    expect(validateCoupon(coupon({ percentOff: 0 }))).toContain('PERCENT_OUT_OF_RANGE');
    expect(validateCoupon(coupon({ percentOff: 100.5 }))).toContain('PERCENT_OUT_OF_RANGE');
    expect(validateCoupon(coupon({ amountOff: 100, currency: 'EUR' }))).toContain('NEEDS_ONE_DISCOUNT');
    expect(validateCoupon(coupon({ percentOff: undefined }))).toContain('NEEDS_ONE_DISCOUNT');
    expect(validateCoupon(coupon({ percentOff: undefined, amountOff: 1.5 }))).toEqual(expect.arrayContaining(['AMOUNT_INVALID', 'CURRENCY_REQUIRED']));
    expect(validateCoupon(coupon({ durationInMonths: 0 }))).toContain('DURATION_MONTHS_REQUIRED');
  });
  it('refuses a code that outlives its coupon, a bad format or limit', () => {
    expect(validatePromotionCode(promo({ expiresAt: 11 }), coupon({ redeemBy: 10 }))).toEqual(['EXPIRES_AFTER_COUPON']);
    expect(validatePromotionCode(promo({ code: 'no spaces' }), coupon())).toEqual(['CODE_FORMAT']);
    expect(validatePromotionCode(promo({ maxRedemptions: 0 }), coupon())).toEqual(['MAX_REDEMPTIONS_INVALID']);
  });
});
