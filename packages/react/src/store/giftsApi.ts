import { buildCreateApi, coreModule, fakeBaseQuery, reactHooksModule } from '@reduxjs/toolkit/query/react';
import { toGiftsApiError, type GiftsApi, type GiftsApiErrorInit, type OfferId } from '@giftkit/core';
import { useGiftKitDispatch, useGiftKitSelector, useGiftKitStore } from './reduxContext';

/** What every endpoint finds in `extra`: the host's client, never axios or fetch. */
export interface GiftKitThunkExtra {
  api: GiftsApi;
}

/** Errors stored in Redux are plain data (`GiftsApiError.toJSON()`), keyed by `code`. */
export type StoredError = GiftsApiErrorInit;

const createGiftKitApi = buildCreateApi(
  coreModule(),
  reactHooksModule({ hooks: { useDispatch: useGiftKitDispatch, useSelector: useGiftKitSelector, useStore: useGiftKitStore } }),
);

/** Runs one `GiftsApi` call inside RTK Query, turning any throw into stored error data. */
export async function callApi<T>(extra: unknown, signal: AbortSignal, call: (api: GiftsApi, signal: AbortSignal) => Promise<T>): Promise<{ data: T } | { error: StoredError }> {
  try {
    return { data: await call((extra as GiftKitThunkExtra).api, signal) };
  } catch (error) {
    return { error: toGiftsApiError(error).toJSON() };
  }
}

/**
 * The RTK Query slice every flow extends with `injectEndpoints` (one file per flow), so a
 * component bundle only carries the endpoints it uses.
 */
export const giftKitApi = createGiftKitApi({
  reducerPath: 'giftkit',
  baseQuery: fakeBaseQuery<StoredError>(),
  tagTypes: ['Offer', 'Order', 'Gift', 'Subscription', 'Transaction', 'ReceivedGift', 'OperatorGifts'],
  endpoints: (build) => ({
    getOffer: build.query<Awaited<ReturnType<GiftsApi['getOffer']>>, OfferId>({
      queryFn: (offerId, { extra, signal }) => callApi(extra, signal, (api, s) => api.getOffer(offerId, { signal: s })),
      providesTags: (_result, _error, id) => [{ type: 'Offer', id }],
    }),
    listSubscriptions: build.query<Awaited<ReturnType<GiftsApi['listSubscriptions']>>, void>({
      queryFn: (_arg, { extra, signal }) => callApi(extra, signal, (api, s) => api.listSubscriptions({ signal: s })),
      providesTags: ['Subscription'],
    }),
  }),
});

export const { useGetOfferQuery, useListSubscriptionsQuery } = giftKitApi;
