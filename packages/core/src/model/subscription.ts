import type { OfferId, SubscriptionId, UnixSeconds } from './ids';

export type SubscriptionStatus = 'active' | 'cancelled' | 'expired' | 'paused';

export interface Subscription {
  subscriptionId: SubscriptionId;
  offerId: OfferId;
  status: SubscriptionStatus;
  /** End of the current paid (or gifted) period. */
  expiresAt: UnixSeconds;
  nextPaymentAt: UnixSeconds | null;
  createdByGift: boolean;
  extendedByGift: boolean;
  hasPaymentMethod: boolean;
  /** *(ext)* Billed by an app store or partner: GiftKit cannot move its dates. */
  externallyManaged?: boolean;
  /** *(ext)* A renewal payment is being processed right now. */
  recurringInProgress?: boolean;
}

export interface SubscriptionSwitch {
  subscriptionId: SubscriptionId;
  fromOfferId: OfferId;
  toOfferId: OfferId;
  status: 'switched' | 'scheduled';
}
