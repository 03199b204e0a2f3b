import type { CreateOrderInput, GiftsApi, PayOrderInput } from '@giftkit/core';
import { callApi, giftKitApi } from '../store/giftsApi';

/** The checkout's writes. Payments always carry the attempt's idempotency key. */
export const checkoutApi = giftKitApi.injectEndpoints({
  endpoints: (build) => ({
    createOrder: build.mutation<Awaited<ReturnType<GiftsApi['createOrder']>>, CreateOrderInput & { idempotencyKey: string }>({
      queryFn: ({ idempotencyKey, ...input }, { extra, signal }) =>
        callApi(extra, signal, (api, s) => api.createOrder(input, { idempotencyKey, signal: s })),
    }),
    payOrder: build.mutation<Awaited<ReturnType<GiftsApi['payOrder']>>, PayOrderInput>({
      queryFn: (input, { extra, signal }) => callApi(extra, signal, (api, s) => api.payOrder(input, { signal: s })),
      invalidatesTags: ['Subscription', 'Transaction', 'Gift'],
    }),
  }),
});

export const { useCreateOrderMutation, usePayOrderMutation } = checkoutApi;
