import { configureStore } from '@reduxjs/toolkit';
import type { GiftsApi } from '@giftkit/core';
import { giftKitApi, type GiftKitThunkExtra } from './giftsApi';

/** One store per `GiftKitProvider`; the client travels as the thunk extra argument. */
export function createGiftKitStore(api: GiftsApi) {
  const extra: GiftKitThunkExtra = { api };
  return configureStore({
    reducer: { [giftKitApi.reducerPath]: giftKitApi.reducer },
    // The store is private and holds only RTK Query's cache of answers already validated at the
    // client boundary; the development-only immutability and serialisability scans would walk
    // that cache on every action (tens of ms with thousands of gifts) and guard nothing.
    middleware: (getDefault) => getDefault({ thunk: { extraArgument: extra }, immutableCheck: false, serializableCheck: false }).concat(giftKitApi.middleware),
    devTools: { name: 'GiftKit' },
  });
}

export type GiftKitStore = ReturnType<typeof createGiftKitStore>;
export type GiftKitState = ReturnType<GiftKitStore['getState']>;
