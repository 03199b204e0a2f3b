import { configureStore } from '@reduxjs/toolkit';
import type { GiftsApi } from '@giftkit/core';
import { giftKitApi, type GiftKitThunkExtra } from './giftsApi';

/** One store per `GiftKitProvider`; the client travels as the thunk extra argument. */
export function createGiftKitStore(api: GiftsApi) {
  const extra: GiftKitThunkExtra = { api };
  return configureStore({
    reducer: { [giftKitApi.reducerPath]: giftKitApi.reducer },
    middleware: (getDefault) => getDefault({ thunk: { extraArgument: extra } }).concat(giftKitApi.middleware),
    devTools: { name: 'GiftKit' },
  });
}

export type GiftKitStore = ReturnType<typeof createGiftKitStore>;
export type GiftKitState = ReturnType<GiftKitStore['getState']>;
