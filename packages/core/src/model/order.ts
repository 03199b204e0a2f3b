import type { CurrencyCode, CustomerId, OfferId, OrderId, PaymentId, TransactionId, GiftId } from './ids';
import type { DeliveryDetails } from './delivery';
import type { DiscountDuration } from './coupon';

export interface OrderDiscount {
  applied: boolean;
  type: 'coupon' | 'trial' | '';
  /** Billing periods the discount covers; `null` for *forever*. */
  periods: number | null;
  duration: DiscountDuration | null;
}

/** Amounts in major units, tax included in `offerPrice` and `discountedPrice`. */
export interface PriceBreakdown {
  offerPrice: number;
  discountAmount: number;
  discountedPrice: number;
  taxValue: number;
}

export interface Order {
  id: OrderId;
  offerId: OfferId;
  customerId: CustomerId;
  buyAsAGift: boolean;
  currency: CurrencyCode;
  couponCode: string | null;
  discount: OrderDiscount;
  priceBreakdown: PriceBreakdown;
  totalPrice: number;
  /** `false` when nothing is to be paid (a 100 %-off code). */
  requiredPaymentDetails: boolean;
  deliveryDetails?: DeliveryDetails | null;
}

/** `PATCH /orders/{orderId}`: any of these; `couponCode: null` removes the code. */
export interface OrderPatch {
  buyAsAGift?: boolean;
  deliveryDetails?: DeliveryDetails;
  couponCode?: string | null;
}

/** What a payment adapter collected. `free` is for orders that need no payment details. */
export interface PaymentMethodInput {
  type: 'card' | 'free' | 'external';
  /** Card token or external reference from the adapter. */
  token?: string;
  /** The answer to a challenge step (3-D Secure and the like). */
  challengeResponse?: string;
}

export type PaymentStatus = 'succeeded' | 'declined' | 'requires_action';

export interface Payment {
  id: PaymentId;
  orderId: OrderId;
  status: PaymentStatus;
  transactionId: TransactionId | null;
  /** Set when the order was a gift and the payment succeeded. */
  giftId?: GiftId | null;
  /** With `requires_action`: what the adapter must confirm. */
  action?: { type: 'challenge'; challengeId: string } | null;
}
