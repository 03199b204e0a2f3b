import { normalizeGiftCode } from '@giftkit/core';

/** The code a link carries (`?giftCode=abcd 2345` → `ABCD-2345`), or `null`. */
export function codeFromSearch(search: string, param: string): string | null {
  const raw = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).get(param);
  if (raw === null) return null;
  const code = normalizeGiftCode(raw);
  return code === '' ? null : code;
}

/** Where the host should send the viewer back after signing in: this page, with the code. */
export function returnToWithCode(href: string, param: string, code: string): string {
  try {
    const url = new URL(href);
    if (code) url.searchParams.set(param, code);
    return url.toString();
  } catch {
    return href;
  }
}

/** A key for one redemption attempt: the same for every retry of it. */
export function newIdempotencyKey(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  return uuid ?? `redeem-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
