import { http, type HttpHandler } from 'msw';
import type { Platform } from '../engine/platform';
import { csv, ok } from './envelope';
import { deliveryDetailsField, giftSearchQuery, idempotencyKeyHeader, readJsonObject } from './parse';
import { route } from './route';

/**
 * `/gifts…`. The fixed paths (verification, redeem, report, analytics) come before
 * `/gifts/:giftId`, since MSW answers with the first handler that matches.
 */
export function giftHandlers(platform: Platform, base: string): HttpHandler[] {
  return [
    http.get(
      `${base}/gifts/verification/:code`,
      route(platform, 'verifyGift', 'customer', ({ actor, params }) => ok(actor.verifyGift(params.code ?? ''))),
    ),
    http.post(
      `${base}/gifts/redeem/:code`,
      route(platform, 'redeemGift', 'customer', ({ actor, params, request }) =>
        ok(actor.redeemGift(params.code ?? '', { idempotencyKey: idempotencyKeyHeader(request) })),
      ),
    ),
    http.get(
      `${base}/gifts/report`,
      route(platform, 'giftReport', 'operator', ({ actor, url }) => {
        const { limit: _limit, offset: _offset, ...query } = giftSearchQuery(url);
        return csv(actor.giftReport(query), `gift-report-${new Date(platform.now() * 1000).toISOString().slice(0, 10)}.csv`);
      }),
    ),
    http.get(
      `${base}/gifts/analytics`,
      route(platform, 'giftAnalytics', 'operator', ({ actor, url }) => {
        const { offerId, createdFrom, createdTo } = giftSearchQuery(url);
        return ok(actor.giftAnalytics({ offerId, createdFrom, createdTo }));
      }),
    ),
    http.get(`${base}/gifts`, route(platform, 'searchGifts', 'operator', ({ actor, url }) => ok(actor.searchGifts(giftSearchQuery(url))))),
    http.get(`${base}/gifts/:giftId`, route(platform, 'getGift', 'customer', ({ actor, params }) => ok(actor.getGift(params.giftId ?? '')))),
    http.patch(
      `${base}/gifts/:giftId`,
      route(platform, 'updateGift', 'customer', async ({ actor, params, request }) => {
        const body = await readJsonObject(request);
        return ok(actor.updateGift(params.giftId ?? '', deliveryDetailsField(body)));
      }),
    ),
  ];
}
