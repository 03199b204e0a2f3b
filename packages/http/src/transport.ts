/**
 * One call on the wire: token, customer id, timeout, abort, 401 refresh, retries, and the
 * answer checked before anything else sees it.
 */
import { GiftsApiError, isGiftsApiError } from '@giftkit/core';
import axios, { AxiosHeaders, type AxiosInstance } from 'axios';
import type { z } from 'zod';
import { abortedError, badResponse, describeIssues, errorFromResponse, networkError, parseRetryAfter, timeoutError } from './errors';
import { customerIdFromToken } from './jwt';
import { DEFAULT_TIMEOUT_MS, nonNegative, type HttpGiftsClientOptions, type ResolvedRetry } from './options';
import { resolveRetry, retryDelay, type AttemptFailure } from './retry';
import { envelopeOf } from './schemas';

/** The signed-in customer's id as the wire carries it; throws `UNAUTHORIZED` when unknown. */
export type CustomerIdSource = () => string | number;

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PATCH';
  /** The path template, for error messages: `/gifts/{giftId}`. */
  template: string;
  url: (customerId: CustomerIdSource) => string;
  body?: (customerId: CustomerIdSource) => unknown;
  /** Sent as `Idempotency-Key`; also what makes a write safe to retry. */
  idempotencyKey?: string;
  signal?: AbortSignal | undefined;
}

type Attempt =
  | { kind: 'response'; status: number; data: unknown; headers: unknown }
  | { kind: 'network'; detail: string | undefined }
  | { kind: 'timeout' }
  | { kind: 'aborted' };

export interface Transport {
  /** The payload of the JSON envelope, checked against `schema`. */
  json<S extends z.ZodType>(spec: RequestSpec, schema: S): Promise<z.output<S>>;
  /** A `text/csv` body as text. */
  csv(spec: RequestSpec): Promise<string>;
}

function header(headers: unknown, name: string): unknown {
  if (headers instanceof AxiosHeaders) return headers.get(name);
  if (typeof headers !== 'object' || headers === null) return undefined;
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
  return entry?.[1];
}

