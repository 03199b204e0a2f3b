/** The small pure pieces (classification, Retry-After, back-off, query strings, JWT, keys) and the public surface. */
import { webcrypto } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { errorFromResponse, parseRetryAfter } from '../src/errors';
import { newIdempotencyKey } from '../src/idempotency';
import { customerIdFromToken, decodeJwtPayload } from '../src/jwt';
import { queryString, segment } from '../src/query';
import { resolveRetry, retryDelay } from '../src/retry';
import { makeJwt } from './support';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GiftsApi } from '@giftkit/core';
import * as http from '../src/index';

const route = 'POST /customers/{customerId}/refunds';
const env = (message: string, responseData: Record<string, unknown> = {}) => ({ responseData, errors: [message] });

describe('errorFromResponse', () => {
  it.each([
    [400, env('Bad request'), 'VALIDATION', false],
    [401, undefined, 'UNAUTHORIZED', false],
    [402, undefined, 'PAYMENT_DECLINED', false],
    [403, env('Operator rights needed'), 'FORBIDDEN', false],
    [404, env('Gift not found'), 'NOT_FOUND', false],
    [408, undefined, 'TIMEOUT', true],
    [409, env('Conflict'), 'CONFLICT', false],
    [418, env('I am a teapot'), 'UNKNOWN', false],
    [422, env('Unprocessable'), 'VALIDATION', false],
    [429, undefined, 'RATE_LIMITED', true],
    [500, undefined, 'UNKNOWN', true],
    [503, '<html>down</html>', 'UNKNOWN', true],
  ] as const)('%i without a code → %s (retryable %s)', (status, body, code, retryable) => {
    expect(errorFromResponse(route, status, body, undefined)).toMatchObject({ code, status, retryable });
  });

  it.each([
    ['Subscription created/extended by gift can not be switched.', 'SUBSCRIPTION_SWITCH_BLOCKED'],
    ['Refunds are not available for gift purchases.', 'REFUND_NOT_ALLOWED'],
    ['Cannot refund a gift', 'REFUND_NOT_ALLOWED'],
    ['Offer is not purchasable as a gift', 'OFFER_NOT_GIFTABLE'],
    ['Gift can not be edited anymore', 'GIFT_NOT_EDITABLE'],
    ['The gift has already been sent', 'GIFT_NOT_EDITABLE'],
    ['Customer already has access to this offer', 'ALREADY_HAS_ACCESS'],
    ['Coupon code has expired', 'COUPON_EXPIRED'],
    ['Coupon is inactive', 'COUPON_INACTIVE'],
    ['Coupon usage limit reached', 'COUPON_LIMIT_REACHED'],
    ['Invalid coupon code', 'COUPON_NOT_FOUND'],
    ['Your card was declined', 'PAYMENT_DECLINED'],
  ] as const)('knows the message “%s” → %s', (message, code) => {
    expect(errorFromResponse(route, 422, env(message), undefined)).toMatchObject({ code, status: 422, message });
  });

  it('prefers a known machine code, with field, reason and retryAfter', () => {
    const error = errorFromResponse(route, 400, env('Not editable', { code: 'GIFT_NOT_EDITABLE', reason: 'SENDING_SOON', field: 'deliveryDate' }), undefined);
    expect(error).toMatchObject({ code: 'GIFT_NOT_EDITABLE', reason: 'SENDING_SOON', field: 'deliveryDate', retryable: false });
    expect(errorFromResponse(route, 429, env('Too many', { code: 'RATE_LIMITED', retryAfter: 30 }), undefined)).toMatchObject({ retryAfter: 30 });
  });

  it('reads a decline’s reason from the body, else from Stripe-like wording, else leaves it out', () => {
    expect(errorFromResponse(route, 402, env('No', { code: 'PAYMENT_DECLINED', reason: 'CARD_DECLINED' }), undefined)).toMatchObject({ code: 'PAYMENT_DECLINED', reason: 'CARD_DECLINED' });
    expect(errorFromResponse(route, 402, env('Your card has insufficient funds.'), undefined)).toMatchObject({ code: 'PAYMENT_DECLINED', reason: 'INSUFFICIENT_FUNDS' });
    expect(errorFromResponse(route, 402, env('The card holder failed authentication.'), undefined)).toMatchObject({ code: 'PAYMENT_DECLINED', reason: 'AUTHENTICATION_FAILED' });
    expect(errorFromResponse(route, 402, env('Your card was declined.'), undefined).reason).toBeUndefined();
    // Only a decline gets a decline reason.
    expect(errorFromResponse(route, 400, env('Not enough: insufficient funds', { code: 'VALIDATION' }), undefined).reason).toBeUndefined();
  });

  it('ignores an unknown machine code and classifies from the status', () => {
    expect(errorFromResponse(route, 404, env('Nope', { code: 'SOMETHING_NEW' }), undefined)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reads messages from { message } objects, responseData.message and top-level message', () => {
    expect(errorFromResponse(route, 400, { errors: [{ message: 'from object' }] }, undefined).message).toBe('from object');
    expect(errorFromResponse(route, 400, { responseData: { message: 'from data' }, errors: [] }, undefined).message).toBe('from data');
    expect(errorFromResponse(route, 400, { message: 'top level' }, undefined).message).toBe('top level');
    expect(errorFromResponse(route, 400, { errors: ['  '] }, undefined).message).toBe(`HTTP 400 from ${route}`);
  });

  it('never throws, whatever the body', () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 599 }), fc.anything(), fc.option(fc.string()), (status, body, retryAfter) => {
        const error = errorFromResponse(route, status, body, retryAfter);
        expect(error.status).toBe(status);
        expect(typeof error.message).toBe('string');
      }),
      { numRuns: 100 },
    );
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 0, 1, 12, 0, 0);
  it.each([
    ['5', 5],
    [' 0 ', 0],
    ['1.5', 2],
    [7, 7],
    ['Thu, 01 Jan 2026 12:00:30 GMT', 30],
    ['Thu, 01 Jan 2026 11:00:00 GMT', 0],
    ['soon', undefined],
    ['-3', undefined],
    [undefined, undefined],
  ] as const)('%s → %s', (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });
});

