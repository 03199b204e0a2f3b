/** `createHttpGiftsClient`: every `GiftsApi` method mapped to the WIRE.md table. */
import type { DeliveryDetails, GiftReportQuery, GiftsApi, PaymentMethodInput } from '@giftkit/core';
import { newIdempotencyKey } from './idempotency';
import type { HttpGiftsClientOptions } from './options';
import { queryString, segment } from './query';
import {
  giftAnalyticsSchema,
  giftRedemptionSchema,
  giftSchema,
  giftVerificationSchema,
  listOf,
  offerSchema,
  orderSchema,
  pageOf,
  paymentSchema,
  receivedGiftSchema,
  refundSchema,
  subscriptionSchema,
  subscriptionSwitchSchema,
  transactionSchema,
} from './schemas';
import { createTransport } from './transport';

// Built once: zod compiles a parser per schema instance, so per-call schemas would cost each call.
const offerListSchema = listOf(offerSchema);
const subscriptionListSchema = listOf(subscriptionSchema);
const receivedGiftListSchema = listOf(receivedGiftSchema);
const transactionPageSchema = pageOf(transactionSchema);
const giftPageSchema = pageOf(giftSchema);

/** The wire's three fields always; the extension fields only when known. */
function wireDeliveryDetails(details: DeliveryDetails): Record<string, unknown> {
  return {
    recipientEmail: details.recipientEmail,
    deliveryDate: details.deliveryDate,
    personalNote: details.personalNote,
    ...(details.recipientName === undefined ? {} : { recipientName: details.recipientName }),
    ...(details.timeZone === undefined ? {} : { timeZone: details.timeZone }),
  };
}

/** The operator filters shared by the gift search and the report. */
function filterParams(query: GiftReportQuery) {
  const { q, status, offerId, period, createdFrom, createdTo, sort } = query;
  return { q, status, offerId, period, createdFrom, createdTo, sort };
}

function wirePaymentMethod(method: PaymentMethodInput): Record<string, unknown> {
  return {
    type: method.type,
    ...(method.token === undefined ? {} : { token: method.token }),
    ...(method.challengeResponse === undefined ? {} : { challengeResponse: method.challengeResponse }),
  };
}

/**
 * The `GiftsApi` over HTTP, speaking GiftKit's Cleeng-compatible wire contract.
 * Every failure rejects with a `GiftsApiError`; every answer is validated first.
 *
 * @example
 * import { createHttpGiftsClient } from '@giftkit/http';
 *
 * const api = createHttpGiftsClient({
 *   baseURL: 'https://api.example.com',
 *   getToken: () => session.jwt,
 *   onUnauthorized: () => session.refresh(),
 * });
 * const offers = await api.listOffers();
 */
