import {
  parseGiftCode,
  verifyRedemption,
  type GiftRedemption,
  type GiftVerification,
  type RedeemRefusalReason,
  type SubscriptionWithOffer,
} from '@giftkit/core';
import type { EngineContext } from './context';
import { apiError, validation } from './errors';
import type { CustomerRecord, GiftRecord, SubscriptionRecord } from './records';
import { subscriptionView } from './views';

export const REDEEM_REFUSAL_MESSAGES: Readonly<Record<RedeemRefusalReason, string>> = {
  REDEEMED: 'This gift code was already redeemed.',
  EXPIRED: 'This gift code has expired.',
  NOT_FOUND: 'No gift has this code.',
  NOT_YET_DELIVERED: 'This gift has not been delivered yet.',
  INACTIVE_OFFER: 'The gifted offer is no longer available.',
  OFFER_GEO_RESTRICTED: 'The gifted offer is not available in your country.',
  PUBLISHER_GEO_RESTRICTED: 'The service is not available in your country.',
  EXTERNALLY_MANAGED_SUBSCRIPTION: 'Your matching subscription is managed by an app store and cannot be extended here.',
  RECURRING_PROCESS_ALREADY_STARTED: 'A renewal payment of your subscription is in progress; try again later.',
  MORE_THAN_ONE_MATCHING_SUBSCRIPTION: 'More than one of your subscriptions matches this gift.',
};

/** Rule 7's throttle: too many unknown codes in a window and verification waits. */
function assertNotThrottled(ctx: EngineContext, customer: CustomerRecord): void {
  const { verifyFailureLimit, verifyWindowSeconds } = ctx.settings;
  const now = ctx.now();
  const recent = (ctx.store.verifyFailures.get(customer.id) ?? []).filter((at) => at > now - verifyWindowSeconds);
  ctx.store.verifyFailures.set(customer.id, recent);
  const oldest = recent[0];
  if (oldest !== undefined && recent.length >= verifyFailureLimit) {
    const retryAfter = Math.max(1, oldest + verifyWindowSeconds - now);
    throw apiError('RATE_LIMITED', 'Too many failed gift code verifications; try again later.', { retryAfter });
  }
}

function lookup(ctx: EngineContext, code: string): GiftRecord | null {
  const parsed = parseGiftCode(typeof code === 'string' ? code : '');
  return parsed.ok ? (ctx.store.giftsByCode.get(parsed.code) ?? null) : null;
}

/** Rules 8 and 9 through `verifyRedemption`, with the recipient's subscriptions and country. */
function verify(ctx: EngineContext, customer: CustomerRecord, gift: GiftRecord | null): GiftVerification {
  const { store } = ctx;
  const subscriptions: SubscriptionWithOffer[] = store.subscriptionsOf(customer.id).map((s) => ({
    subscription: subscriptionView(store, s),
    offer: store.offer(s.offerId),
  }));
  return verifyRedemption({
    gift,
    giftOffer: gift ? (store.offers.get(gift.offerId) ?? null) : null,
    subscriptions,
    recipientCountry: customer.country,
    publisherRestrictedCountries: ctx.settings.publisherRestrictedCountries,
    now: ctx.now(),
  });
}

export function verifyGift(ctx: EngineContext, customer: CustomerRecord, code: string): GiftVerification {
  assertNotThrottled(ctx, customer);
  const result = verify(ctx, customer, lookup(ctx, code));
  if (result.redeemRefusalReason === 'NOT_FOUND') ctx.store.verifyFailures.get(customer.id)?.push(ctx.now());
  return result;
}

function redemptionOf(ctx: EngineContext, customer: CustomerRecord, gift: GiftRecord): GiftRedemption {
  const subscription = gift.subscriptionId ? ctx.store.subscriptions.get(gift.subscriptionId) : undefined;
  return {
    giftId: gift.id,
    redeemMode: gift.redeemMode ?? 'NEW',
    subscriptionId: gift.subscriptionId ?? '',
    offerId: subscription?.offerId ?? gift.offerId,
    expiresAt: gift.accessEndsAt ?? 0,
    hasPaymentMethod: subscription ? subscriptionView(ctx.store, subscription).hasPaymentMethod : ctx.store.hasPaymentMethod(customer.id),
  };
}

/**
 * Rule 9: the signed-in recipient redeems. NEW starts a subscription `createdByGift`; EXTEND
 * pushes the matching subscription's renewal date and marks it `extendedByGift`. The dates
 * are the verification's, so the preview and the result never disagree. No transaction.
 */
export function redeemGift(ctx: EngineContext, customer: CustomerRecord, code: string, idempotencyKey: string): GiftRedemption {
  const { store } = ctx;
  if (typeof idempotencyKey !== 'string' || idempotencyKey.trim() === '') {
    throw validation('idempotencyKey', 'An Idempotency-Key is required.', 'REQUIRED');
  }
  const scope = `redeem:${customer.id}:${idempotencyKey}`;
  const gift = lookup(ctx, code);
  const previous = store.idempotency.get(scope);
  if (previous) {
    if (!gift || previous.resultId !== gift.id) throw apiError('CONFLICT', 'This Idempotency-Key was used for another gift code.');
    return redemptionOf(ctx, customer, gift);
  }

  assertNotThrottled(ctx, customer);
  const verification = verify(ctx, customer, gift);
  const reason = verification.redeemRefusalReason;
  if (!gift || !verification.redeemable || reason) {
    const refusal = reason ?? 'NOT_FOUND';
    if (refusal === 'NOT_FOUND') store.verifyFailures.get(customer.id)?.push(ctx.now());
    throw apiError(refusal === 'NOT_FOUND' ? 'NOT_FOUND' : 'CONFLICT', REDEEM_REFUSAL_MESSAGES[refusal], { reason: refusal });
  }
  const now = ctx.now();
  const newExpiresAt = verification.newExpiresAt ?? now;
  let subscription: SubscriptionRecord | undefined;
  if (verification.redeemMode === 'EXTEND' && verification.extendedSubscriptionId) {
    subscription = store.subscriptions.get(verification.extendedSubscriptionId);
    if (!subscription) throw apiError('CONFLICT', 'The subscription to extend is gone.');
    subscription.expiresAt = newExpiresAt;
    subscription.extendedByGift = true;
  } else {
    subscription = {
      id: ctx.ids.next('sub'),
      customerId: customer.id,
      offerId: gift.offerId,
      status: 'active',
      expiresAt: newExpiresAt,
      createdAt: now,
      createdByGift: true,
      extendedByGift: false,
      externallyManaged: false,
      recurringInProgress: false,
    };
    store.subscriptions.set(subscription.id, subscription);
  }
  gift.redeemedAt = now;
  gift.redeemedBy = customer.id;
  gift.redeemMode = verification.redeemMode ?? 'NEW';
  gift.subscriptionId = subscription.id;
  gift.accessEndsAt = newExpiresAt;
  store.giftChanged(gift);
  store.idempotency.set(scope, { fingerprint: gift.code, resultId: gift.id });
  return redemptionOf(ctx, customer, gift);
}
