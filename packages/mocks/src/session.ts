/**
 * Simulated sessions: an unsigned JWT-shaped token `base64url(header).base64url(payload).sig`
 * whose payload is `{ customerId, email, role }`. The HTTP client reads `customerId` from it;
 * the platform checks the customer exists (and the token was not revoked or expired).
 */
import type { CustomerId, UnixSeconds } from '@giftkit/core';
import type { CustomerRole } from './engine/records';
import { SEED_CUSTOMERS } from './seed/customers';

export interface SessionClaims {
  customerId: CustomerId;
  email: string;
  role: CustomerRole;
  /** Issued at, Unix seconds. */
  iat?: UnixSeconds;
  /** Expiry, Unix seconds (platform time): an expired token answers 401. */
  exp?: UnixSeconds;
}

const SIGNATURE = 'simulated';

function base64UrlEncode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlDecode(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/**
 * A token for a customer. Email and role default to the seeded customer's, so
 * `createSessionToken(seed.customers.gifter.id)` is all a story needs.
 *
 * @example
 * const token = createSessionToken(seed.customers.gifter.id);
 * fetch(`${base}/customers/${seed.customers.gifter.id}/transactions`, { headers: { Authorization: `Bearer ${token}` } });
 */
export function createSessionToken(customerId: CustomerId, claims: Partial<Omit<SessionClaims, 'customerId'>> = {}): string {
  const known = Object.values(SEED_CUSTOMERS).find((customer) => customer.id === customerId);
  const payload: SessionClaims = {
    customerId,
    email: claims.email ?? known?.email ?? `${customerId}@example.test`,
    role: claims.role ?? known?.role ?? 'customer',
    ...(claims.iat === undefined ? {} : { iat: claims.iat }),
    ...(claims.exp === undefined ? {} : { exp: claims.exp }),
  };
  return [base64UrlEncode(JSON.stringify({ alg: 'none', typ: 'JWT' })), base64UrlEncode(JSON.stringify(payload)), SIGNATURE].join('.');
}

/** The claims of a token, or `null` when it is not one of ours. */
export function readSessionToken(token: string | null | undefined): SessionClaims | null {
  if (typeof token !== 'string') return null;
  const parts = token.trim().split('.');
  if (parts.length !== 3 || !parts[1]) return null;
  try {
    const payload: unknown = JSON.parse(base64UrlDecode(parts[1]));
    if (typeof payload !== 'object' || payload === null) return null;
    const { customerId, email, role, iat, exp } = payload as Record<string, unknown>;
    if (typeof customerId !== 'string' && typeof customerId !== 'number') return null;
    if (String(customerId).trim() === '') return null;
    return {
      customerId: String(customerId),
      email: typeof email === 'string' ? email : '',
      role: role === 'operator' ? 'operator' : 'customer',
      ...(typeof iat === 'number' ? { iat } : {}),
      ...(typeof exp === 'number' ? { exp } : {}),
    };
  } catch {
    return null;
  }
}

/** `Authorization: Bearer <token>` → the token. */
export function bearerToken(header: string | null | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}
