import type { CurrencyCode, CustomerId, OfferId, UnixSeconds } from './ids';

/** Stripe's coupon durations. `repeating` covers `durationInMonths` months. */
export type DiscountDuration =
  | { kind: 'once' }
  | { kind: 'forever' }
  | { kind: 'repeating'; months: number };

/**
 * A coupon (Stripe's model): exactly one of `percentOff` or `amountOff` + `currency`.
 * `amountOff` is in **minor** units (cents), like Stripe's `amount_off`.
 */
export interface Coupon {
  id: string;
  name: string;
  percentOff?: number;
  amountOff?: number;
  currency?: CurrencyCode;
  /** Offer ids the coupon is limited to; absent or empty for every offer. */
  appliesTo?: OfferId[];
  duration: 'once' | 'forever' | 'repeating';
  durationInMonths?: number;
  redeemBy?: UnixSeconds | null;
  maxRedemptions?: number | null;
  timesRedeemed: number;
  /** A deleted coupon keeps its codes but none of them works. */
  valid?: boolean;
}

export interface PromotionCodeRestrictions {
  firstTimeTransaction?: boolean;
  /** In **minor** units of `minimumAmountCurrency`. */
  minimumAmount?: number | null;
  minimumAmountCurrency?: CurrencyCode | null;
}

/** The customer-facing code for a coupon. Codes compare case-insensitively. */
export interface PromotionCode {
  id: string;
  code: string;
  couponId: string;
  active: boolean;
  expiresAt?: UnixSeconds | null;
  maxRedemptions?: number | null;
  timesRedeemed: number;
  restrictions?: PromotionCodeRestrictions;
  /** Only this customer may use it. */
  customer?: CustomerId | null;
}
