import type { CustomerId, DeliveryDetails, OfferId, Payment } from '@giftkit/core';
import { SECONDS_PER_HOUR } from '@giftkit/core';
import type { Platform } from '../engine/platform';
import { SEED_CARDS } from '../seed/cards';

/**
 * Buys a gift the way a customer does (order → delivery details → coupon → payment), so a
 * scenario's history comes out of the real rules. Throws the engine's errors unchanged.
 */
export function buyGift(
  platform: Platform,
  input: { gifterId: CustomerId; offerId: OfferId; details: DeliveryDetails; couponCode?: string; card?: string },
): Payment {
  const actor = platform.as(input.gifterId);
  const order = actor.createOrder({ offerId: input.offerId, buyAsAGift: true });
  actor.updateOrder(order.id, { deliveryDetails: input.details, ...(input.couponCode ? { couponCode: input.couponCode } : {}) });
  const priced = actor.updateOrder(order.id, {});
  return actor.payOrder({
    orderId: order.id,
    paymentMethod: priced.requiredPaymentDetails ? { type: 'card', token: input.card ?? SEED_CARDS.success } : { type: 'free' },
    idempotencyKey: `scenario-${order.id}`,
  });
}

/** The delivery hour running now: a gift for "today" that leaves within the hour. */
export function currentHour(platform: Platform): number {
  return Math.floor(platform.now() / SECONDS_PER_HOUR) * SECONDS_PER_HOUR;
}
