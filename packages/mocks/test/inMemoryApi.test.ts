/** The in-memory `GiftsApi`: same codes as the wire, faults, abort signals, sessions. */
import { GIFTS_API_METHODS, GiftsApiError, missingGiftsApiMethods } from '@giftkit/core';
import { describe, expect, it } from 'vitest';
import { createInMemoryGiftsApi, createPlatform, seed } from '../src';
import { rejection } from './helpers';

const alice = seed.customers.gifter.id;

describe('createInMemoryGiftsApi', () => {
  it('implements every GiftsApi method and returns copies, not engine state', async () => {
    const platform = createPlatform();
    const api = createInMemoryGiftsApi(platform, { customerId: alice });
    expect(missingGiftsApiMethods(api)).toEqual([]);
    expect(GIFTS_API_METHODS.length).toBe(17);
    const offer = await api.getOffer(seed.offers.footballAnnual);
    offer.tags.push('hacked');
    offer.price.amount = 0;
    expect(await api.getOffer(seed.offers.footballAnnual)).toMatchObject({ tags: ['football'], price: { amount: 99.99 } });
  });

  it('switches sessions through a function and refuses unknown customers', async () => {
    const platform = createPlatform();
    let who: string | null = null;
    const api = createInMemoryGiftsApi(platform, { customerId: () => who });
    expect(await rejection(api.listSubscriptions())).toMatchObject({ code: 'UNAUTHORIZED', status: 401 });
    who = alice;
    expect(await api.listSubscriptions()).toHaveLength(1);
    who = 'cus_ghost';
    expect(await rejection(api.listSubscriptions())).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await rejection(api.listOffers())).toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('honours faults: a status once, a malformed answer, latency and a timeout that ends with the signal', async () => {
    const platform = createPlatform();
    const api = createInMemoryGiftsApi(platform, { customerId: alice });
    platform.faults.inject('listOffers', { status: 503, times: 'once' });
    expect(await rejection(api.listOffers())).toMatchObject({ code: 'UNKNOWN', status: 503, retryable: true });
    expect((await api.listOffers()).length).toBe(14);
    platform.faults.inject('getGift', { status: 429, retryAfter: 3, times: 2 });
    expect(await rejection(api.getGift(seed.gifts.readyToRedeem))).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 3 });
    expect(await rejection(api.getGift(seed.gifts.readyToRedeem))).toMatchObject({ code: 'RATE_LIMITED' });
    expect((await api.getGift(seed.gifts.readyToRedeem)).id).toBe(seed.gifts.readyToRedeem);
    platform.faults.inject('listSubscriptions', { malformed: true, times: 'once' });
    expect(await rejection(api.listSubscriptions())).toMatchObject({ code: 'BAD_RESPONSE' });

    platform.faults.inject('verifyGift', { timeout: true });
    const controller = new AbortController();
    const pending = api.verifyGift(seed.giftCodes.readyToRedeem, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(await rejection(pending)).toMatchObject({ code: 'NETWORK', retryable: false, reason: 'ABORTED', status: 0 });
    expect(await rejection(api.verifyGift(seed.giftCodes.readyToRedeem, { signal: AbortSignal.timeout(20) }))).toMatchObject({ code: 'TIMEOUT' });
    platform.faults.clear();

    platform.faults.inject('*', { latencyMs: 60, times: 'once' });
    const started = performance.now();
    await api.listOffers();
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    expect(platform.faults.list()).toEqual([]);
  });

  it('rejects at once with an aborted signal, and during latency when aborted', async () => {
    const platform = createPlatform();
    const slow = createInMemoryGiftsApi(platform, { customerId: alice, latencyMs: 1000 });
    const aborted = AbortSignal.abort();
    const error = await rejection(slow.listOffers({ signal: aborted }));
    expect(error).toBeInstanceOf(GiftsApiError);
    expect(error.code).toBe('NETWORK');
    const controller = new AbortController();
    const call = slow.payOrder({ orderId: 'order_x', paymentMethod: { type: 'free' }, idempotencyKey: 'k' }, { signal: controller.signal });
    controller.abort();
    expect(await rejection(call)).toMatchObject({ code: 'NETWORK' });
    expect(platform.store.payments.size).toBe(0); // the work never ran
  });

  it('throws the engine’s errors with wire statuses', async () => {
    const api = createInMemoryGiftsApi(createPlatform(), { customerId: alice });
    expect(await rejection(api.getOffer('nope'))).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(await rejection(api.searchGifts({}))).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect(await rejection(api.createOrder({ offerId: seed.offers.docsWeekly, buyAsAGift: true }))).toMatchObject({ code: 'OFFER_NOT_GIFTABLE', status: 422 });
  });
});
