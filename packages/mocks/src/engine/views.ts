/**
 * Records to the `@giftkit/core` domain types the API answers. Always fresh objects, so a
 * caller can never change the engine's state through an answer.
 */
import { fromMinorUnits, giftExpiresAt, giftStatus, type Gift, type Offer, type Subscription, type Transaction, type UnixSeconds } from '@giftkit/core';
import type { GiftRecord, SubscriptionRecord, TransactionRecord } from './records';
import type { Store } from './store';

export function offerView(offer: Offer): Offer {
  return {
    ...offer,
    price: { ...offer.price },
    billingCycle: offer.billingCycle ? { ...offer.billingCycle } : null,
    tags: [...offer.tags],
    ...(offer.restrictedCountries ? { restrictedCountries: [...offer.restrictedCountries] } : {}),
  };
}

export function subscriptionView(store: Store, record: SubscriptionRecord): Subscription {
  // App-store subscriptions are billed by the store: they renew, but GiftKit cannot see the card.
  const hasPaymentMethod = record.externallyManaged || store.hasPaymentMethod(record.customerId);
  const renews = record.status === 'active' && hasPaymentMethod;
  return {
    subscriptionId: record.id,
    offerId: record.offerId,
    status: record.status,
    expiresAt: record.expiresAt,
    nextPaymentAt: renews ? record.expiresAt : null,
    createdByGift: record.createdByGift,
    extendedByGift: record.extendedByGift,
    hasPaymentMethod,
    externallyManaged: record.externallyManaged,
    recurringInProgress: record.recurringInProgress,
  };
}

export function transactionView(store: Store, record: TransactionRecord): Transaction {
  return {
    transactionId: record.id,
    transactionDate: record.date,
    offerId: record.offerId,
    offerTitle: store.offers.get(record.offerId)?.title ?? record.offerId,
    totalPrice: fromMinorUnits(record.totalMinor, record.currency),
    currency: record.currency,
    targetType: record.targetType,
    targetId: record.targetId,
  };
}

/** Who is looking: the gifter does not see the code before it is sent (no spoiled surprise). */
export type GiftViewer = 'gifter' | 'recipient' | 'operator';

export function giftView(store: Store, gift: GiftRecord, now: UnixSeconds, viewer: GiftViewer): Gift {
  const details = gift.details;
  return {
    id: gift.id,
    code: viewer === 'gifter' && gift.sentAt == null ? null : gift.code,
    offerId: gift.offerId,
    deliveryDetails: {
      recipientEmail: details.recipientEmail,
      deliveryDate: details.deliveryDate,
      personalNote: details.personalNote,
      ...(details.recipientName === undefined ? {} : { recipientName: details.recipientName }),
      timeZone: gift.timeZone,
    },
    sentAt: gift.sentAt,
    redeemedAt: gift.redeemedAt,
    createdAt: gift.createdAt,
    expiresAt: giftExpiresAt(gift),
    accessEndsAt: gift.accessEndsAt,
    status: giftStatus(gift, now),
    gifterEmail: store.customers.get(gift.gifterId)?.email ?? '',
    recipientName: details.recipientName ?? null,
    timeZone: gift.timeZone,
    offerTitle: store.offers.get(gift.offerId)?.title ?? gift.offerId,
  };
}
