import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ABORTED_REASON,
  GIFTS_API_ERROR_CODES,
  isAbortedError,
  GIFTS_API_METHODS,
  GiftsApiError,
  isGiftsApiError,
  isGiftsApiErrorCode,
  missingGiftsApiMethods,
  paymentDeclineReason,
  toGiftsApiError,
  type GiftsApi,
} from '@giftkit/core';

describe('GiftsApiError', () => {
  it('carries the code, status and whether a retry may help', () => {
    const error = new GiftsApiError({ code: 'VALIDATION', message: 'bad email', status: 422, field: 'recipientEmail' });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'GiftsApiError', code: 'VALIDATION', status: 422, retryable: false, field: 'recipientEmail' });
    expect(new GiftsApiError({ code: 'NETWORK', message: 'offline' }).retryable).toBe(true);
    expect(new GiftsApiError({ code: 'UNKNOWN', message: 'boom', status: 503 }).retryable).toBe(true);
    expect(new GiftsApiError({ code: 'RATE_LIMITED', message: 'slow', status: 429, retryAfter: 3 }).toJSON()).toEqual({
      code: 'RATE_LIMITED',
      message: 'slow',
      status: 429,
      retryable: true,
      retryAfter: 3,
    });
    expect(new GiftsApiError({ code: 'GIFT_NOT_EDITABLE', message: 'x', reason: 'ALREADY_SENT', cause: 'c' }).toJSON()).toMatchObject({ reason: 'ALREADY_SENT' });
  });
  it('has every machine code of the wire contract', () => {
    expect(GIFTS_API_ERROR_CODES).toHaveLength(25);
    expect(isGiftsApiErrorCode('COUPON_EXPIRED')).toBe(true);
    expect(isGiftsApiErrorCode('NOPE')).toBe(false);
    expect(isGiftsApiErrorCode(42)).toBe(false);
  });
  it('turns anything thrown into a GiftsApiError', () => {
    const known = new GiftsApiError({ code: 'CONFLICT', message: 'x' });
    expect(toGiftsApiError(known)).toBe(known);
    const lookalike = { name: 'GiftsApiError', code: 'CONFLICT', message: 'y', toJSON: () => ({ code: 'CONFLICT' as const, message: 'y' }) };
    expect(isGiftsApiError(lookalike)).toBe(true);
    expect(toGiftsApiError(lookalike)).toBeInstanceOf(GiftsApiError);
    const aborted = toGiftsApiError(new DOMException('stop', 'AbortError'));
    expect(aborted).toMatchObject({ code: 'NETWORK', retryable: false, reason: ABORTED_REASON });
    expect(isAbortedError(aborted)).toBe(true);
    expect(isAbortedError(new GiftsApiError({ code: 'NETWORK', message: 'offline' }))).toBe(false);
    expect(toGiftsApiError(new Error('boom'))).toMatchObject({ code: 'UNKNOWN', message: 'boom' });
    expect(toGiftsApiError('text')).toMatchObject({ code: 'UNKNOWN', message: 'text' });
    expect(toGiftsApiError(undefined)).toMatchObject({ code: 'UNKNOWN', message: 'Unknown error' });
    expect(isGiftsApiError(null)).toBe(false);
  });
});

describe('paymentDeclineReason', () => {
  it('gives a known reason of a decline, and null otherwise', () => {
    expect(paymentDeclineReason({ code: 'PAYMENT_DECLINED', reason: 'INSUFFICIENT_FUNDS' })).toBe('INSUFFICIENT_FUNDS');
    expect(paymentDeclineReason({ code: 'PAYMENT_DECLINED', reason: 'AUTHENTICATION_FAILED' })).toBe('AUTHENTICATION_FAILED');
    expect(paymentDeclineReason({ code: 'PAYMENT_DECLINED' })).toBeNull();
    expect(paymentDeclineReason({ code: 'PAYMENT_DECLINED', reason: 'STOLEN_CARD' })).toBeNull();
    expect(paymentDeclineReason({ code: 'GIFT_NOT_EDITABLE', reason: 'INSUFFICIENT_FUNDS' })).toBeNull();
  });
});

describe('GiftsApi', () => {
  it('lists every method, so hosts get a clear message for a wrong client', () => {
    expectTypeOf<(typeof GIFTS_API_METHODS)[number]>().toEqualTypeOf<keyof GiftsApi>();
    expect(missingGiftsApiMethods(null)).toHaveLength(17);
    expect(missingGiftsApiMethods({ getOffer: () => null })).not.toContain('getOffer');
    const complete = Object.fromEntries(GIFTS_API_METHODS.map((m) => [m, () => undefined]));
    expect(missingGiftsApiMethods(complete)).toEqual([]);
  });
});
