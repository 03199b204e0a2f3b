import type { DeliveryDetails, Gift, GiftId, ReceivedGift, Transaction } from '@giftkit/core';
import { callApi, giftKitApi } from '../store/giftsApi';

/** One bought gift: the purchase line and the gift it points at. */
export interface SentGiftRow {
  transaction: Transaction;
  gift: Gift;
}

/** One page of the gifter's purchases, with the gifts among them. */
export interface SentGiftsPage {
  rows: SentGiftRow[];
  /** Purchases on the platform (gifts and others): drives the page count. */
  totalCount: number;
}

export interface SentGiftsPageArg {
  offset: number;
  limit: number;
}

/**
 * Each page costs the same whatever the history's length: one `listTransactions` and at
 * most `limit` `getGift` calls (rule: paginated, never capped).
 */
export const myGiftsApi = giftKitApi.injectEndpoints({
  endpoints: (build) => ({
    listSentGifts: build.query<SentGiftsPage, SentGiftsPageArg>({
      queryFn: (arg, { extra, signal }) =>
        callApi(extra, signal, async (api, s) => {
          const page = await api.listTransactions({ limit: arg.limit, offset: arg.offset }, { signal: s });
          const purchases = page.items.filter((item) => item.targetType === 'giftId');
          const gifts = await Promise.all(purchases.map((item) => api.getGift(item.targetId, { signal: s })));
          return { totalCount: page.totalCount, rows: purchases.map((transaction, i) => ({ transaction, gift: gifts[i] as Gift })) };
        }),
      providesTags: (result) => ['Transaction', ...(result?.rows ?? []).map((row) => ({ type: 'Gift' as const, id: row.gift.id }))],
    }),
    listReceivedGifts: build.query<ReceivedGift[], void>({
      queryFn: (_arg, { extra, signal }) => callApi(extra, signal, (api, s) => api.listReceivedGifts({ signal: s })),
      providesTags: ['ReceivedGift'],
    }),
    updateGift: build.mutation<Gift, { giftId: GiftId; deliveryDetails: DeliveryDetails }>({
      queryFn: (arg, { extra, signal }) => callApi(extra, signal, (api, s) => api.updateGift(arg.giftId, arg.deliveryDetails, { signal: s })),
      // The answer replaces the gift in every cached page that shows it: no reload.
      async onQueryStarted(arg, lifecycle) {
        const { dispatch, queryFulfilled } = lifecycle;
        let updated: Gift;
        try {
          updated = (await queryFulfilled).data;
        } catch {
          return;
        }
        const cached = myGiftsApi.util.selectInvalidatedBy(lifecycle.getState(), [{ type: 'Gift', id: arg.giftId }]);
        for (const entry of cached) {
          if (entry.endpointName !== 'listSentGifts') continue;
          dispatch(
            myGiftsApi.util.updateQueryData('listSentGifts', entry.originalArgs as SentGiftsPageArg, (draft) => {
              for (const row of draft.rows) if (row.gift.id === updated.id) row.gift = updated;
            }),
          );
        }
      },
    }),
  }),
});

export const { useListSentGiftsQuery, useListReceivedGiftsQuery, useUpdateGiftMutation } = myGiftsApi;

/** After a refusal the platform knows better: refetch only the page(s) showing that gift. */
export function invalidateGift(giftId: GiftId) {
  return myGiftsApi.util.invalidateTags([{ type: 'Gift', id: giftId }]);
}
