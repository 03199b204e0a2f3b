import type { DefaultBodyType, HttpResponseResolver, PathParams } from 'msw';
import type { Actor } from '../engine/actor';
import { apiError, codeForStatus } from '../engine/errors';
import { abortableDelay, untilAborted, type Endpoint } from '../engine/faults';
import type { Platform } from '../engine/platform';
import { bearerToken } from '../session';
import { failure, faultResponse, malformedResponse } from './envelope';

/** Who may call an endpoint: anyone, a signed-in customer, or an operator. */
export type Access = 'public' | 'customer' | 'operator';

export interface RouteContext {
  request: Request;
  url: URL;
  /** Path parameters, decoded. */
  params: Record<string, string>;
  platform: Platform;
  /** The signed-in customer; `null` only on public endpoints called anonymously. */
  actor: Actor | null;
}

export interface SignedInContext extends RouteContext {
  actor: Actor;
}

function decodeParams(params: PathParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const raw = Array.isArray(value) ? value.join('/') : typeof value === 'string' ? value : '';
    try {
      out[key] = decodeURIComponent(raw);
    } catch {
      out[key] = raw;
    }
  }
  return out;
}

function signIn(platform: Platform, request: Request, access: Access): Actor | null {
  const token = bearerToken(request.headers.get('Authorization'));
  if (access === 'public' && !token) return null;
  const customer = platform.authenticate(token);
  if (access === 'operator' && customer.role !== 'operator') throw apiError('FORBIDDEN', 'Operator rights are required.');
  return platform.as(customer.id);
}

/**
 * Wraps an endpoint: injected faults first (they stand for the network and the server), then
 * the session, then the work; every thrown `GiftsApiError` becomes the wire's failure.
 */
export function route<A extends Access>(
  platform: Platform,
  endpoint: Endpoint,
  access: A,
  handle: (ctx: A extends 'public' ? RouteContext : SignedInContext) => Response | Promise<Response>,
): HttpResponseResolver<PathParams, DefaultBodyType> {
  return async ({ request, params }) => {
    const fault = platform.faults.take(endpoint);
    if (fault) {
      try {
        if (fault.latencyMs) await abortableDelay(fault.latencyMs, request.signal);
        if (fault.timeout) await untilAborted(request.signal);
      } catch {
        // The caller gave up: nobody reads this answer (nginx's "client closed request").
        return new Response(null, { status: 499 });
      }
      if (fault.status !== undefined) {
        return faultResponse({ ...fault, status: fault.status }, fault.code ?? (fault.status >= 500 ? undefined : codeForStatus(fault.status)));
      }
      if (fault.malformed) return malformedResponse(fault.malformed === true ? 'truncated-json' : fault.malformed);
    }
    try {
      const actor = signIn(platform, request, access);
      const ctx: RouteContext = { request, url: new URL(request.url), params: decodeParams(params), platform, actor };
      return await handle(ctx as A extends 'public' ? RouteContext : SignedInContext);
    } catch (error) {
      return failure(error);
    }
  };
}

/** `/customers/{customerId}/…` paths belong to the signed-in customer only. */
export function assertOwnPath(ctx: SignedInContext): void {
  if (ctx.params.customerId !== ctx.actor.customer.id) throw apiError('FORBIDDEN', 'This customer path belongs to someone else.');
}
