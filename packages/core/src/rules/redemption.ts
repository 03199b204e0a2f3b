import { fromAbsolute } from '@internationalized/date';
import type { Gift, GiftVerification } from '../model/gift';
import type { UnixSeconds } from '../model/ids';
import type { Offer } from '../model/offer';
import type { Subscription } from '../model/subscription';
import { billingPeriodMonths, isSubscriptionCurrent } from './offers';
import { giftExpiresAt } from './status';

/**
 * Rule 9: two offers are the same entitlement when their tag sets are exactly equal
 * (order and duplicates ignored). Names never count. An offer always matches itself; two
 * untagged offers do not match, or every untagged offer would stack onto every other.
 */
export function sameEntitlement(a: Pick<Offer, 'id' | 'tags'>, b: Pick<Offer, 'id' | 'tags'>): boolean {
  if (a.id === b.id) return true;
  const left = new Set(a.tags);
  const right = new Set(b.tags);
  if (left.size === 0 || left.size !== right.size) return false;
  for (const tag of left) if (!right.has(tag)) return false;
  return true;
}

/** A subscription with the offer it is on. */
export interface SubscriptionWithOffer {
  subscription: Subscription;
  offer: Pick<Offer, 'id' | 'tags'>;
}

/** The recipient's current subscriptions a gift of `giftOffer` would extend. */
export function matchingSubscriptions(
  giftOffer: Pick<Offer, 'id' | 'tags'>,
  subscriptions: readonly SubscriptionWithOffer[],
  now: UnixSeconds,
): SubscriptionWithOffer[] {
  return subscriptions.filter((s) => isSubscriptionCurrent(s.subscription, now) && sameEntitlement(giftOffer, s.offer));
}

/** Adds calendar months in UTC, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(instant: UnixSeconds, months: number): UnixSeconds {
  if (!Number.isInteger(months) || months < 0) throw new RangeError(`months must be a whole number ≥ 0, got ${months}`);
  return Math.floor(fromAbsolute(instant * 1000, 'UTC').add({ months }).toDate().getTime() / 1000);
}

/**
 * Gifts stack (rule 9): the renewal date moves by the sum of every gift's period, added at
 * once from `from`, so the order in which gifts arrive never changes the result.
 */
export function stackedExpiry(from: UnixSeconds, periodsInMonths: readonly number[]): UnixSeconds {
  return addMonths(from, periodsInMonths.reduce((sum, months) => sum + months, 0));
}

export interface RedemptionContext {
  /** The gift behind the code, or `null` when no gift has it. */
  gift: Pick<Gift, 'sentAt' | 'redeemedAt' | 'expiresAt' | 'offerId'> | null;
  giftOffer: Offer | null;
  /** The recipient's subscriptions with their offers. */
  subscriptions: readonly SubscriptionWithOffer[];
  /** ISO 3166 country the recipient is in, when known. */
  recipientCountry?: string | null;
  /** Countries where the broadcaster does not operate at all. */
  publisherRestrictedCountries?: readonly string[];
  now: UnixSeconds;
}

const refusal = (reason: NonNullable<GiftVerification['redeemRefusalReason']>, offerId: string | null): GiftVerification => ({
  redeemable: false,
  redeemMode: null,
  redeemRefusalReason: reason,
  offerId,
  extendedSubscriptionId: null,
  currentExpiresAt: null,
  newExpiresAt: null,
});

/**
 * Rules 8 and 9: what redeeming would do (NEW or EXTEND, with the dates), or why it cannot.
 * Checks run in this order: the code, the gift's own state, the offer, where the recipient
 * is, then the subscription it would extend.
 */
export function verifyRedemption(ctx: RedemptionContext): GiftVerification {
  const { gift, giftOffer, now } = ctx;
  if (!gift || !giftOffer) return refusal('NOT_FOUND', gift?.offerId ?? null);
  const offerId = giftOffer.id;
  if (gift.redeemedAt != null) return refusal('REDEEMED', offerId);
  if (gift.sentAt == null || gift.sentAt > now) return refusal('NOT_YET_DELIVERED', offerId);
  const expiresAt = giftExpiresAt(gift);
  if (expiresAt != null && now >= expiresAt) return refusal('EXPIRED', offerId);
  // A paid gift stays redeemable if the operator later turns gifting off; not if the offer ends.
  const periodMonths = billingPeriodMonths(giftOffer.billingCycle);
  if (!giftOffer.active || periodMonths === null) return refusal('INACTIVE_OFFER', offerId);
  const country = ctx.recipientCountry?.toUpperCase();
  if (country && ctx.publisherRestrictedCountries?.some((c) => c.toUpperCase() === country)) {
    return refusal('PUBLISHER_GEO_RESTRICTED', offerId);
  }
  if (country && giftOffer.restrictedCountries?.some((c) => c.toUpperCase() === country)) {
    return refusal('OFFER_GEO_RESTRICTED', offerId);
  }

  const matches = matchingSubscriptions(giftOffer, ctx.subscriptions, now);
  if (matches.length > 1) return refusal('MORE_THAN_ONE_MATCHING_SUBSCRIPTION', offerId);
  const [match] = matches;
  if (!match) {
    return {
      redeemable: true,
      redeemMode: 'NEW',
      redeemRefusalReason: null,
      offerId,
      extendedSubscriptionId: null,
      currentExpiresAt: null,
      newExpiresAt: addMonths(now, periodMonths),
    };
  }
  const { subscription } = match;
  if (subscription.externallyManaged) return refusal('EXTERNALLY_MANAGED_SUBSCRIPTION', offerId);
  if (subscription.recurringInProgress) return refusal('RECURRING_PROCESS_ALREADY_STARTED', offerId);
  return {
    redeemable: true,
    redeemMode: 'EXTEND',
    redeemRefusalReason: null,
    offerId,
    extendedSubscriptionId: subscription.subscriptionId,
    currentExpiresAt: subscription.expiresAt,
    newExpiresAt: stackedExpiry(subscription.expiresAt, [periodMonths]),
  };
}

/**
 * Rule 10: after the gifted period, access renews at the normal price only with a payment
 * method, and only for a subscription that is active (when its status is known).
 */
export function accessAfterGift(subscription: Pick<Subscription, 'hasPaymentMethod'> & Partial<Pick<Subscription, 'status'>>): 'renews' | 'lapses' {
  return subscription.hasPaymentMethod && (subscription.status ?? 'active') === 'active' ? 'renews' : 'lapses';
}
