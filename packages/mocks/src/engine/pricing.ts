import {
  billingPeriodMonths,
  checkPromotionCode,
  discountDuration,
  discountPeriods,
  findPromotionCode,
  fromMinorUnits,
  quotePrice,
  toMinorUnits,
  type Coupon,
  type CouponRefusal,
  type Order,
  type OrderDiscount,
  type PriceQuote,
  type PromotionCode,
} from '@giftkit/core';
import type { EngineContext } from './context';
import { apiError } from './errors';
import type { OrderRecord } from './records';

/** Developer-facing messages; the UI shows its own localised text per code. */
export const COUPON_REFUSAL_MESSAGES: Readonly<Record<CouponRefusal, string>> = {
  COUPON_NOT_FOUND: 'This promotion code does not exist.',
  COUPON_INACTIVE: 'This promotion code is no longer active.',
  COUPON_EXPIRED: 'This promotion code has expired.',
  COUPON_LIMIT_REACHED: 'This promotion code has reached its redemption limit.',
  COUPON_CUSTOMER_MISMATCH: 'This promotion code is reserved for another customer.',
  COUPON_FIRST_TIME_ONLY: 'This promotion code is only valid on a first purchase.',
  COUPON_MINIMUM_NOT_MET: "This order does not reach the promotion code's minimum amount.",
  COUPON_NOT_APPLICABLE: 'This promotion code does not apply to this offer.',
  COUPON_CURRENCY_MISMATCH: "This promotion code is in another currency than the order.",
};

export interface AppliedCoupon {
  coupon: Coupon;
  promotionCode: PromotionCode;
}

/** Rule 14 through `checkPromotionCode`: the code's coupon, or the refusal as an error. */
export function checkCouponForOrder(ctx: EngineContext, order: Pick<OrderRecord, 'customerId' | 'offerId'>, input: string): AppliedCoupon {
  const { store } = ctx;
  const offer = store.offer(order.offerId);
  const promotionCode = findPromotionCode(store.promotionCodes.values(), input);
  const coupon = promotionCode ? store.coupons.get(promotionCode.couponId) : undefined;
  const currency = offer.price.currency;
  const result = checkPromotionCode({
    promotionCode,
    coupon,
    customerId: order.customerId,
    isFirstTransaction: store.transactionsOf(order.customerId).length === 0,
    offerId: offer.id,
    amountMinor: toMinorUnits(offer.price.amount, currency),
    currency,
    now: ctx.now(),
  });
  if (!result.ok) throw apiError(result.refusal, COUPON_REFUSAL_MESSAGES[result.refusal], { field: 'couponCode' });
  return { coupon: result.coupon, promotionCode: result.promotionCode };
}

/** The order's price today, through `quotePrice`. */
export function quoteOrder(ctx: EngineContext, order: OrderRecord): { quote: PriceQuote; applied: AppliedCoupon | null } {
  const { store } = ctx;
  const offer = store.offer(order.offerId);
  const promotionCode = order.promotionCodeId ? store.promotionCodes.get(order.promotionCodeId) : undefined;
  const coupon = promotionCode ? store.coupons.get(promotionCode.couponId) : undefined;
  const applied = promotionCode && coupon ? { coupon, promotionCode } : null;
  const country = store.customers.get(order.customerId)?.country ?? '';
  const quote = quotePrice({
    offerPriceMinor: toMinorUnits(offer.price.amount, offer.price.currency),
    coupon: applied?.coupon ?? null,
    taxRate: ctx.settings.taxRates[country.toUpperCase()] ?? 0,
  });
  return { quote, applied };
}

export function orderView(ctx: EngineContext, order: OrderRecord): Order {
  const offer = ctx.store.offer(order.offerId);
  const currency = offer.price.currency;
  const { quote, applied } = quoteOrder(ctx, order);
  let discount: OrderDiscount = { applied: false, type: '', periods: null, duration: null };
  if (applied) {
    const duration = discountDuration(applied.coupon);
    // A gift is one payment that never renews for the gifter: the discount covers that one.
    const periods = order.buyAsAGift ? 1 : discountPeriods(duration, billingPeriodMonths(offer.billingCycle));
    discount = { applied: true, type: 'coupon', periods, duration };
  }
  const major = (minor: number) => fromMinorUnits(minor, currency);
  return {
    id: order.id,
    offerId: order.offerId,
    customerId: order.customerId,
    buyAsAGift: order.buyAsAGift,
    currency,
    couponCode: order.couponCode,
    discount,
    priceBreakdown: {
      offerPrice: major(quote.offerPriceMinor),
      discountAmount: major(quote.discountMinor),
      discountedPrice: major(quote.totalMinor),
      taxValue: major(quote.taxMinor),
    },
    totalPrice: major(quote.totalMinor),
    requiredPaymentDetails: quote.requiresPayment,
    deliveryDetails: order.deliveryDetails ? { ...order.deliveryDetails } : null,
  };
}
