import { http, type HttpHandler } from 'msw';
import type { Platform } from '../engine/platform';
import { ok } from './envelope';
import { idField, queryInteger, readJsonObject } from './parse';
import { assertOwnPath, route } from './route';

/** `/customers/{customerId}/…`: history, subscriptions, switches, refunds, received gifts. */
export function customerHandlers(platform: Platform, base: string): HttpHandler[] {
  const path = `${base}/customers/:customerId`;
  return [
    http.get(
      `${path}/transactions`,
      route(platform, 'listTransactions', 'customer', (ctx) => {
        assertOwnPath(ctx);
        const limit = queryInteger(ctx.url, 'limit');
        const offset = queryInteger(ctx.url, 'offset');
        return ok(ctx.actor.listTransactions({ ...(limit === undefined ? {} : { limit }), ...(offset === undefined ? {} : { offset }) }));
      }),
    ),
    http.get(
      `${path}/subscriptions`,
      route(platform, 'listSubscriptions', 'customer', (ctx) => {
        assertOwnPath(ctx);
        return ok({ items: ctx.actor.listSubscriptions() });
      }),
    ),
    http.post(
      `${path}/subscription_switches/:subscriptionId`,
      route(platform, 'switchSubscription', 'customer', async (ctx) => {
        assertOwnPath(ctx);
        const body = await readJsonObject(ctx.request);
        return ok(ctx.actor.switchSubscription(ctx.params.subscriptionId ?? '', idField(body, 'toOfferId')));
      }),
    ),
    http.post(
      `${path}/refunds`,
      route(platform, 'requestRefund', 'customer', async (ctx) => {
        assertOwnPath(ctx);
        const body = await readJsonObject(ctx.request);
        return ok(ctx.actor.requestRefund(idField(body, 'transactionId')));
      }),
    ),
    http.get(
      `${path}/received_gifts`,
      route(platform, 'listReceivedGifts', 'customer', (ctx) => {
        assertOwnPath(ctx);
        return ok({ items: ctx.actor.listReceivedGifts() });
      }),
    ),
  ];
}
