import type { DeliveryDetails } from './model/delivery';
import type { Gift, GiftRedemption, GiftVerification, ReceivedGift } from './model/gift';
import type { GiftId, OfferId, OrderId, SubscriptionId, TransactionId } from './model/ids';
import type { Offer } from './model/offer';
import type { GiftAnalytics, GiftAnalyticsQuery, GiftReportQuery, GiftSearchQuery } from './model/operator';
import type { Order, OrderPatch, Payment, PaymentMethodInput } from './model/order';
import type { Subscription, SubscriptionSwitch } from './model/subscription';
import type { Page, PageQuery, Refund, Transaction } from './model/transaction';

/** Options every call takes. */
export interface CallOptions {
  /** Aborting rejects the call with a `GiftsApiError` `NETWORK` whose `reason` is `ABORTED` (`isAbortedError`). */
  signal?: AbortSignal;
}

/** Writes that must never happen twice carry a key the caller keeps for the attempt. */
export interface IdempotentCallOptions extends CallOptions {
  idempotencyKey: string;
}

/** `createOrder` may carry a key; clients that need one make it when none is given. */
export interface CreateOrderOptions extends CallOptions {
  idempotencyKey?: string;
}

export interface CreateOrderInput {
  offerId: OfferId;
  buyAsAGift: boolean;
}

export interface PayOrderInput {
  orderId: OrderId;
  paymentMethod: PaymentMethodInput;
  /** The same key for every retry of one attempt: the platform charges once. */
  idempotencyKey: string;
}

/**
 * Everything the components need from a subscription platform. Implementations:
 * `createHttpGiftsClient` (`@giftkit/http`), the in-memory simulated platform
 * (`@giftkit/mocks`), or your own. Every failure must reject with a `GiftsApiError`.
 *
 * The customer is the one the implementation is signed in as; operator methods
 * (`searchGifts`, `giftReport`, `giftAnalytics`) need operator rights.
 */
export interface GiftsApi {
  getOffer(offerId: OfferId, options?: CallOptions): Promise<Offer>;
  listOffers(options?: CallOptions): Promise<Offer[]>;
  createOrder(input: CreateOrderInput, options?: CreateOrderOptions): Promise<Order>;
  updateOrder(orderId: OrderId, patch: OrderPatch, options?: CallOptions): Promise<Order>;
  payOrder(input: PayOrderInput, options?: CallOptions): Promise<Payment>;
  listTransactions(query: PageQuery, options?: CallOptions): Promise<Page<Transaction>>;
  listSubscriptions(options?: CallOptions): Promise<Subscription[]>;
  switchSubscription(subscriptionId: SubscriptionId, toOfferId: OfferId, options?: CallOptions): Promise<SubscriptionSwitch>;
  requestRefund(transactionId: TransactionId, options?: CallOptions): Promise<Refund>;
  getGift(giftId: GiftId, options?: CallOptions): Promise<Gift>;
  /** Always the complete details (see `completeDeliveryDetails`). */
  updateGift(giftId: GiftId, deliveryDetails: DeliveryDetails, options?: CallOptions): Promise<Gift>;
  verifyGift(code: string, options?: CallOptions): Promise<GiftVerification>;
  redeemGift(code: string, options: IdempotentCallOptions): Promise<GiftRedemption>;
  /** *(ext)* */
  listReceivedGifts(options?: CallOptions): Promise<ReceivedGift[]>;
  /** *(ext)* operator */
  searchGifts(query: GiftSearchQuery, options?: CallOptions): Promise<Page<Gift>>;
  /** *(ext)* operator: CSV text of the filtered set. */
  giftReport(query: GiftReportQuery, options?: CallOptions): Promise<string>;
  /** *(ext)* operator */
  giftAnalytics(query: GiftAnalyticsQuery, options?: CallOptions): Promise<GiftAnalytics>;
}

/** Every method name of `GiftsApi`, for runtime checks of a client a host passes in. */
export const GIFTS_API_METHODS = [
  'getOffer',
  'listOffers',
  'createOrder',
  'updateOrder',
  'payOrder',
  'listTransactions',
  'listSubscriptions',
  'switchSubscription',
  'requestRefund',
  'getGift',
  'updateGift',
  'verifyGift',
  'redeemGift',
  'listReceivedGifts',
  'searchGifts',
  'giftReport',
  'giftAnalytics',
] as const satisfies ReadonlyArray<keyof GiftsApi>;

/** The names of the methods `value` lacks to be a `GiftsApi` (empty when it is one). */
export function missingGiftsApiMethods(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [...GIFTS_API_METHODS];
  return GIFTS_API_METHODS.filter((name) => typeof (value as Record<string, unknown>)[name] !== 'function');
}
