import type {
  CreateOrderInput,
  DeliveryDetails,
  Gift,
  GiftAnalytics,
  GiftAnalyticsQuery,
  GiftRedemption,
  GiftReportQuery,
  GiftSearchQuery,
  GiftVerification,
  Offer,
  Order,
  OrderPatch,
  Page,
  PageQuery,
  Payment,
  PayOrderInput,
  ReceivedGift,
  Refund,
  Subscription,
  SubscriptionSwitch,
  Transaction,
} from '@giftkit/core';
import type { EngineContext } from './context';
import { apiError } from './errors';
import * as gifts from './gifts';
import { giftAnalytics } from './operator/analytics';
import type { GiftIndex } from './operator/giftIndex';
import { giftReport } from './operator/report';
import { searchGifts } from './operator/search';
import * as orders from './orders';
import { payOrder } from './payments';
import type { CustomerRecord } from './records';
import * as redemption from './redemption';
import * as subscriptions from './subscriptions';
import { offerView } from './views';

/** What the engine lends an actor besides the context. */
export interface ActorDeps {
  ctx: EngineContext;
  giftIndex: GiftIndex;
  /** Lets time-dependent work (deliveries, renewals) catch up before an operation. */
  catchUp: () => void;
}

/**
 * One signed-in customer (or operator) acting on the platform: the `GiftsApi` operations,
 * synchronous. The MSW handlers and the in-memory API are thin layers over this.
 */
export class Actor {
  constructor(
    private readonly deps: ActorDeps,
    readonly customer: CustomerRecord,
  ) {}

  private get ctx(): EngineContext {
    this.deps.catchUp();
    return this.deps.ctx;
  }

  getOffer(offerId: string): Offer {
    return offerView(this.ctx.store.offer(String(offerId)));
  }

  listOffers(): Offer[] {
    return [...this.ctx.store.offers.values()].map(offerView);
  }

  createOrder(input: CreateOrderInput, options: { idempotencyKey?: string } = {}): Order {
    return orders.createOrder(this.ctx, this.customer, input, options.idempotencyKey);
  }

  updateOrder(orderId: string, patch: OrderPatch): Order {
    return orders.updateOrder(this.ctx, this.customer, String(orderId), patch);
  }

  payOrder(input: PayOrderInput): Payment {
    return payOrder(this.ctx, this.customer, input);
  }

  listTransactions(query: Partial<PageQuery> = {}): Page<Transaction> {
    return subscriptions.listTransactions(this.ctx, this.customer, query);
  }

  listSubscriptions(): Subscription[] {
    return subscriptions.listSubscriptions(this.ctx, this.customer);
  }

  switchSubscription(subscriptionId: string, toOfferId: string): SubscriptionSwitch {
    return subscriptions.switchSubscription(this.ctx, this.customer, subscriptionId, toOfferId);
  }

  requestRefund(transactionId: string): Refund {
    return subscriptions.requestRefund(this.ctx, this.customer, transactionId);
  }

  getGift(giftId: string): Gift {
    return gifts.getGift(this.ctx, this.customer, giftId);
  }

  updateGift(giftId: string, deliveryDetails: DeliveryDetails): Gift {
    return gifts.updateGift(this.ctx, this.customer, giftId, deliveryDetails);
  }

  verifyGift(code: string): GiftVerification {
    return redemption.verifyGift(this.ctx, this.customer, code);
  }

  redeemGift(code: string, options: { idempotencyKey: string }): GiftRedemption {
    return redemption.redeemGift(this.ctx, this.customer, code, options.idempotencyKey);
  }

  listReceivedGifts(): ReceivedGift[] {
    return gifts.listReceivedGifts(this.ctx, this.customer);
  }

  searchGifts(query: GiftSearchQuery = {}): Page<Gift> {
    const ctx = this.operatorContext();
    return searchGifts(ctx.store, this.deps.giftIndex, query, ctx.now());
  }

  giftReport(query: GiftReportQuery = {}): string {
    const ctx = this.operatorContext();
    return giftReport(ctx.store, this.deps.giftIndex, query, ctx.now());
  }

  giftAnalytics(query: GiftAnalyticsQuery = {}): GiftAnalytics {
    const ctx = this.operatorContext();
    return giftAnalytics(ctx.store, this.deps.giftIndex, query, ctx.now());
  }

  private operatorContext(): EngineContext {
    if (this.customer.role !== 'operator') throw apiError('FORBIDDEN', 'Operator rights are required.');
    return this.ctx;
  }
}
