import type { GiftId, GiftsApiErrorCode, OfferId, OrderId, RedeemMode, SubscriptionId, TransactionId, UnixSeconds, DeliveryDetails } from '@giftkit/core';

/** What each event carries. DOM events `giftkit:<name>` carry the same object as `detail`. */
export interface GiftKitEventMap {
  /** No session: the host should sign the viewer in, then pass `session`; the flow resumes. */
  requireAuth: { flow: 'checkout' | 'redeem' | 'myGifts' | 'giftManager'; returnTo?: string };
  giftPurchased: { giftId: GiftId | null; transactionId: TransactionId | null; orderId: OrderId; offerId: OfferId };
  giftRedeemed: { giftId: GiftId; redeemMode: RedeemMode; subscriptionId: SubscriptionId; offerId: OfferId; expiresAt: UnixSeconds };
  giftUpdated: { giftId: GiftId; deliveryDetails: DeliveryDetails };
  couponApplied: { code: string; orderId: OrderId };
  couponRemoved: { orderId: OrderId };
  error: { code: GiftsApiErrorCode; message: string; flow: string };
}

export type GiftKitEventName = keyof GiftKitEventMap;

type CallbackName<K extends string> = `on${Capitalize<K>}`;

/** Typed callbacks: `onGiftPurchased`, `onRequireAuth`, … one per event. */
export type GiftKitCallbacks = {
  [K in GiftKitEventName as CallbackName<K>]?: (detail: GiftKitEventMap[K]) => void;
};

export function callbackName<K extends GiftKitEventName>(name: K): CallbackName<K> {
  return `on${name.charAt(0).toUpperCase()}${name.slice(1)}` as CallbackName<K>;
}

/** The DOM event type for non-React hosts: `giftkit:giftPurchased`. */
export function domEventName(name: GiftKitEventName): `giftkit:${GiftKitEventName}` {
  return `giftkit:${name}`;
}
