import { GiftsApiError, toGiftsApiError } from '@giftkit/core';
import { HttpResponse } from 'msw';
import { HTTP_STATUS_BY_CODE } from '../engine/errors';
import type { FaultSpec, MalformedKind } from '../engine/faults';

/** The wire envelope of every JSON answer (WIRE.md): `{ responseData, errors }`. */
export interface Envelope<T> {
  responseData: T;
  errors: string[];
}

/** What a failure carries besides its message: `responseData.code` and friends. */
export interface ErrorPayload {
  code?: string;
  field?: string;
  reason?: string;
  retryAfter?: number;
}

export function ok<T>(responseData: T, status = 200): Response {
  return HttpResponse.json<Envelope<T>>({ responseData, errors: [] }, { status });
}

export function csv(text: string, filename: string): Response {
  return new HttpResponse(text, {
    status: 200,
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"` },
  });
}

/** Any thrown value as the wire's failure: the engine's `GiftsApiError`s keep code, status, field and reason. */
export function failure(error: unknown): Response {
  const apiError = error instanceof GiftsApiError ? error : toGiftsApiError(error);
  const status = apiError.status >= 400 ? apiError.status : (HTTP_STATUS_BY_CODE[apiError.code] || 500);
  const payload: ErrorPayload = { code: apiError.code };
  if (apiError.field !== undefined) payload.field = apiError.field;
  if (apiError.reason !== undefined) payload.reason = apiError.reason;
  if (apiError.retryAfter !== undefined) payload.retryAfter = apiError.retryAfter;
  // Unexpected crashes are reported without their internals.
  const message = apiError.code === 'UNKNOWN' && !(error instanceof GiftsApiError) ? 'Internal error of the simulated platform.' : apiError.message;
  return errorResponse(status, payload, message);
}

export function errorResponse(status: number, payload: ErrorPayload | null, message: string): Response {
  const headers: Record<string, string> = {};
  if (status === 401) headers['WWW-Authenticate'] = 'Bearer';
  if (payload?.retryAfter !== undefined) headers['Retry-After'] = String(payload.retryAfter);
  return HttpResponse.json<Envelope<ErrorPayload | null>>({ responseData: payload, errors: [message] }, { status, headers });
}

/** An injected status: with a machine code below 500, and a bare envelope for server errors. */
export function faultResponse(fault: FaultSpec & { status: number }, code: string | undefined): Response {
  const payload: ErrorPayload | null = code === undefined ? null : { code };
  if (payload && fault.retryAfter !== undefined) payload.retryAfter = fault.retryAfter;
  const response = errorResponse(fault.status, payload, fault.message ?? `Injected fault: HTTP ${fault.status}`);
  if (!payload && fault.retryAfter !== undefined) response.headers.set('Retry-After', String(fault.retryAfter));
  return response;
}

const MALFORMED_BODIES: Record<MalformedKind, { body: string; type: string }> = {
  'truncated-json': { body: '{"responseData": {"id": "ord', type: 'application/json' },
  'wrong-shape': { body: '{"responseData": {"unexpected": true}, "errors": "none"}', type: 'application/json' },
  html: { body: '<!doctype html><title>502 Bad Gateway</title><h1>Bad Gateway</h1>', type: 'text/html' },
};

export function malformedResponse(kind: MalformedKind): Response {
  const { body, type } = MALFORMED_BODIES[kind];
  return new HttpResponse(body, { status: 200, headers: { 'Content-Type': type } });
}
