/** Idempotency keys across retries, back-off and Retry-After, timeouts, and a host's own axios. */
import axios from 'axios';
import { HttpResponse, delay } from 'msw';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, DEFAULT_TIMEOUT_MS, createHttpGiftsClient } from '../src/index';
import { BASE, TOKEN, client, fail, ok, rejection, sequence, useServer, wireOffer, wireOrder, wirePayment, wireRedemption } from './support';

const server = useServer();
const pay = { orderId: '912345', paymentMethod: { type: 'card' as const, token: 'tok_visa' }, idempotencyKey: 'pay-attempt-1' };

describe('idempotency', () => {
  it('payOrder: a double call after a dropped answer sends the same key both times', async () => {
    const { handler, requests } = sequence('post', '/payments', () => HttpResponse.error(), () => ok(wirePayment));
    server.use(handler);
    // Retries off: the caller (a double click, a "try again" button) repeats the call itself.
    const { api } = client({ retry: { retries: 0 } });
    expect(await rejection(api.payOrder(pay))).toMatchObject({ code: 'NETWORK', retryable: true });
    await expect(api.payOrder(pay)).resolves.toMatchObject({ status: 'succeeded' });
    expect(requests.map((r) => r.headers.get('idempotency-key'))).toEqual(['pay-attempt-1', 'pay-attempt-1']);
    expect(requests[0]!.body).toEqual(requests[1]!.body);
  });

  it('payOrder: the automatic retry after a dropped answer carries the same key', async () => {
    const { handler, requests } = sequence('post', '/payments', () => HttpResponse.error(), () => ok(wirePayment));
    server.use(handler);
    await expect(client().api.payOrder(pay)).resolves.toMatchObject({ id: '555' });
    expect(requests.map((r) => r.headers.get('idempotency-key'))).toEqual(['pay-attempt-1', 'pay-attempt-1']);
  });

  it('createOrder: the generated key is reused by the retries of one call', async () => {
    const { handler, requests } = sequence('post', '/orders', () => fail(503, 'busy'), () => HttpResponse.error(), () => ok(wireOrder));
    server.use(handler);
    await client().api.createOrder({ offerId: 'S1', buyAsAGift: true });
    const keys = requests.map((r) => r.headers.get('idempotency-key'));
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
  });

  it('redeemGift: retried on 502 with the caller’s key', async () => {
    const { handler, requests } = sequence('post', '/gifts/redeem/ABCD-2345', () => fail(502, 'bad gateway'), () => ok(wireRedemption));
    server.use(handler);
    await client().api.redeemGift('ABCD-2345', { idempotencyKey: 'redeem-1' });
    expect(requests.map((r) => r.headers.get('idempotency-key'))).toEqual(['redeem-1', 'redeem-1']);
  });
});