describe('retryDelay', () => {
  const retry = resolveRetry({ retries: 2, baseDelayMs: 100, maxDelayMs: 1000 });
  const network = { kind: 'network' } as const;
  const status = (code: number, retryAfterSeconds?: number) => ({ kind: 'status', status: code, retryAfterSeconds }) as const;

  it('doubles with equal jitter and stops after `retries`', () => {
    expect(retryDelay(network, 0, retry, () => 0)).toBe(50);
    expect(retryDelay(network, 0, retry, () => 1)).toBe(100);
    expect(retryDelay(network, 1, retry, () => 1)).toBe(200);
    expect(retryDelay(network, 2, retry, () => 1)).toBeUndefined();
  });

  it('retries 502/503/504 and 429 only', () => {
    for (const code of [502, 503, 504, 429]) expect(retryDelay(status(code), 0, retry)).toBeDefined();
    for (const code of [400, 401, 404, 409, 422, 500, 501]) expect(retryDelay(status(code), 0, retry)).toBeUndefined();
  });

  it('follows Retry-After on 429 and 503 up to maxDelayMs', () => {
    expect(retryDelay(status(429, 1), 0, retry)).toBe(1000);
    expect(retryDelay(status(503, 0), 0, retry)).toBe(0);
    expect(retryDelay(status(429, 2), 0, retry)).toBeUndefined();
  });

  it('caps back-off at maxDelayMs and falls back to defaults for nonsense options', () => {
    expect(retryDelay(network, 1, resolveRetry({ baseDelayMs: 10_000, maxDelayMs: 300 }), () => 1)).toBe(300);
    expect(resolveRetry({ retries: -1, baseDelayMs: Number.NaN })).toMatchObject({ retries: 2, baseDelayMs: 200, maxDelayMs: 10_000 });
  });
});

describe('queryString and segment', () => {
  it('joins arrays with commas, leaves out undefined, null and empty arrays', () => {
    expect(queryString({ a: undefined, b: null, c: [], status: ['standby', 'expired'], limit: 0, flag: false })).toBe('?status=standby,expired&limit=0&flag=false');
    expect(queryString({})).toBe('');
  });

  it('encodes every value so it cannot break out of its parameter', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 4 }), (q, list) => {
        const search = queryString({ q, list });
        const params = new URLSearchParams(search);
        expect(params.get('q')).toBe(q);
        expect(search.split('&')).toHaveLength(2);
        expect(search.split('list=')[1]!.split(',').map(decodeURIComponent)).toEqual(list);
      }),
    );
  });

  it('encodes path segments', () => {
    expect(segment('ABCD-2345')).toBe('ABCD-2345');
    expect(segment('a/b?c#d e')).toBe('a%2Fb%3Fc%23d%20e');
    expect(segment(42)).toBe('42');
  });
});

describe('JWT', () => {
  it('reads the customerId claim, whatever the payload holds (UTF-8, base64url)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), fc.integer()), fc.string(), (customerId, name) => {
        expect(customerIdFromToken(makeJwt({ customerId, name }))).toBe(customerId);
      }),
    );
  });

  it.each([
    [undefined],
    [''],
    ['opaque'],
    ['a..c'],
    ['a.bm90IGpzb24.c'],
    [makeJwt({ customerId: null })],
    [makeJwt({ customerId: '  ' })],
    [makeJwt({ customerId: { id: 1 } })],
  ])('gives undefined for %s', (token) => {
    expect(customerIdFromToken(token)).toBeUndefined();
  });

  it('decodes only objects', () => {
    expect(decodeJwtPayload(`x.${Buffer.from('[1,2]').toString('base64url')}.y`)).toBeUndefined();
    expect(decodeJwtPayload(makeJwt({ a: 1 }))).toEqual({ a: 1 });
  });
});

describe('newIdempotencyKey', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('is a v4 UUID, different every time', () => {
    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(UUID);
  });

  it('still works without crypto.randomUUID (plain-http pages)', () => {
    vi.stubGlobal('crypto', { getRandomValues: <T extends Uint8Array>(bytes: T) => webcrypto.getRandomValues(bytes) });
    try {
      expect(newIdempotencyKey()).toMatch(UUID);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

const root = join(import.meta.dirname, '..');

describe('@giftkit/http public surface', () => {
  it('exports exactly these runtime names (a change here is a change to the public API)', () => {
    expect(Object.keys(http).sort()).toEqual(['ABORTED_REASON', 'DEFAULT_RETRY', 'DEFAULT_TIMEOUT_MS', 'createHttpGiftsClient', 'isAbortedError']);
  });

  it('returns a GiftsApi', () => {
    expectTypeOf(http.createHttpGiftsClient).returns.toEqualTypeOf<GiftsApi>();
    expectTypeOf<http.HttpGiftsClientOptions['baseURL']>().toEqualTypeOf<string>();
  });

  it('depends on core, axios and zod only: no React', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    expect(Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }).sort()).toEqual(['@giftkit/core', 'axios', 'zod']);
  });

  it('never logs, never touches storage, never imports React', () => {
    const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(join(root, 'src', file), 'utf8');
      expect(text, file).not.toMatch(/console\.|localStorage|sessionStorage|document\.cookie|from 'react/);
    }
  });
});
