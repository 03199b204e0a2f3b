/**
 * What the engine stores. Views (the `@giftkit/core` domain types the API answers) are
 * computed from these on every read, so statuses always follow the clock.
 */
import type {
  CurrencyCode,
  CustomerId,
  DeliveryDetails,
  GiftId,
  OfferId,
  OrderId,
  PaymentDeclineReason,
  PaymentId,
  PaymentMethodInput,
  PaymentStatus,
  RedeemMode,
  SubscriptionId,
  SubscriptionStatus,
  TransactionId,
  UnixSeconds,
} from '@giftkit/core';

export type CustomerRole = 'customer' | 'operator';

export interface CustomerRecord {
  id: CustomerId;
  email: string;
  name: string;
  /** ISO 3166 country the customer is in (geo restrictions, tax). */
  country: string;
  /** IANA zone: the default delivery zone of the gifts they buy. */
  timeZone: string;
  role: CustomerRole;
}

/** A card kept on file: it makes subscriptions renew after a gift (rule 10). */
export interface PaymentMethodRecord {
  id: string;
  customerId: CustomerId;
  brand: string;
  last4: string;
}

export interface SubscriptionRecord {
  id: SubscriptionId;
  customerId: CustomerId;
  offerId: OfferId;
  status: SubscriptionStatus;
  expiresAt: UnixSeconds;
  createdAt: UnixSeconds;
  createdByGift: boolean;
  extendedByGift: boolean;
  externallyManaged: boolean;
  recurringInProgress: boolean;
}

export interface OrderRecord {
  id: OrderId;
  customerId: CustomerId;
  offerId: OfferId;
  buyAsAGift: boolean;
  /** The promotion code as the customer typed it, normalised. */
  couponCode: string | null;
  promotionCodeId: string | null;
  deliveryDetails: DeliveryDetails | null;
  createdAt: UnixSeconds;
  /** The payment that settled it; an order is paid at most once. */
  paidBy: PaymentId | null;
}

export interface PaymentRecord {
  id: PaymentId;
  orderId: OrderId;
  customerId: CustomerId;
  status: PaymentStatus;
  method: PaymentMethodInput['type'];
  amountMinor: number;
  currency: CurrencyCode;
  transactionId: TransactionId | null;
  giftId: GiftId | null;
  challengeId: string | null;
  createdAt: UnixSeconds;
  /** Why it was declined, for the error message. */
  declineMessage: string | null;
  /** *(ext)* The machine reason sent with `PAYMENT_DECLINED`, when the bank gave one. */
  declineReason: PaymentDeclineReason | null;
  /** The card charged, kept on file once the payment succeeds. */
  card: { brand: string; last4: string } | null;
}

export interface TransactionRecord {
  id: TransactionId;
  customerId: CustomerId;
  date: UnixSeconds;
  offerId: OfferId;
  totalMinor: number;
  currency: CurrencyCode;
  targetType: 'giftId' | 'subscriptionId';
  targetId: string;
  refunded: boolean;
}

export interface GiftRecord {
  id: GiftId;
  /** Position in creation order: the operator indexes refer to gifts by it. */
  index: number;
  /** Bumped on every change (sent, redeemed, edited), so cached statuses know to recompute. */
  revision: number;
  code: string;
  offerId: OfferId;
  gifterId: CustomerId;
  orderId: OrderId | null;
  transactionId: TransactionId | null;
  details: DeliveryDetails;
  /** The zone the delivery hour was chosen in (the edit window follows it). */
  timeZone: string;
  createdAt: UnixSeconds;
  /** When its delivery was last (re)scheduled: a purchase or an edit. It never leaves before. */
  scheduledAt: UnixSeconds;
  sentAt: UnixSeconds | null;
  /** When an unredeemed code stops working; set when sent. */
  expiresAt: UnixSeconds | null;
  redeemedAt: UnixSeconds | null;
  redeemedBy: CustomerId | null;
  redeemMode: RedeemMode | null;
  subscriptionId: SubscriptionId | null;
  accessEndsAt: UnixSeconds | null;
  paidMinor: number;
  currency: CurrencyCode;
}

export type EmailKind = 'gift-confirmation' | 'gift-invitation';

/** A message the platform "sent": nothing leaves the process, tests read the outbox. */
export interface Email {
  id: string;
  kind: EmailKind;
  to: string;
  subject: string;
  /** Plain text only: the personal note is never interpreted as HTML. */
  text: string;
  sentAt: UnixSeconds;
  giftId: GiftId;
  /** With invitations: `<redeemUrl>?giftCode=XXXX-XXXX`. */
  redeemLink: string | null;
  giftCode: string | null;
}
