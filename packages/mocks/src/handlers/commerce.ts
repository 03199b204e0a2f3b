import type { OrderPatch } from '@giftkit/core';
import { http, type HttpHandler } from 'msw';
import { apiError, validation } from '../engine/errors';
import type { Platform } from '../engine/platform';
import { ok } from './envelope';
import { deliveryDetailsField, idempotencyKeyHeader, idField, optionalBoolean, paymentMethodField, readJsonObject, requiredBoolean } from './parse';
import { route } from './route';

/** Catalogue, orders and payments. */
export function commerceHandlers(platform: Platform, base: string): HttpHandler[] {
  return [
    http.get(
      `${base}/v2/offers`,
      route(platform, 'listOffers', 'public', ({ actor }) => ok({ items: actor ? actor.listOffers() : platform.listOffers() })),
    ),
    http.get(
      `${base}/v2/offers/:offerId`,
      route(platform, 'getOffer', 'public', ({ actor, params }) => ok(actor ? actor.getOffer(params.offerId ?? '') : platform.getOffer(params.offerId ?? ''))),
    ),
    http.post(
      `${base}/orders`,
      route(platform, 'createOrder', 'customer', async ({ actor, request }) => {
        const body = await readJsonObject(request);
        if (body.customerId !== undefined && idField(body, 'customerId') !== actor.customer.id) {
          throw apiError('FORBIDDEN', 'Orders can only be created for the signed-in customer.');
        }
        const key = request.headers.get('Idempotency-Key')?.trim();
        const order = actor.createOrder({ offerId: idField(body, 'offerId'), buyAsAGift: requiredBoolean(body, 'buyAsAGift') }, key ? { idempotencyKey: key } : {});
        return ok(order);
      }),
    ),
    http.patch(
      `${base}/orders/:orderId`,
      route(platform, 'updateOrder', 'customer', async ({ actor, request, params }) => {
        const body = await readJsonObject(request);
        const patch: OrderPatch = {};
        const buyAsAGift = optionalBoolean(body, 'buyAsAGift');
        if (buyAsAGift !== undefined) patch.buyAsAGift = buyAsAGift;
        if (body.deliveryDetails !== undefined) patch.deliveryDetails = deliveryDetailsField(body);
        if (body.couponCode !== undefined) {
          if (body.couponCode !== null && typeof body.couponCode !== 'string') throw validation('couponCode', 'couponCode must be text or null.', 'INVALID');
          patch.couponCode = body.couponCode;
        }
        return ok(actor.updateOrder(params.orderId ?? '', patch));
      }),
    ),
    http.post(
      `${base}/payments`,
      route(platform, 'payOrder', 'customer', async ({ actor, request }) => {
        const body = await readJsonObject(request);
        const idempotencyKey = idempotencyKeyHeader(request);
        return ok(actor.payOrder({ orderId: idField(body, 'orderId'), paymentMethod: paymentMethodField(body), idempotencyKey }));
      }),
    ),
  ];
}
