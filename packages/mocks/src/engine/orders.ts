import {
  hasAccessToOffer,
  normalizePromotionCode,
  purchaseModes,
  type CreateOrderInput,
  type Offer,
  type Order,
  type OrderPatch,
} from '@giftkit/core';
import type { EngineContext } from './context';
import { apiError, notFound, validation } from './errors';
import { validateDeliveryDetails } from './deliveryDetails';
import { checkCouponForOrder, orderView } from './pricing';
import type { CustomerRecord, OrderRecord } from './records';
import { subscriptionView } from './views';

/**
 * Rule 2 through `purchaseModes`: a gift needs a giftable offer; *for myself* is refused to a
 * customer who already has the offer (`ALREADY_HAS_ACCESS`).
 */
export function assertPurchaseMode(ctx: EngineContext, customer: CustomerRecord, offer: Offer, buyAsAGift: boolean): void {
  const subscriptions = ctx.store.subscriptionsOf(customer.id).map((s) => subscriptionView(ctx.store, s));
  const modes = purchaseModes({ offer, hasAccess: hasAccessToOffer(subscriptions, offer.id, ctx.now()) });
  if (buyAsAGift) {
    if (!modes.gift.available) throw apiError('OFFER_NOT_GIFTABLE', `${offer.title} cannot be bought as a gift.`, { reason: modes.gift.reason });
    return;
  }
  if (modes.myself.available) return;
  if (modes.myself.reason === 'ALREADY_HAS_ACCESS') {
    throw apiError('ALREADY_HAS_ACCESS', `You already have ${offer.title}; you can still buy it as a gift.`, { reason: 'ALREADY_HAS_ACCESS' });
  }
  throw validation('offerId', `${offer.title} cannot be bought.`, modes.myself.reason);
}

/** The customer's own order, unpaid. Someone else's order does not exist for them. */
export function ownOrder(ctx: EngineContext, customer: CustomerRecord, orderId: string): OrderRecord {
  const order = ctx.store.orders.get(orderId);
  if (!order || order.customerId !== customer.id) throw notFound('Order');
  return order;
}

export function createOrder(ctx: EngineContext, customer: CustomerRecord, input: CreateOrderInput, idempotencyKey?: string): Order {
  const { store } = ctx;
  const scope = idempotencyKey ? `order:${customer.id}:${idempotencyKey}` : null;
  const fingerprint = `${String(input.offerId)}:${String(input.buyAsAGift)}`;
  const previous = scope ? store.idempotency.get(scope) : undefined;
  if (previous) {
    if (previous.fingerprint !== fingerprint) throw apiError('CONFLICT', 'This Idempotency-Key was used for another order.');
    return orderView(ctx, ownOrder(ctx, customer, previous.resultId));
  }
  if (typeof input.offerId !== 'string' || input.offerId === '') throw validation('offerId', 'offerId is required.', 'REQUIRED');
  if (typeof input.buyAsAGift !== 'boolean') throw validation('buyAsAGift', 'buyAsAGift must be true or false.', 'REQUIRED');
  const offer = store.offer(input.offerId);
  assertPurchaseMode(ctx, customer, offer, input.buyAsAGift);
  const order: OrderRecord = {
    id: ctx.ids.next('order'),
    customerId: customer.id,
    offerId: offer.id,
    buyAsAGift: input.buyAsAGift,
    couponCode: null,
    promotionCodeId: null,
    deliveryDetails: null,
    createdAt: ctx.now(),
    paidBy: null,
  };
  store.orders.set(order.id, order);
  if (scope) store.idempotency.set(scope, { fingerprint, resultId: order.id });
  return orderView(ctx, order);
}

/** `PATCH /orders/{id}`: every part is checked before any is applied, so a refusal changes nothing. */
export function updateOrder(ctx: EngineContext, customer: CustomerRecord, orderId: string, patch: OrderPatch): Order {
  const order = ownOrder(ctx, customer, orderId);
  if (order.paidBy) throw apiError('CONFLICT', 'This order is already paid.');
  const offer = ctx.store.offer(order.offerId);
  const buyAsAGift = patch.buyAsAGift ?? order.buyAsAGift;
  if (typeof buyAsAGift !== 'boolean') throw validation('buyAsAGift', 'buyAsAGift must be true or false.', 'REQUIRED');
  if (patch.buyAsAGift !== undefined) assertPurchaseMode(ctx, customer, offer, buyAsAGift);
  const deliveryDetails = patch.deliveryDetails === undefined ? order.deliveryDetails : validateDeliveryDetails(patch.deliveryDetails, ctx.now());

  let couponCode = order.couponCode;
  let promotionCodeId = order.promotionCodeId;
  if (patch.couponCode !== undefined) {
    const typed = patch.couponCode === null ? '' : String(patch.couponCode);
    if (typed.trim() === '') {
      couponCode = null;
      promotionCodeId = null;
    } else {
      const applied = checkCouponForOrder(ctx, order, typed);
      couponCode = normalizePromotionCode(applied.promotionCode.code);
      promotionCodeId = applied.promotionCode.id;
    }
  }
  Object.assign(order, { buyAsAGift, deliveryDetails, couponCode, promotionCodeId });
  return orderView(ctx, order);
}
