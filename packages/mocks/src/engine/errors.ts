import { GiftsApiError, type GiftsApiErrorCode } from '@giftkit/core';

/**
 * The HTTP status the simulated platform answers for each machine code. Business refusals are
 * 422, state conflicts 409, so a client that only sees the status still classifies sensibly.
 */
export const HTTP_STATUS_BY_CODE: Readonly<Record<GiftsApiErrorCode, number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  OFFER_NOT_GIFTABLE: 422,
  GIFT_NOT_EDITABLE: 409,
  SUBSCRIPTION_SWITCH_BLOCKED: 422,
  REFUND_NOT_ALLOWED: 422,
  ALREADY_HAS_ACCESS: 409,
  COUPON_NOT_FOUND: 422,
  COUPON_INACTIVE: 422,
  COUPON_EXPIRED: 422,
  COUPON_LIMIT_REACHED: 422,
  COUPON_CUSTOMER_MISMATCH: 422,
  COUPON_FIRST_TIME_ONLY: 422,
  COUPON_MINIMUM_NOT_MET: 422,
  COUPON_NOT_APPLICABLE: 422,
  COUPON_CURRENCY_MISMATCH: 422,
  PAYMENT_DECLINED: 402,
  RATE_LIMITED: 429,
  CONFLICT: 409,
  NETWORK: 0,
  TIMEOUT: 0,
  BAD_RESPONSE: 502,
  UNKNOWN: 500,
};

/** The code a bare HTTP status stands for (used for injected faults without a code). */
export function codeForStatus(status: number): GiftsApiErrorCode {
  if (status === 400 || status === 422) return 'VALIDATION';
  if (status === 401) return 'UNAUTHORIZED';
  if (status === 402) return 'PAYMENT_DECLINED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 429) return 'RATE_LIMITED';
  return 'UNKNOWN';
}

/** A refusal from the engine: the same error the in-memory API throws and the handlers serialise. */
export function apiError(
  code: GiftsApiErrorCode,
  message: string,
  extra: { field?: string; reason?: string; retryAfter?: number } = {},
): GiftsApiError {
  return new GiftsApiError({ code, message, status: HTTP_STATUS_BY_CODE[code], ...extra });
}

export const notFound = (what: string): GiftsApiError => apiError('NOT_FOUND', `${what} not found.`);

export const validation = (field: string, message: string, reason?: string): GiftsApiError =>
  apiError('VALIDATION', message, reason === undefined ? { field } : { field, reason });
