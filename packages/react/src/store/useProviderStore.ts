import { useState } from 'react';
import type { GiftsApi } from '@giftkit/core';
import { createGiftKitStore, type GiftKitStore } from './createStore';

interface Held {
  api: GiftsApi;
  customerId: string | null;
  store: GiftKitStore;
  /** Changes with the store: the provider remounts what it holds, so no state outlives it. */
  generation: number;
}

/**
 * The provider's private store. A new one when the `api` changes, or when someone else signs
 * in (or the viewer signs out): nothing cached or typed for the previous person can show, not
 * even for one render (the provider remounts its children with the new store). Signing in from no session keeps the store, so a flow that asked for a sign-in
 * (`onRequireAuth`) carries on with what it has.
 */
export function useProviderStore(api: GiftsApi, customerId: string | null): { store: GiftKitStore; generation: number } {
  const [held, setHeld] = useState<Held>(() => ({ api, customerId, store: createGiftKitStore(api), generation: 0 }));
  if (held.api === api && held.customerId === customerId) return held;
  const next: Held =
    held.api !== api || held.customerId !== null
      ? { api, customerId, store: createGiftKitStore(api), generation: held.generation + 1 }
      : { ...held, customerId };
  // Derived from props during render (React's pattern for it): re-renders at once with `next`.
  setHeld(next);
  return next;
}