/** Rejects with the abort error as soon as `signal` aborts, whatever `promise` does. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined, route: string): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) {
      reject(abortedError(route));
      return;
    }
    const onAbort = () => reject(abortedError(route));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort)).catch(() => undefined);
  });
}

// One envelope schema per payload schema, built on first use (see client.ts on why).
const envelopes = new WeakMap<z.ZodType, z.ZodType>();
function envelopeFor(schema: z.ZodType): z.ZodType {
  let envelope = envelopes.get(schema);
  if (!envelope) {
    envelope = envelopeOf(schema);
    envelopes.set(schema, envelope);
  }
  return envelope;
}

function parseJson(data: unknown): { ok: true; value: unknown } | { ok: false } {
  // A custom transformResponse on a host's instance may already have parsed it.
  if (typeof data !== 'string') return data === undefined || data === null ? { ok: false } : { ok: true, value: data };
  try {
    return { ok: true, value: JSON.parse(data) as unknown };
  } catch {
    return { ok: false };
  }
}

export function createTransport(options: HttpGiftsClientOptions): Transport {
  if (typeof options.baseURL !== 'string' || options.baseURL.trim() === '') throw new TypeError('createHttpGiftsClient: `baseURL` is required.');
  if (typeof options.getToken !== 'function') throw new TypeError('createHttpGiftsClient: `getToken` must be a function.');
  const instance: AxiosInstance = options.axios ?? axios.create();
  const timeoutMs = nonNegative(options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const retry: ResolvedRetry = resolveRetry(options.retry);
  // Concurrent 401s share one refresh instead of each asking the host for a new session.
  let refreshing: Promise<void> | undefined;

  const refresh = (onUnauthorized: () => void | Promise<void>): Promise<void> => {
    refreshing ??= Promise.resolve()
      .then(onUnauthorized)
      .finally(() => {
        refreshing = undefined;
      });
    return refreshing;
  };

  async function readToken(route: string): Promise<string | undefined> {
    try {
      return (await options.getToken()) || undefined;
    } catch (error) {
      if (isGiftsApiError(error)) throw error;
      throw new GiftsApiError({ code: 'UNAUTHORIZED', status: 0, retryable: false, message: `getToken() failed before ${route}.`, cause: error });
    }
  }

  function customerIdSource(token: string | undefined, route: string): CustomerIdSource {
    return () => {
      const id = options.customerId ?? customerIdFromToken(token);
      if (id === undefined || id === '') {
        throw new GiftsApiError({
          code: 'UNAUTHORIZED',
          status: 0,
          retryable: false,
          message: `${route} needs the signed-in customer: pass \`customerId\` to createHttpGiftsClient or a JWT with a \`customerId\` claim.`,
        });
      }
      return id;
    };
  }

  async function attempt(spec: RequestSpec, url: string, data: unknown, headers: Record<string, string>, accept: 'json' | 'csv'): Promise<Attempt> {
    // Our own controller, so a timeout and the caller's abort can be told apart on any adapter.
    const controller = new AbortController();
    let timedOut = false;
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeoutMs)
        : undefined;
    const onAbort = () => controller.abort();
    spec.signal?.addEventListener('abort', onAbort, { once: true });
    // An abort that landed before the listener was attached would otherwise be missed.
    if (spec.signal?.aborted) controller.abort();
    try {
      const response = await instance.request<unknown>({
        method: spec.method,
        baseURL: options.baseURL,
        url,
        data,
        headers: { Accept: accept === 'csv' ? 'text/csv' : 'application/json', ...headers },
        responseType: 'text',
        signal: controller.signal,
      });
      return { kind: 'response', status: response.status, data: response.data, headers: response.headers };
    } catch (error) {
      if (spec.signal?.aborted) return { kind: 'aborted' };
      if (timedOut) return { kind: 'timeout' };
      if (isGiftsApiError(error)) throw error;
      if (axios.isAxiosError(error)) {
        if (error.response) return { kind: 'response', status: error.response.status, data: error.response.data, headers: error.response.headers };
        // The host instance's own `timeout`.
        if (error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT') return { kind: 'timeout' };
        if (axios.isCancel(error)) return { kind: 'aborted' };
        return { kind: 'network', detail: error.code };
      }
      const message = error instanceof Error ? error.message : 'unknown failure';
      throw new GiftsApiError({ code: 'UNKNOWN', status: 0, message: `${spec.method} ${spec.template} failed: ${message}`, cause: error });
    } finally {
      clearTimeout(timer);
      spec.signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Runs the attempts and returns the 2xx answer; every failure is thrown as `GiftsApiError`. */
  async function send(spec: RequestSpec, accept: 'json' | 'csv'): Promise<{ status: number; data: unknown; headers: unknown; route: string }> {
    const route = `${spec.method} ${spec.template}`;
    const { signal } = spec;
    let retries = 0;
    let refreshed = false;
    for (;;) {
      if (signal?.aborted) throw abortedError(route);
      const token = await untilAborted(readToken(route), signal, route);
      const customerId = customerIdSource(token, route);
      const url = spec.url(customerId);
      const data = spec.body?.(customerId);
      const headers: Record<string, string> = {};
      if (token) headers.Authorization = `Bearer ${token}`;
      if (spec.idempotencyKey !== undefined) headers['Idempotency-Key'] = spec.idempotencyKey;
      if (data !== undefined) headers['Content-Type'] = 'application/json';

      const result = await attempt(spec, url, data, headers, accept);
      if (result.kind === 'aborted') throw abortedError(route);
      if (result.kind === 'timeout') throw timeoutError(route, timeoutMs);
      if (result.kind === 'response' && result.status >= 200 && result.status < 300) return { ...result, route };

      if (result.kind === 'response' && result.status === 401 && options.onUnauthorized && !refreshed) {
        refreshed = true;
        try {
          await untilAborted(refresh(options.onUnauthorized), signal, route);
        } catch (refreshError) {
          if (isGiftsApiError(refreshError) && signal?.aborted) throw refreshError;
          const body = parseJson(result.data);
          const error = errorFromResponse(route, 401, body.ok ? body.value : undefined, undefined);
          throw new GiftsApiError({ ...error.toJSON(), message: `${error.message} (onUnauthorized failed)`, cause: refreshError });
        }
        continue;
      }

      let failure: AttemptFailure;
      let error: GiftsApiError;
      if (result.kind === 'network') {
        failure = { kind: 'network' };
        error = networkError(route, result.detail);
      } else {
        const body = parseJson(result.data);
        const retryAfter = header(result.headers, 'retry-after');
        failure = { kind: 'status', status: result.status, retryAfterSeconds: parseRetryAfter(retryAfter) };
        error = errorFromResponse(route, result.status, body.ok ? body.value : undefined, retryAfter);
      }
      // A write without an idempotency key may have been applied: never send it twice.
      const delay = spec.method === 'GET' || spec.idempotencyKey !== undefined ? retryDelay(failure, retries, retry) : undefined;
      if (delay === undefined) throw error;
      retries += 1;
      try {
        await retry.wait(delay, signal);
      } catch {
        throw signal?.aborted ? abortedError(route) : error;
      }
    }
  }

  return {
    async json(spec, schema) {
      const { status, data, route } = await send(spec, 'json');
      const parsed = parseJson(data);
      if (!parsed.ok) throw badResponse(route, status, data === '' || data == null ? 'the body is empty.' : 'the body is not JSON.');
      const result = envelopeFor(schema).safeParse(parsed.value);
      if (!result.success) throw badResponse(route, status, describeIssues(result.error), result.error);
      // zod cannot follow the generic through `z.object`; the parse above guarantees the shape.
      return (result.data as { responseData: z.output<typeof schema> }).responseData;
    },
    async csv(spec) {
      const { status, data, headers, route } = await send(spec, 'csv');
      const contentType = header(headers, 'content-type');
      if (typeof contentType !== 'string' || !/\bcsv\b/i.test(contentType)) {
        throw badResponse(route, status, `expected text/csv, got ${typeof contentType === 'string' ? contentType.split(';')[0] : 'no content type'}.`);
      }
      if (typeof data !== 'string') throw badResponse(route, status, 'the body is not text.');
      return data;
    },
  };
}
