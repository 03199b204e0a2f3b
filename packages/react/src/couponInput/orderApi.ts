import type { GiftsApi, OrderId, OrderPatch } from '@giftkit/core';
import { callApi, giftKitApi } from '../store/giftsApi';

/** `updateOrder` (coupon codes, gift mode, delivery details): shared by `CouponInput` and `Checkout`. */
export const orderApi = giftKitApi.injectEndpoints({
  endpoints: (build) => ({
    updateOrder: build.mutation<Awaited<ReturnType<GiftsApi['updateOrder']>>, { orderId: OrderId; patch: OrderPatch }>({
      queryFn: ({ orderId, patch }, { extra, signal }) => callApi(extra, signal, (api, s) => api.updateOrder(orderId, patch, { signal: s })),
    }),
  }),
});

export const { useUpdateOrderMutation } = orderApi;
