/**
 * Every failure becomes a `GiftsApiError`. Messages name the route template
 * (`GET /gifts/{giftId}`), never the filled-in URL: codes, ids and emails stay out of logs.
 */
import {
  ABORTED_REASON,
  GiftsApiError,
  REFUND_BLOCKED_MESSAGE,
  SWITCH_BLOCKED_MESSAGE,
  isGiftsApiErrorCode,
  type GiftsApiErrorCode,
  type PaymentDeclineReason,
} from '@giftkit/core';
import type { z } from 'zod';

export function abortedError(route: string): GiftsApiError {
  return new GiftsApiError({ code: 'NETWORK', status: 0, retryable: false, reason: ABORTED_REASON, message: `The request was aborted (${route}).` });
}

export function timeoutError(route: string, timeoutMs: number): GiftsApiError {
  return new GiftsApiError({ code: 'TIMEOUT', status: 0, retryable: true, message: `No answer within ${timeoutMs} ms (${route}).` });
}

export function networkError(route: string, detail: string | undefined): GiftsApiError {
  const suffix = detail ? `: ${detail}` : '';
  return new GiftsApiError({ code: 'NETWORK', status: 0, retryable: true, message: `No answer from the platform (${route})${suffix}.` });
}

/** A 2xx answer the client cannot use: not JSON, not an envelope, or the wrong payload. */
export function badResponse(route: string, status: number, what: string, cause?: unknown): GiftsApiError {
  return new GiftsApiError({ code: 'BAD_RESPONSE', status, retryable: false, message: `Unexpected answer to ${route}: ${what}`, cause });
}

/** Up to three zod issues as `path: message`, without the offending values. */
export function describeIssues(error: z.ZodError): string {
  const issues = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
    return `${path}: ${issue.message}`;
  });
  const more = error.issues.length > 3 ? ` (+${error.issues.length - 3} more)` : '';
  return issues.join('; ') + more;
}

/** Known platform messages (Cleeng's wording and close variants) that carry no code. */
const MESSAGE_RULES: ReadonlyArray<[RegExp, GiftsApiErrorCode]> = [
  [new RegExp(escape(SWITCH_BLOCKED_MESSAGE), 'i'), 'SUBSCRIPTION_SWITCH_BLOCKED'],
  [/created\/extended by gift|gift.*can ?not be switched/i, 'SUBSCRIPTION_SWITCH_BLOCKED'],
  [new RegExp(escape(REFUND_BLOCKED_MESSAGE), 'i'), 'REFUND_NOT_ALLOWED'],
  [/refund.*gift|gift.*refund/i, 'REFUND_NOT_ALLOWED'],
  [/not (purchasable|available|allowed) as a gift|can ?not be (bought|purchased) as a gift|not giftable/i, 'OFFER_NOT_GIFTABLE'],
  [/gift.*(can ?not|cannot) be (edited|updated|changed)|gift.*already (been )?(sent|delivered|redeemed)/i, 'GIFT_NOT_EDITABLE'],
  [/already (has|have) access|already subscribed/i, 'ALREADY_HAS_ACCESS'],
  [/coupon.*expired/i, 'COUPON_EXPIRED'],
  [/coupon.*(inactive|not active|disabled)/i, 'COUPON_INACTIVE'],
  [/coupon.*(limit|maximum|max).*(reached|exceeded)|coupon.*used up/i, 'COUPON_LIMIT_REACHED'],
  [/coupon.*(not found|invalid|does not exist|unknown)|invalid coupon/i, 'COUPON_NOT_FOUND'],
  [/payment.*declined|card.*declined|insufficient funds/i, 'PAYMENT_DECLINED'],
];

/** A decline's reason from the message, for platforms that send no `reason` (Stripe-like wording). */
const DECLINE_REASON_RULES: ReadonlyArray<[RegExp, PaymentDeclineReason]> = [
  [/insufficient funds/i, 'INSUFFICIENT_FUNDS'],
  [/fail(ed)? (3-?d ?secure )?authentication|authentication (has )?failed/i, 'AUTHENTICATION_FAILED'],
];

/** The body's `reason` when it has one; for a decline without one, what its message says. */
function reasonOf(data: ErrorBody, code: GiftsApiErrorCode, probe: string | undefined): string | undefined {
  if (typeof data.reason === 'string') return data.reason;
  if (code !== 'PAYMENT_DECLINED' || !probe) return undefined;
  return DECLINE_REASON_RULES.find(([pattern]) => pattern.test(probe))?.[1];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function codeFromStatus(status: number): GiftsApiErrorCode {
  if (status === 400 || status === 422) return 'VALIDATION';
  if (status === 401) return 'UNAUTHORIZED';
  if (status === 402) return 'PAYMENT_DECLINED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404 || status === 410) return 'NOT_FOUND';
  if (status === 408) return 'TIMEOUT';
  if (status === 409) return 'CONFLICT';
  if (status === 429) return 'RATE_LIMITED';
  return 'UNKNOWN';
}

/** `Retry-After` as seconds: a number of seconds or an HTTP date. `undefined` when unusable. */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text));
  // HTTP dates always name a day and a month; anything else (`-3`, `soon`) is unusable.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

interface ErrorBody {
  code?: unknown;
  field?: unknown;
  reason?: unknown;
  retryAfter?: unknown;
  message?: unknown;
}

/** What an error body tells, whatever its shape (envelope, bare object, text, nothing). */
function readErrorBody(body: unknown): { data: ErrorBody; message: string | undefined } {
  if (typeof body !== 'object' || body === null) return { data: {}, message: undefined };
  const envelope = body as { responseData?: unknown; errors?: unknown; message?: unknown };
  const data = typeof envelope.responseData === 'object' && envelope.responseData !== null ? (envelope.responseData as ErrorBody) : {};
  const first: unknown = Array.isArray(envelope.errors) ? envelope.errors[0] : undefined;
  const fromErrors =
    typeof first === 'string' ? first : typeof first === 'object' && first !== null && typeof (first as { message?: unknown }).message === 'string' ? (first as { message: string }).message : undefined;
  const message = fromErrors ?? (typeof data.message === 'string' ? data.message : undefined) ?? (typeof envelope.message === 'string' ? envelope.message : undefined);
  return { data, message: message?.trim() || undefined };
}

/** A non-2xx answer as a `GiftsApiError`: the machine code when known, else status and message. */
export function errorFromResponse(route: string, status: number, body: unknown, retryAfterHeader: unknown): GiftsApiError {
  const { data, message } = readErrorBody(body);
  // Known messages are short; bounding the text keeps the patterns cheap on a hostile body.
  const probe = message?.slice(0, 500);
  const byMessage = probe ? MESSAGE_RULES.find(([pattern]) => pattern.test(probe))?.[1] : undefined;
  const code: GiftsApiErrorCode = isGiftsApiErrorCode(data.code) ? data.code : (byMessage ?? codeFromStatus(status));
  const retryAfter = parseRetryAfter(retryAfterHeader) ?? parseRetryAfter(data.retryAfter);
  return new GiftsApiError({
    code,
    status,
    message: message ?? `HTTP ${status} from ${route}`,
    // Server errors and throttling are worth trying again later; the rest are final.
    retryable: status >= 500 || status === 408 || status === 429 || code === 'RATE_LIMITED',
    field: typeof data.field === 'string' ? data.field : undefined,
    reason: reasonOf(data, code, probe),
    retryAfter: code === 'RATE_LIMITED' || status === 503 ? retryAfter : undefined,
  });
}
