import type { DeliveryDetails } from './delivery';
import type { GiftId, OfferId, SubscriptionId, UnixSeconds } from './ids';

/** The operator's statuses (okast). */
export type GiftStatus = 'standby' | 'expired' | 'activated' | 'completed';

/** Why a code cannot be redeemed (Cleeng's `redeemRefusalReason`). */
export type RedeemRefusalReason =
  | 'REDEEMED'
  | 'EXPIRED'
  | 'NOT_FOUND'
  | 'NOT_YET_DELIVERED'
  | 'INACTIVE_OFFER'
  | 'OFFER_GEO_RESTRICTED'
  | 'PUBLISHER_GEO_RESTRICTED'
  | 'EXTERNALLY_MANAGED_SUBSCRIPTION'
  | 'RECURRING_PROCESS_ALREADY_STARTED'
  | 'MORE_THAN_ONE_MATCHING_SUBSCRIPTION';

export type RedeemMode = 'NEW' | 'EXTEND';

export interface Gift {
  id: GiftId;
  /** `XXXX-XXXX`; APIs may hide it from the gifter (`null`). */
  code: string | null;
  offerId: OfferId;
  deliveryDetails: DeliveryDetails;
  sentAt: UnixSeconds | null;
  redeemedAt: UnixSeconds | null;
  /** *(ext)* */
  createdAt?: UnixSeconds;
  /** *(ext)* When an unredeemed code stops working (set when sent). */
  expiresAt?: UnixSeconds | null;
  /** *(ext)* When the access the gift gave ends (set when redeemed). */
  accessEndsAt?: UnixSeconds | null;
  /** *(ext)* */
  status?: GiftStatus;
  gifterEmail?: string;
  recipientName?: string | null;
  timeZone?: string;
  offerTitle?: string;
}

/** `GET /gifts/verification/{code}` */
export interface GiftVerification {
  redeemable: boolean;
  redeemMode: RedeemMode | null;
  redeemRefusalReason: RedeemRefusalReason | null;
  offerId: OfferId | null;
  extendedSubscriptionId: SubscriptionId | null;
  /** *(ext)* The renewal date of the subscription an EXTEND pushes. */
  currentExpiresAt?: UnixSeconds | null;
  /** *(ext)* Where access will end after redeeming. */
  newExpiresAt?: UnixSeconds | null;
}

/** What `redeemGift` answers. */
export interface GiftRedemption {
  giftId: GiftId;
  redeemMode: RedeemMode;
  subscriptionId: SubscriptionId;
  offerId: OfferId;
  /** The subscription's new end of access. */
  expiresAt: UnixSeconds;
  /** Whether a payment method is on file, so access renews at the normal price (rule 10). */
  hasPaymentMethod: boolean;
}

/** *(ext)* A gift as its recipient sees it. */
export interface ReceivedGift {
  giftId: GiftId;
  offerId: OfferId;
  offerTitle: string;
  gifterEmail: string;
  gifterName?: string | null;
  personalNote: string;
  redeemedAt: UnixSeconds | null;
  accessEndsAt: UnixSeconds | null;
  redeemMode: RedeemMode | null;
}