export function createHttpGiftsClient(options: HttpGiftsClientOptions): GiftsApi {
  const transport = createTransport(options);

  return {
    getOffer: (offerId, call) =>
      transport.json({ method: 'GET', template: '/v2/offers/{offerId}', url: () => `/v2/offers/${segment(offerId)}`, signal: call?.signal }, offerSchema),

    listOffers: (call) => transport.json({ method: 'GET', template: '/v2/offers', url: () => '/v2/offers', signal: call?.signal }, offerListSchema),

    createOrder: (input, call) =>
      transport.json(
        {
          method: 'POST',
          template: '/orders',
          url: () => '/orders',
          body: (customerId) => ({ offerId: input.offerId, customerId: customerId(), paymentMethodId: 0, buyAsAGift: input.buyAsAGift }),
          // One key per call, reused by its retries, so a dropped answer never creates two orders.
          idempotencyKey: call?.idempotencyKey || newIdempotencyKey(),
          signal: call?.signal,
        },
        orderSchema,
      ),

    updateOrder: (orderId, patch, call) =>
      transport.json(
        {
          method: 'PATCH',
          template: '/orders/{orderId}',
          url: () => `/orders/${segment(orderId)}`,
          body: () => ({
            ...(patch.buyAsAGift === undefined ? {} : { buyAsAGift: patch.buyAsAGift }),
            ...(patch.deliveryDetails === undefined ? {} : { deliveryDetails: wireDeliveryDetails(patch.deliveryDetails) }),
            // `null` is meaningful here: it removes the code.
            ...(patch.couponCode === undefined ? {} : { couponCode: patch.couponCode }),
          }),
          signal: call?.signal,
        },
        orderSchema,
      ),

    payOrder: (input, call) =>
      transport.json(
        {
          method: 'POST',
          template: '/payments',
          url: () => '/payments',
          body: () => ({ orderId: input.orderId, paymentMethod: wirePaymentMethod(input.paymentMethod) }),
          // The caller's key, the same for every retry of this attempt: the platform charges once.
          idempotencyKey: input.idempotencyKey || newIdempotencyKey(),
          signal: call?.signal,
        },
        paymentSchema,
      ),

    listTransactions: (query, call) =>
      transport.json(
        {
          method: 'GET',
          template: '/customers/{customerId}/transactions',
          url: (customerId) => `/customers/${segment(customerId())}/transactions${queryString({ limit: query.limit, offset: query.offset })}`,
          signal: call?.signal,
        },
        transactionPageSchema,
      ),

    listSubscriptions: (call) =>
      transport.json(
        {
          method: 'GET',
          template: '/customers/{customerId}/subscriptions',
          url: (customerId) => `/customers/${segment(customerId())}/subscriptions`,
          signal: call?.signal,
        },
        subscriptionListSchema,
      ),

    switchSubscription: (subscriptionId, toOfferId, call) =>
      transport.json(
        {
          method: 'POST',
          template: '/customers/{customerId}/subscription_switches/{subscriptionId}',
          url: (customerId) => `/customers/${segment(customerId())}/subscription_switches/${segment(subscriptionId)}`,
          body: () => ({ toOfferId }),
          signal: call?.signal,
        },
        subscriptionSwitchSchema,
      ),

    requestRefund: (transactionId, call) =>
      transport.json(
        {
          method: 'POST',
          template: '/customers/{customerId}/refunds',
          url: (customerId) => `/customers/${segment(customerId())}/refunds`,
          body: () => ({ transactionId }),
          signal: call?.signal,
        },
        refundSchema,
      ),

    getGift: (giftId, call) =>
      transport.json({ method: 'GET', template: '/gifts/{giftId}', url: () => `/gifts/${segment(giftId)}`, signal: call?.signal }, giftSchema),

    updateGift: (giftId, deliveryDetails, call) =>
      transport.json(
        {
          method: 'PATCH',
          template: '/gifts/{giftId}',
          url: () => `/gifts/${segment(giftId)}`,
          // Always every field, even when one changed (Cleeng replaces the whole object).
          body: () => ({ deliveryDetails: wireDeliveryDetails(deliveryDetails) }),
          signal: call?.signal,
        },
        giftSchema,
      ),

    verifyGift: (code, call) =>
      transport.json(
        { method: 'GET', template: '/gifts/verification/{code}', url: () => `/gifts/verification/${segment(code)}`, signal: call?.signal },
        giftVerificationSchema,
      ),

    redeemGift: (code, call) =>
      transport.json(
        {
          method: 'POST',
          template: '/gifts/redeem/{code}',
          url: () => `/gifts/redeem/${segment(code)}`,
          // Plain JavaScript callers may forget the key; a fresh one still protects the retries.
          idempotencyKey: call?.idempotencyKey || newIdempotencyKey(),
          signal: call?.signal,
        },
        giftRedemptionSchema,
      ),

    listReceivedGifts: (call) =>
      transport.json(
        {
          method: 'GET',
          template: '/customers/{customerId}/received_gifts',
          url: (customerId) => `/customers/${segment(customerId())}/received_gifts`,
          signal: call?.signal,
        },
        receivedGiftListSchema,
      ),

    searchGifts: (query, call) =>
      transport.json(
        {
          method: 'GET',
          template: '/gifts',
          url: () =>
            `/gifts${queryString({ ...filterParams(query), limit: query.limit, offset: query.offset })}`,
          signal: call?.signal,
        },
        giftPageSchema,
      ),

    giftReport: (query, call) =>
      transport.csv({
        method: 'GET',
        template: '/gifts/report',
        url: () =>
          `/gifts/report${queryString(filterParams(query))}`,
        signal: call?.signal,
      }),

    giftAnalytics: (query, call) =>
      transport.json(
        {
          method: 'GET',
          template: '/gifts/analytics',
          url: () => `/gifts/analytics${queryString({ offerId: query.offerId, createdFrom: query.createdFrom, createdTo: query.createdTo })}`,
          signal: call?.signal,
        },
        giftAnalyticsSchema,
      ),
  };
}
