import { http, type HttpHandler } from 'msw';
import type { Platform } from '../engine/platform';
import { commerceHandlers } from './commerce';
import { customerHandlers } from './customers';
import { errorResponse } from './envelope';
import { giftHandlers } from './gifts';

/** Where the simulated platform answers unless told otherwise. */
export const DEFAULT_BASE_URL = 'https://api.giftkit.test';

export interface HandlerOptions {
  /**
   * Root the wire paths hang from (`/v2/offers`, `/orders`, …). Absolute (`https://…`) or, in
   * a browser, relative to the page (`/api`).
   * @default DEFAULT_BASE_URL
   */
  baseUrl?: string;
  /**
   * Answer unknown paths under `baseUrl` with the wire's 404 envelope, as a real platform
   * would, rather than leaving them unhandled.
   * @default true
   */
  notFoundFallback?: boolean;
}

/**
 * MSW 2 handlers speaking the wire contract (WIRE.md) over one platform. Use them with
 * `setupServer` (Node), `setupWorker` (browser) or `parameters.msw.handlers` (Storybook).
 *
 * @example
 * const platform = createPlatform();
 * const server = setupServer(...createHandlers(platform));
 */
export function createHandlers(platform: Platform, options: HandlerOptions = {}): HttpHandler[] {
  const base = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const handlers = [...commerceHandlers(platform, base), ...customerHandlers(platform, base), ...giftHandlers(platform, base)];
  if (options.notFoundFallback ?? true) {
    handlers.push(http.all(`${base}/*`, ({ request }) => errorResponse(404, { code: 'NOT_FOUND' }, `No such endpoint: ${request.method} ${new URL(request.url).pathname}`)));
  }
  return handlers;
}