describe('retries and back-off', () => {
  it('waits for a Retry-After given as an HTTP date', async () => {
    const at = new Date(Date.now() + 3000).toUTCString();
    const { handler } = sequence('get', '/v2/offers', () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': at } }), () => ok([wireOffer]));
    server.use(handler);
    const { api, waits } = client();
    await api.listOffers();
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(1000);
    expect(waits[0]).toBeLessThanOrEqual(3000);
  });

  it('does not wait for a Retry-After beyond maxDelayMs: RATE_LIMITED with retryAfter at once', async () => {
    const { handler, requests } = sequence('get', '/v2/offers', () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } }));
    server.use(handler);
    const { api, waits } = client();
    expect(await rejection(api.listOffers())).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 120, status: 429 });
    expect(requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('backs off on 429 without Retry-After too', async () => {
    const { handler, requests } = sequence('get', '/v2/offers', () => fail(429, 'slow down'), () => ok([wireOffer]));
    server.use(handler);
    const { api, waits } = client();
    await api.listOffers();
    expect(requests).toHaveLength(2);
    expect(waits).toHaveLength(1);
  });

  it('retries: 0 turns retries off', async () => {
    const { handler, requests } = sequence('get', '/v2/offers', () => fail(503, 'busy'));
    server.use(handler);
    expect(await rejection(client({ retry: { retries: 0 } }).api.listOffers())).toMatchObject({ code: 'UNKNOWN', status: 503 });
    expect(requests).toHaveLength(1);
  });

  it('really waits with the default wait (tiny delays)', async () => {
    const { handler, requests } = sequence('get', '/v2/offers', () => fail(503, 'busy'), () => ok([wireOffer]));
    server.use(handler);
    const api = createHttpGiftsClient({ baseURL: BASE, getToken: () => TOKEN, retry: { baseDelayMs: 20 } });
    const started = performance.now();
    await api.listOffers();
    expect(performance.now() - started).toBeGreaterThanOrEqual(9);
    expect(requests).toHaveLength(2);
  });

  it('stops waiting between attempts when the caller aborts', async () => {
    const { handler, requests } = sequence('get', '/v2/offers', () => fail(503, 'busy'));
    server.use(handler);
    const api = createHttpGiftsClient({ baseURL: BASE, getToken: () => TOKEN, retry: { baseDelayMs: 5000 } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const started = performance.now();
    expect(await rejection(api.listOffers({ signal: controller.signal }))).toMatchObject({ code: 'NETWORK', reason: 'ABORTED' });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(requests).toHaveLength(1);
  });

  it('has the documented defaults', () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(15_000);
    expect(DEFAULT_RETRY).toEqual({ retries: 2, baseDelayMs: 200, maxDelayMs: 10_000 });
  });
});

describe('bring your own axios', () => {
  it('runs the host’s interceptors and leaves the instance as it was', async () => {
    const instance = axios.create({ headers: { 'X-Host-App': 'tv-site' } });
    instance.interceptors.request.use((config) => {
      config.headers.set('X-Trace', 'abc');
      return config;
    });
    const defaultsBefore = JSON.stringify(instance.defaults.headers);
    const { handler, requests } = sequence('get', '/v2/offers', () => ok([wireOffer]));
    server.use(handler);
    await client({ axios: instance }).api.listOffers();
    expect(requests[0]!.headers.get('x-host-app')).toBe('tv-site');
    expect(requests[0]!.headers.get('x-trace')).toBe('abc');
    expect(requests[0]!.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(JSON.stringify(instance.defaults.headers)).toBe(defaultsBefore);
    expect(instance.defaults.baseURL).toBeUndefined();
  });

  it('turns the instance’s own timeout into TIMEOUT', async () => {
    server.use(
      sequence('get', '/v2/offers', async () => {
        await delay(200);
        return ok([wireOffer]);
      }).handler,
    );
    const error = await rejection(client({ axios: axios.create({ timeout: 10 }), timeoutMs: 0 }).api.listOffers());
    expect(error).toMatchObject({ code: 'TIMEOUT' });
  });

  it('turns an interceptor’s throw into a GiftsApiError', async () => {
    const instance = axios.create();
    instance.interceptors.request.use(() => {
      throw new Error('host interceptor broke');
    });
    const error = await rejection(client({ axios: instance }).api.listOffers());
    expect(error).toMatchObject({ code: 'UNKNOWN', status: 0, message: 'GET /v2/offers failed: host interceptor broke' });
  });

  it('lets the host’s response interceptors see error statuses', async () => {
    const instance = axios.create();
    const seen: number[] = [];
    instance.interceptors.response.use(undefined, (error: Error) => {
      if (axios.isAxiosError(error) && error.response) seen.push(error.response.status);
      return Promise.reject(error);
    });
    server.use(sequence('get', '/gifts/1', () => fail(404, 'Gift not found')).handler);
    expect(await rejection(client({ axios: instance }).api.getGift('1'))).toMatchObject({ code: 'NOT_FOUND', message: 'Gift not found' });
    expect(seen).toEqual([404]);
  });

  it('appends paths to a baseURL with a path prefix and a trailing slash', async () => {
    const { handler, requests } = sequence('get', '/api/v2/offers', () => ok([wireOffer]));
    server.use(handler);
    await client({ baseURL: `${BASE}/api/` }).api.listOffers();
    expect(requests[0]!.url.pathname).toBe('/api/v2/offers');
  });
});
