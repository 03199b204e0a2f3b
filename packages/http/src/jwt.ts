/**
 * Reads the `customerId` claim of a JWT. No signature check: the platform verifies the token;
 * the client only needs to know whose paths to call. The token is never stored.
 */

function base64UrlDecode(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The payload of a JWT as an object, or `undefined` when `token` is not a readable JWT. */
export function decodeJwtPayload(token: string): Record<string, unknown> | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const parsed: unknown = JSON.parse(base64UrlDecode(payload));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The `customerId` claim as the wire carries it (string or number), if there is a usable one. */
export function customerIdFromToken(token: string | null | undefined): string | number | undefined {
  if (!token) return undefined;
  const claim = decodeJwtPayload(token)?.customerId;
  if (typeof claim === 'number' && Number.isFinite(claim)) return claim;
  if (typeof claim === 'string' && claim.trim() !== '') return claim;
  return undefined;
}
