/** Tokens, the customer id, and what a 401 does. */
import { describe, expect, it, vi } from 'vitest';
import { HttpResponse, delay, http } from 'msw';
import { createHttpGiftsClient } from '../src/index';
import { BASE, TOKEN, client, fail, makeJwt, ok, rejection, sequence, useServer, wireOffer, wireOrder, wireSubscription } from './support';

const server = useServer();

describe('Authorization header', () => {
  it('sends the token from an async getToken as Bearer', async () => {
    const { handler, requests } = sequence('get', '/v2/offers', () => ok([wireOffer]));
    server.use(handler);
    await client({ getToken: () => Promise.resolve('opaque-token') }).api.listOffers();
    expect(requests[0]!.headers.get('authorization')).toBe('Bearer opaque-token');
  });

  it('sends no Authorization header when there is no token (anonymous catalogue)', async () => {
    const { handler, requests } = sequence('get', '/v2/offers', () => ok([wireOffer]));
    server.use(handler);
    await client({ getToken: () => null }).api.listOffers();
    expect(requests[0]!.headers.has('authorization')).toBe(false);
  });

  it('asks getToken before every request, so a refreshed token is used at once', async () => {
    const { handler, requests } = sequence('get', '/v2/offers', () => ok([wireOffer]));
    server.use(handler);
    let n = 0;
    const { api } = client({ getToken: () => `token-${++n}` });
    await api.listOffers();
    await api.listOffers();
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('turns a throwing getToken into UNAUTHORIZED without sending anything', async () => {
    const { handler, requests } = sequence('get', '/v2/offers', () => ok([wireOffer]));
    server.use(handler);
    const error = await rejection(
      client({
        getToken: () => {
          throw new Error('session store unavailable');
        },
      }).api.listOffers(),
    );
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', status: 0, retryable: false });
    expect(requests).toHaveLength(0);
  });
});

describe('customerId', () => {
  it('comes from the JWT claim when not given (number or string claim)', async () => {
    const { handler, requests } = sequence('get', '/customers/:id/subscriptions', () => ok([wireSubscription]));
    server.use(handler);
    await client({ getToken: () => makeJwt({ customerId: 987 }) }).api.listSubscriptions();
    await client({ getToken: () => makeJwt({ customerId: 'cus_Ä/1', name: 'Zoë' }) }).api.listSubscriptions();
    expect(requests.map((r) => r.url.pathname)).toEqual(['/customers/987/subscriptions', '/customers/cus_%C3%84%2F1/subscriptions']);
  });

  it('prefers the option over the claim', async () => {
    const { handler, requests } = sequence('get', '/customers/:id/subscriptions', () => ok([wireSubscription]));
    server.use(handler);
    await client({ customerId: 7 }).api.listSubscriptions();
    expect(requests[0]!.url.pathname).toBe('/customers/7/subscriptions');
  });

  it('keeps the claim’s number type in the POST /orders body', async () => {
    const { handler, requests } = sequence('post', '/orders', () => ok(wireOrder));
    server.use(handler);
    await client().api.createOrder({ offerId: 'S1', buyAsAGift: true });
    expect(requests[0]!.body).toMatchObject({ customerId: 42 });
  });

  it.each([
    ['a token without the claim', () => makeJwt({ sub: 'x' })],
    ['an opaque token', () => 'not-a-jwt'],
    ['a broken JWT payload', () => 'a.%%%.c'],
    ['no token', () => ''],
  ])('fails with UNAUTHORIZED (no request) for a customer path given %s', async (_label, getToken) => {
    const { handler, requests } = sequence('get', '/customers/:id/subscriptions', () => ok([]));
    server.use(handler);
    const error = await rejection(client({ getToken }).api.listSubscriptions());
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', status: 0, retryable: false });
    expect(error.message).toMatch(/customerId/);
    expect(requests).toHaveLength(0);
  });

  it('fails createOrder the same way (the body needs the customer)', async () => {
    const { handler, requests } = sequence('post', '/orders', () => ok(wireOrder));
    server.use(handler);
    expect(await rejection(client({ getToken: () => 'opaque' }).api.createOrder({ offerId: 'S1', buyAsAGift: true }))).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(requests).toHaveLength(0);
  });
});

describe('401', () => {
  it('without onUnauthorized fails at once with UNAUTHORIZED', async () => {
    const { handler, requests } = sequence('get', '/v2/offers', () => fail(401, 'Invalid JWT'));
    server.use(handler);
    const error = await rejection(client().api.listOffers());
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', status: 401, message: 'Invalid JWT' });
    expect(requests).toHaveLength(1);
  });

  it('never puts the token in the error', async () => {
    const { handler } = sequence('get', '/v2/offers', () => new HttpResponse(null, { status: 401 }));
    server.use(handler);
    const error = await rejection(client().api.listOffers());
    expect(JSON.stringify(error.toJSON())).not.toContain(TOKEN);
    expect(error.cause).toBeUndefined();
  });

  it('shares one onUnauthorized between concurrent calls', async () => {
    let token = 'old';
    const onUnauthorized = vi.fn(async () => {
      await delay(10);
      token = 'new';
    });
    const requests: Array<string | null> = [];
    server.use(
      http.get(`${BASE}/v2/offers`, ({ request }) => {
        const authorization = request.headers.get('authorization');
        requests.push(authorization);
        return authorization === 'Bearer new' ? ok([wireOffer]) : fail(401, 'expired');
      }),
    );
    const { api } = client({ getToken: () => token, onUnauthorized });
    await expect(Promise.all([api.listOffers(), api.listOffers(), api.listOffers()])).resolves.toHaveLength(3);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(requests.filter((r) => r === 'Bearer new')).toHaveLength(3);
  });

  it('fails with UNAUTHORIZED when onUnauthorized throws, keeping its error as the cause', async () => {
    const { handler, requests } = sequence('get', '/v2/offers', () => fail(401, 'expired'));
    server.use(handler);
    const refreshError = new Error('refresh token revoked');
    const error = await rejection(client({ onUnauthorized: () => Promise.reject(refreshError) }).api.listOffers());
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', status: 401 });
    expect(error.message).toMatch(/onUnauthorized failed/);
    expect(error.cause).toBe(refreshError);
    expect(requests).toHaveLength(1);
  });

  it('stops waiting for onUnauthorized when the caller aborts', async () => {
    server.use(sequence('get', '/v2/offers', () => fail(401, 'expired')).handler);
    const controller = new AbortController();
    const onUnauthorized = () => {
      controller.abort();
      return new Promise<void>(() => undefined);
    };
    const error = await rejection(client({ onUnauthorized }).api.listOffers({ signal: controller.signal }));
    expect(error).toMatchObject({ code: 'NETWORK', reason: 'ABORTED' });
  });
});

it('refuses to start without baseURL or getToken', () => {
  expect(() => createHttpGiftsClient({ baseURL: '', getToken: () => TOKEN })).toThrow(TypeError);
  expect(() => createHttpGiftsClient({ baseURL: BASE } as unknown as Parameters<typeof createHttpGiftsClient>[0])).toThrow(/getToken/);
});
