/** Every machine code a `GiftsApi` may fail with (WIRE.md). The last four are client-side. */
export const GIFTS_API_ERROR_CODES = [
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION',
  'OFFER_NOT_GIFTABLE',
  'GIFT_NOT_EDITABLE',
  'SUBSCRIPTION_SWITCH_BLOCKED',
  'REFUND_NOT_ALLOWED',
  'ALREADY_HAS_ACCESS',
  'COUPON_NOT_FOUND',
  'COUPON_INACTIVE',
  'COUPON_EXPIRED',
  'COUPON_LIMIT_REACHED',
  'COUPON_CUSTOMER_MISMATCH',
  'COUPON_FIRST_TIME_ONLY',
  'COUPON_MINIMUM_NOT_MET',
  'COUPON_NOT_APPLICABLE',
  'COUPON_CURRENCY_MISMATCH',
  'PAYMENT_DECLINED',
  'RATE_LIMITED',
  'CONFLICT',
  'NETWORK',
  'TIMEOUT',
  'BAD_RESPONSE',
  'UNKNOWN',
] as const;

export type GiftsApiErrorCode = (typeof GIFTS_API_ERROR_CODES)[number];

const CODES: ReadonlySet<string> = new Set(GIFTS_API_ERROR_CODES);

export function isGiftsApiErrorCode(value: unknown): value is GiftsApiErrorCode {
  return typeof value === 'string' && CODES.has(value);
}

/** Codes worth retrying as they are (the same request may succeed later). */
const RETRYABLE: ReadonlySet<GiftsApiErrorCode> = new Set(['NETWORK', 'TIMEOUT', 'RATE_LIMITED']);

export interface GiftsApiErrorInit {
  code: GiftsApiErrorCode;
  message: string;
  /** HTTP status, or 0 when no answer arrived. */
  status?: number;
  retryable?: boolean;
  /** With `VALIDATION`: the field at fault (`recipientEmail`, `deliveryDate`, …). */
  field?: string;
  /** With `GIFT_NOT_EDITABLE` and others: a more precise reason (`ALREADY_SENT`, …). */
  reason?: string;
  /** With `RATE_LIMITED`: seconds to wait before trying again. */
  retryAfter?: number;
  cause?: unknown;
}

/**
 * The one error every `GiftsApi` throws. Components map `code` to localised text
 * (`errors.<CODE>`); `message` is for developers and logs, never shown as is.
 */
export class GiftsApiError extends Error {
  override readonly name = 'GiftsApiError';
  readonly code: GiftsApiErrorCode;
  readonly status: number;
  readonly retryable: boolean;
  readonly field: string | undefined;
  readonly reason: string | undefined;
  readonly retryAfter: number | undefined;

  constructor(init: GiftsApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.status = init.status ?? 0;
    this.retryable = init.retryable ?? (RETRYABLE.has(init.code) || this.status >= 500);
    this.field = init.field;
    this.reason = init.reason;
    this.retryAfter = init.retryAfter;
  }

  /** A plain object, safe to put in a Redux store or send to a logger. */
  toJSON(): GiftsApiErrorInit {
    return {
      code: this.code,
      message: this.message,
      status: this.status,
      retryable: this.retryable,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.reason === undefined ? {} : { reason: this.reason }),
      ...(this.retryAfter === undefined ? {} : { retryAfter: this.retryAfter }),
    };
  }
}

/** `reason` of the `NETWORK` error every `GiftsApi` rejects with when the caller aborts. */
export const ABORTED_REASON = 'ABORTED';

/** The caller aborted (not a network fault): flows ignore it instead of showing an error. */
export function isAbortedError(error: unknown): boolean {
  return isGiftsApiError(error) && error.code === 'NETWORK' && error.reason === ABORTED_REASON;
}

export function isGiftsApiError(error: unknown): error is GiftsApiError {
  return error instanceof GiftsApiError || (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'GiftsApiError' && isGiftsApiErrorCode((error as { code?: unknown }).code));
}

/** Whatever was thrown, as a `GiftsApiError` (an unknown throw becomes `UNKNOWN`). */
export function toGiftsApiError(error: unknown): GiftsApiError {
  if (error instanceof GiftsApiError) return error;
  if (isGiftsApiError(error)) return new GiftsApiError(error.toJSON());
  if (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError') {
    return new GiftsApiError({ code: 'NETWORK', message: 'The request was aborted.', retryable: false, reason: ABORTED_REASON, cause: error });
  }
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : 'Unknown error';
  return new GiftsApiError({ code: 'UNKNOWN', message, cause: error });
}

/**
 * *(ext)* Why a card was declined, in `reason` of a `PAYMENT_DECLINED` error: no money,
 * the bank's check failed, or the bank said no without saying why.
 */
export const PAYMENT_DECLINE_REASONS = ['INSUFFICIENT_FUNDS', 'AUTHENTICATION_FAILED', 'CARD_DECLINED'] as const;

export type PaymentDeclineReason = (typeof PAYMENT_DECLINE_REASONS)[number];

const DECLINE_REASONS: ReadonlySet<string> = new Set(PAYMENT_DECLINE_REASONS);
const isDeclineReason = (value: string | undefined): value is PaymentDeclineReason => value !== undefined && DECLINE_REASONS.has(value);

/**
 * The precise reason of a declined payment, or `null` when the error is not a decline or
 * the platform did not say (a flow then shows the general decline text).
 */
export function paymentDeclineReason(error: Pick<GiftsApiErrorInit, 'code' | 'reason'>): PaymentDeclineReason | null {
  return error.code === 'PAYMENT_DECLINED' && isDeclineReason(error.reason) ? error.reason : null;
}
