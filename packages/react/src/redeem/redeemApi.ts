import type { GiftRedemption, GiftVerification } from '@giftkit/core';
import { callApi, giftKitApi } from '../store/giftsApi';

/**
 * The redeem flow's endpoints. Verification is a query keyed by the normalised code, so a
 * code is verified once however often the component renders (StrictMode included); it is
 * dropped as soon as nobody looks at it, so a later visit verifies afresh.
 */
export const redeemApi = giftKitApi.injectEndpoints({
  endpoints: (build) => ({
    verifyGiftCode: build.query<GiftVerification, string>({
      queryFn: (code, { extra, signal }) => callApi(extra, signal, (api, s) => api.verifyGift(code, { signal: s })),
      keepUnusedDataFor: 0,
    }),
    redeemGiftCode: build.mutation<GiftRedemption, { code: string; idempotencyKey: string }>({
      queryFn: ({ code, idempotencyKey }, { extra, signal }) => callApi(extra, signal, (api, s) => api.redeemGift(code, { idempotencyKey, signal: s })),
      invalidatesTags: ['Subscription', 'ReceivedGift'],
    }),
  }),
});

export const { useVerifyGiftCodeQuery, useRedeemGiftCodeMutation } = redeemApi;
