import type { OfferId, UnixSeconds } from '../model/ids';
import type { BillingCycle, Offer } from '../model/offer';
import type { Subscription } from '../model/subscription';

/** Billing periods a gift may have, in months: monthly, 3-month, 6-month, annual (rule 1). */
export const GIFTABLE_PERIOD_MONTHS = [1, 3, 6, 12] as const;

/** A billing cycle in calendar months, or `null` for weekly and seasonal cycles. */
export function billingPeriodMonths(cycle: BillingCycle | null | undefined): number | null {
  if (!cycle || !Number.isInteger(cycle.amount) || cycle.amount < 1) return null;
  if (cycle.periodUnit === 'month') return cycle.amount;
  if (cycle.periodUnit === 'year') return cycle.amount * 12;
  return null;
}

export type NotGiftableReason = 'INACTIVE' | 'NOT_A_SUBSCRIPTION' | 'BILLING_PERIOD_NOT_GIFTABLE' | 'GIFTING_DISABLED';

export type Giftability =
  | { giftable: true; periodMonths: number }
  | { giftable: false; reason: NotGiftableReason };

/**
 * Rule 1: a subscription billed every 1, 3, 6 or 12 months with the operator's gift flag on.
 * Weekly, seasonal, passes, events and single purchases never are.
 */
export function offerGiftability(offer: Offer): Giftability {
  if (!offer.active) return { giftable: false, reason: 'INACTIVE' };
  if (offer.type !== 'subscription') return { giftable: false, reason: 'NOT_A_SUBSCRIPTION' };
  const months = billingPeriodMonths(offer.billingCycle);
  if (months === null || !(GIFTABLE_PERIOD_MONTHS as readonly number[]).includes(months)) {
    return { giftable: false, reason: 'BILLING_PERIOD_NOT_GIFTABLE' };
  }
  if (!offer.giftable) return { giftable: false, reason: 'GIFTING_DISABLED' };
  return { giftable: true, periodMonths: months };
}

/** A subscription still gives access at `now` (cancelled ones run to their end date). */
export function isSubscriptionCurrent(subscription: Subscription, now: UnixSeconds): boolean {
  return subscription.status !== 'expired' && subscription.expiresAt > now;
}

/** Whether the customer already has access to this very offer (rule 2). */
export function hasAccessToOffer(subscriptions: readonly Subscription[], offerId: OfferId, now: UnixSeconds): boolean {
  return subscriptions.some((s) => s.offerId === offerId && isSubscriptionCurrent(s, now));
}

export type PurchaseMode = 'myself' | 'gift';

export type PurchaseModeAvailability =
  | { available: true }
  | { available: false; reason: 'ALREADY_HAS_ACCESS' | NotGiftableReason };

export interface PurchaseModes {
  myself: PurchaseModeAvailability;
  gift: PurchaseModeAvailability;
  /** The mode to show first, or `null` when the offer cannot be bought at all. */
  initial: PurchaseMode | null;
}

/**
 * Rule 2: *for myself* or *as a gift*. Someone who already has the offer can only gift it;
 * `preferGift` (from `?purchaseAsGift=true` or a prop) preselects gift mode when possible.
 */
export function purchaseModes(input: { offer: Offer; hasAccess: boolean; preferGift?: boolean }): PurchaseModes {
  const { offer, hasAccess, preferGift = false } = input;
  const giftability = offerGiftability(offer);
  const gift: PurchaseModeAvailability = giftability.giftable ? { available: true } : { available: false, reason: giftability.reason };
  const myself: PurchaseModeAvailability = !offer.active
    ? { available: false, reason: 'INACTIVE' }
    : hasAccess
      ? { available: false, reason: 'ALREADY_HAS_ACCESS' }
      : { available: true };
  let initial: PurchaseMode | null = null;
  if (gift.available && (preferGift || !myself.available)) initial = 'gift';
  else if (myself.available) initial = 'myself';
  return { myself, gift, initial };
}

/** `?purchaseAsGift=true` (also `1`, `yes`, any case) preselects gift mode. */
export function parsePurchaseAsGift(value: string | null | undefined): boolean {
  return value != null && ['true', '1', 'yes'].includes(value.trim().toLowerCase());
}
