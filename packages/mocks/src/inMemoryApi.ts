import { ABORTED_REASON, GiftsApiError, toGiftsApiError, type CallOptions, type CustomerId, type GiftsApi } from '@giftkit/core';
import type { Actor } from './engine/actor';
import { apiError, codeForStatus } from './engine/errors';
import { abortableDelay, untilAborted, type Endpoint, type FaultSpec } from './engine/faults';
import type { Platform } from './engine/platform';

export interface InMemoryGiftsApiOptions {
  /**
   * Who is signed in: an id, or a function read on every call (to switch sessions in a story).
   * `null` or absent: anonymous (the catalogue works, the rest is `UNAUTHORIZED`).
   */
  customerId?: CustomerId | null | (() => CustomerId | null | undefined);
  /**
   * Delay before every answer, to show loading states.
   * @default 0
   */
  latencyMs?: number;
}

/** An aborted call rejects like the HTTP client's: `TIMEOUT` for a timeout signal, else a non-retryable `NETWORK`. */
function abortError(signal: AbortSignal | undefined, cause: unknown): GiftsApiError {
  const reason: unknown = signal?.reason ?? cause;
  if (reason instanceof Error && reason.name === 'TimeoutError') {
    return new GiftsApiError({ code: 'TIMEOUT', status: 0, retryable: true, message: 'The request timed out.', cause: reason });
  }
  return new GiftsApiError({ code: 'NETWORK', status: 0, retryable: false, reason: ABORTED_REASON, message: 'The request was aborted.', cause: reason });
}

async function applyFault(fault: FaultSpec, signal: AbortSignal | undefined): Promise<void> {
  if (fault.latencyMs) await abortableDelay(fault.latencyMs, signal);
  if (fault.timeout) await untilAborted(signal);
  if (fault.status !== undefined) {
    const code = fault.code ?? codeForStatus(fault.status);
    throw new GiftsApiError({
      code,
      status: fault.status,
      message: fault.message ?? `Injected fault: HTTP ${fault.status}`,
      ...(fault.retryAfter === undefined ? {} : { retryAfter: fault.retryAfter }),
    });
  }
  if (fault.malformed) throw new GiftsApiError({ code: 'BAD_RESPONSE', status: 200, message: 'The platform answered something that is not a valid response (injected fault).' });
}

/**
 * A `GiftsApi` over the engine, without any network: the same rules, the same error codes as
 * the MSW handlers. Faults injected on the platform apply here too.
 *
 * @example
 * const api = createInMemoryGiftsApi(platform, { customerId: seed.customers.gifter.id });
 * const order = await api.createOrder({ offerId: seed.offers.footballAnnual, buyAsAGift: true });
 */
export function createInMemoryGiftsApi(platform: Platform, options: InMemoryGiftsApiOptions = {}): GiftsApi {
  const currentCustomer = () => (typeof options.customerId === 'function' ? options.customerId() : options.customerId) ?? null;

  async function call<T>(endpoint: Endpoint, callOptions: CallOptions | undefined, work: (actor: Actor | null) => T): Promise<T> {
    const signal = callOptions?.signal;
    try {
      if (signal?.aborted) throw signal.reason;
      if (options.latencyMs) await abortableDelay(options.latencyMs, signal);
      const fault = platform.faults.take(endpoint);
      if (fault) await applyFault(fault, signal);
      const customerId = currentCustomer();
      const result = work(customerId === null ? null : platform.as(customerId));
      if (signal?.aborted) throw signal.reason; // an answer nobody waits for any more
      return result;
    } catch (error) {
      if (error instanceof GiftsApiError) throw error;
      if (signal?.aborted) throw abortError(signal, error);
      throw toGiftsApiError(error);
    }
  }

  /** Everything but the catalogue needs a signed-in customer. */
  const signedIn =
    <T>(work: (actor: Actor) => T) =>
    (actor: Actor | null): T => {
      if (!actor) throw apiError('UNAUTHORIZED', 'Sign in to continue.');
      return work(actor);
    };

  return {
    getOffer: (offerId, o) => call('getOffer', o, (actor) => (actor ? actor.getOffer(offerId) : platform.getOffer(offerId))),
    listOffers: (o) => call('listOffers', o, (actor) => (actor ? actor.listOffers() : platform.listOffers())),
    createOrder: (input, o) => call('createOrder', o, signedIn((actor) => actor.createOrder(input, o?.idempotencyKey ? { idempotencyKey: o.idempotencyKey } : {}))),
    updateOrder: (orderId, patch, o) => call('updateOrder', o, signedIn((actor) => actor.updateOrder(orderId, patch))),
    payOrder: (input, o) => call('payOrder', o, signedIn((actor) => actor.payOrder(input))),
    listTransactions: (query, o) => call('listTransactions', o, signedIn((actor) => actor.listTransactions(query))),
    listSubscriptions: (o) => call('listSubscriptions', o, signedIn((actor) => actor.listSubscriptions())),
    switchSubscription: (subscriptionId, toOfferId, o) => call('switchSubscription', o, signedIn((actor) => actor.switchSubscription(subscriptionId, toOfferId))),
    requestRefund: (transactionId, o) => call('requestRefund', o, signedIn((actor) => actor.requestRefund(transactionId))),
    getGift: (giftId, o) => call('getGift', o, signedIn((actor) => actor.getGift(giftId))),
    updateGift: (giftId, details, o) => call('updateGift', o, signedIn((actor) => actor.updateGift(giftId, details))),
    verifyGift: (code, o) => call('verifyGift', o, signedIn((actor) => actor.verifyGift(code))),
    redeemGift: (code, o) => call('redeemGift', o, signedIn((actor) => actor.redeemGift(code, { idempotencyKey: o.idempotencyKey }))),
    listReceivedGifts: (o) => call('listReceivedGifts', o, signedIn((actor) => actor.listReceivedGifts())),
    searchGifts: (query, o) => call('searchGifts', o, signedIn((actor) => actor.searchGifts(query))),
    giftReport: (query, o) => call('giftReport', o, signedIn((actor) => actor.giftReport(query))),
    giftAnalytics: (query, o) => call('giftAnalytics', o, signedIn((actor) => actor.giftAnalytics(query))),
  };
}
