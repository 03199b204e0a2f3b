/** The fault matrix: every `GiftsApi` method against every way the wire can fail. */
import { GIFTS_API_METHODS, GiftsApiError } from '@giftkit/core';
import { HttpResponse, delay } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { isAbortedError } from '../src/index';
import { METHOD_CASES, TOKEN, client, fail, makeJwt, ok, rejection, sequence, useServer } from './support';

const server = useServer();

it('covers every GiftsApi method', () => {
  expect(METHOD_CASES.map((c) => c.name).sort()).toEqual([...GIFTS_API_METHODS].sort());
});

describe.each(METHOD_CASES)('$name ($verb $path)', (c) => {
  const answer = (...responders: Array<() => Response | Promise<Response>>) => {
    const seq = sequence(c.verb, c.path, ...responders);
    server.use(seq.handler);
    return seq.requests;
  };

  it('answers when the platform does', async () => {
    const requests = answer(c.ok);
    await expect(c.call(client().api)).resolves.toBeDefined();
    expect(requests).toHaveLength(1);
  });

  it('times out with TIMEOUT (not retried)', async () => {
    // The answer comes far too late even on a loaded machine (the test ends at the timeout).
    const requests = answer(async () => {
      await delay(3_000);
      return c.ok();
    });
    const error = await rejection(c.call(client({ timeoutMs: 20 }).api));
    expect(error).toMatchObject({ code: 'TIMEOUT', status: 0, retryable: true });
    expect(requests).toHaveLength(1);
  });

  it('rejects with an abort error (NETWORK, reason ABORTED) when the caller aborts in flight', async () => {
    const controller = new AbortController();
    const requests = answer(async () => {
      controller.abort();
      await delay(20);
      return c.ok();
    });
    const error = await rejection(c.call(client().api, controller.signal));
    expect(error).toMatchObject({ code: 'NETWORK', reason: 'ABORTED', retryable: false });
    expect(isAbortedError(error)).toBe(true);
    expect(requests).toHaveLength(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const requests = answer(c.ok);
    const error = await rejection(c.call(client().api, AbortSignal.abort()));
    expect(isAbortedError(error)).toBe(true);
    expect(requests).toHaveLength(0);
  });

  it(`fails with NETWORK on a dropped connection (${c.retried ? 'after 2 retries' : 'never re-sent'})`, async () => {
    const requests = answer(() => HttpResponse.error());
    const error = await rejection(c.call(client().api));
    expect(error).toMatchObject({ code: 'NETWORK', status: 0, retryable: true });
    expect(requests).toHaveLength(c.retried ? 3 : 1);
  });

  it('fails with UNKNOWN (retryable, not retried) on 500', async () => {
    const requests = answer(() => fail(500, 'Internal error'));
    const error = await rejection(c.call(client().api));
    expect(error).toMatchObject({ code: 'UNKNOWN', status: 500, retryable: true, message: 'Internal error' });
    expect(requests).toHaveLength(1);
  });

  if (c.retried) {
    it('retries 502 and 503 (even with an HTML body) with back-off, then answers', async () => {
      const requests = answer(
        () => fail(502, 'Bad gateway'),
        () => new HttpResponse('<html>Service Unavailable</html>', { status: 503, headers: { 'Content-Type': 'text/html' } }),
        c.ok,
      );
      const { api, waits } = client();
      await expect(c.call(api)).resolves.toBeDefined();
      expect(requests).toHaveLength(3);
      // baseDelayMs 1: the first wait is in [0.5, 1], the second in [1, 2].
      expect(waits).toHaveLength(2);
      expect(waits[0]).toBeGreaterThanOrEqual(0.5);
      expect(waits[1]).toBeLessThanOrEqual(2);
    });

    it('gives up after two retries with the last status (504)', async () => {
      const requests = answer(() => fail(504, 'Gateway timeout'));
      const error = await rejection(c.call(client().api));
      expect(error).toMatchObject({ code: 'UNKNOWN', status: 504, retryable: true });
      expect(requests).toHaveLength(3);
    });

    it('waits for Retry-After on 429, then answers', async () => {
      const requests = answer(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '2' } }), c.ok);
      const { api, waits } = client();
      await expect(c.call(api)).resolves.toBeDefined();
      expect(requests).toHaveLength(2);
      expect(waits).toEqual([2000]);
    });
  } else {
    it.each([502, 503, 504])('never re-sends a write without an idempotency key on %i', async (status) => {
      const requests = answer(() => fail(status, 'Upstream trouble'));
      const error = await rejection(c.call(client().api));
      expect(error).toMatchObject({ code: 'UNKNOWN', status, retryable: true });
      expect(requests).toHaveLength(1);
    });
  }

  it('fails with RATE_LIMITED and retryAfter when 429 persists', async () => {
    const requests = answer(() => HttpResponse.json({ responseData: {}, errors: ['Slow down'] }, { status: 429, headers: { 'Retry-After': '3' } }));
    const { api, waits } = client();
    const error = await rejection(c.call(api));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryable: true, retryAfter: 3, message: 'Slow down' });
    expect(requests).toHaveLength(c.retried ? 3 : 1);
    expect(waits).toEqual(c.retried ? [3000, 3000] : []);
  });

  it('calls onUnauthorized once on 401, then retries once with the fresh token', async () => {
    let token = TOKEN;
    const fresh = makeJwt({ customerId: 42, iat: 2 });
    const onUnauthorized = vi.fn(() => {
      token = fresh;
    });
    const requests = answer(() => fail(401, 'Token expired'), c.ok);
    await expect(c.call(client({ getToken: () => token, onUnauthorized }).api)).resolves.toBeDefined();
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual([`Bearer ${TOKEN}`, `Bearer ${fresh}`]);
  });

  it('fails with UNAUTHORIZED when the retry after a refresh gets 401 again', async () => {
    const onUnauthorized = vi.fn(() => Promise.resolve());
    const requests = answer(() => fail(401, 'Token expired'));
    const error = await rejection(c.call(client({ onUnauthorized }).api));
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', status: 401, retryable: false });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(requests).toHaveLength(2);
  });

  it('fails with BAD_RESPONSE on malformed JSON', async () => {
    answer(() => new HttpResponse('{"responseData": {', { headers: { 'Content-Type': 'application/json' } }));
    const error = await rejection(c.call(client().api));
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', status: 200, retryable: false });
    expect(error.message).toMatch(c.name === 'giftReport' ? /expected text\/csv/ : /not JSON/);
  });

  it('fails with BAD_RESPONSE naming what was wrong on valid JSON of the wrong shape', async () => {
    answer(() => ok({ unexpected: true }));
    const error = await rejection(c.call(client().api));
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', status: 200 });
    expect(error.message).toMatch(c.name === 'giftReport' ? /expected text\/csv, got application\/json/ : /responseData/);
  });

  it('classifies an error envelope without a code from its status (409 → CONFLICT)', async () => {
    answer(() => fail(409, 'The resource changed meanwhile'));
    const error = await rejection(c.call(client().api));
    expect(error).toMatchObject({ code: 'CONFLICT', status: 409, retryable: false, message: 'The resource changed meanwhile' });
  });

  it('uses the machine code of the envelope, with its field', async () => {
    answer(() => fail(422, 'Invalid value', { code: 'VALIDATION', field: 'recipientEmail' }));
    const error = await rejection(c.call(client().api));
    expect(error).toBeInstanceOf(GiftsApiError);
    expect(error).toMatchObject({ code: 'VALIDATION', status: 422, field: 'recipientEmail' });
  });

  it('classifies a bodiless 404 as NOT_FOUND', async () => {
    answer(() => new HttpResponse(null, { status: 404 }));
    const error = await rejection(c.call(client().api));
    expect(error).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    // The route template, never the filled-in path: codes and ids stay out of logs.
    expect(error.message).toMatch(new RegExp(`^HTTP 404 from ${c.verb.toUpperCase()} /`));
    expect(error.message).not.toMatch(/ABCD-2345|205196449|\/42\//);
  });
});
