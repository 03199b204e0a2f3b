import { GiftsApiError, toGiftsApiError, type DeliveryDetails, type Gift, type GiftId, type GiftsApi, type ReceivedGift, type Transaction } from '@giftkit/core';
import { callApi, giftKitApi, type StoredError } from '../store/giftsApi';

/**
 * One bought gift: the purchase line and the gift it points at, or, when that gift could not
 * be loaded, the error (the row offers a retry; the rest of the page still shows).
 */
export type SentGiftRow = { transaction: Transaction; gift: Gift; error?: undefined } | { transaction: Transaction; gift: null; error: StoredError };

/** One page of gifts: the gifts found in a scanned range of the gifter's purchases. */
export interface SentGiftsPage {
  rows: SentGiftRow[];
  /** Purchases on the platform (gifts and others). */
  totalCount: number;
  /** The scanned range of purchases, newest first: `[offset, nextOffset)`. */
  offset: number;
  /** Where the next page starts scanning; `>= totalCount` when nothing is left. */
  nextOffset: number;
}

export interface SentGiftsPageArg {
  offset: number;
  limit: number;
}

/**
 * Purchase windows one page may scan when it finds no gift: a gifter whose recent purchases
 * are their own subscriptions still gets a page of gifts (or the empty state), while a page
 * never costs more than this many `listTransactions` calls.
 */
export const MAX_SCAN_WINDOWS = 3;

/** Scans from `offset` until a window holds a gift, the history ends, or the budget is spent. */
async function scanPurchases(api: GiftsApi, arg: SentGiftsPageArg, signal: AbortSignal) {
  let cursor = arg.offset;
  let totalCount = 0;
  const purchases: Transaction[] = [];
  for (let window = 0; window < MAX_SCAN_WINDOWS; window += 1) {
    const page = await api.listTransactions({ limit: arg.limit, offset: cursor }, { signal });
    totalCount = page.totalCount;
    cursor += page.items.length;
    purchases.push(...page.items.filter((item) => item.targetType === 'giftId'));
    if (purchases.length > 0 || page.items.length === 0 || cursor >= totalCount) break;
  }
  return { purchases, totalCount, nextOffset: cursor };
}

/** The error that should fail the whole page rather than one row. */
function pageLevelError(errors: readonly StoredError[], rows: number): StoredError | undefined {
  // An ended session concerns everything; and when no gift loaded, one message beats N rows.
  return errors.find((error) => error.code === 'UNAUTHORIZED') ?? (errors.length > 0 && errors.length === rows ? errors[0] : undefined);
}

/**
 * Each page costs the same whatever the history's length: at most `MAX_SCAN_WINDOWS`
 * `listTransactions` (one, unless a window held no gift) and at most `limit` `getGift` calls.
 */
export const myGiftsApi = giftKitApi.injectEndpoints({
  endpoints: (build) => ({
    listSentGifts: build.query<SentGiftsPage, SentGiftsPageArg>({
      queryFn: (arg, { extra, signal }) =>
        callApi(extra, signal, async (api, s) => {
          const { purchases, totalCount, nextOffset } = await scanPurchases(api, arg, s);
          const settled = await Promise.allSettled(purchases.map((item) => api.getGift(item.targetId, { signal: s })));
          if (s.aborted) throw s.reason;
          const rows = purchases.map((transaction, i): SentGiftRow => {
            const result = settled[i];
            if (result?.status === 'fulfilled') return { transaction, gift: result.value };
            return { transaction, gift: null, error: toGiftsApiError(result?.reason).toJSON() };
          });
          const errors = rows.flatMap((row) => (row.error ? [row.error] : []));
          const pageError = pageLevelError(errors, rows.length);
          if (pageError) throw new GiftsApiError(pageError);
          return { totalCount, offset: arg.offset, nextOffset, rows };
        }),
      providesTags: (result) => ['Transaction', ...(result?.rows ?? []).map((row) => ({ type: 'Gift' as const, id: row.transaction.targetId }))],
    }),
    /** One gift again (a row that failed to load); the answer is written into the cached pages. */
    reloadSentGift: build.mutation<Gift, GiftId>({
      queryFn: (giftId, { extra, signal }) => callApi(extra, signal, (api, s) => api.getGift(giftId, { signal: s })),
      async onQueryStarted(giftId, lifecycle) {
        let patch: (row: SentGiftRow) => SentGiftRow;
        try {
          const gift = (await lifecycle.queryFulfilled).data;
          patch = (row) => ({ transaction: row.transaction, gift });
        } catch (thrown) {
          const error = (thrown as { error?: StoredError }).error;
          if (!error) return;
          patch = (row) => (row.gift ? row : { transaction: row.transaction, gift: null, error });
        }
        for (const action of patchRows(lifecycle.getState(), giftId, patch)) lifecycle.dispatch(action);
      },
    }),
    listReceivedGifts: build.query<ReceivedGift[], void>({
      queryFn: (_arg, { extra, signal }) => callApi(extra, signal, (api, s) => api.listReceivedGifts({ signal: s })),
      providesTags: ['ReceivedGift'],
    }),
    updateGift: build.mutation<Gift, { giftId: GiftId; deliveryDetails: DeliveryDetails }>({
      queryFn: (arg, { extra, signal }) => callApi(extra, signal, (api, s) => api.updateGift(arg.giftId, arg.deliveryDetails, { signal: s })),
      // The answer replaces the gift in every cached page that shows it: no reload.
      async onQueryStarted(arg, lifecycle) {
        let updated: Gift;
        try {
          updated = (await lifecycle.queryFulfilled).data;
        } catch {
          return;
        }
        for (const action of patchRows(lifecycle.getState(), updated.id, (row) => ({ transaction: row.transaction, gift: updated }))) lifecycle.dispatch(action);
      },
    }),
  }),
});

/** Actions that rewrite the rows of one gift in every cached page that shows it. */
function patchRows(state: unknown, giftId: GiftId, patch: (row: SentGiftRow) => SentGiftRow) {
  const entries = myGiftsApi.util.selectInvalidatedBy(state as Parameters<typeof myGiftsApi.util.selectInvalidatedBy>[0], [{ type: 'Gift', id: giftId }]);
  return entries
    .filter((entry) => entry.endpointName === 'listSentGifts')
    .map((entry) =>
      myGiftsApi.util.updateQueryData('listSentGifts', entry.originalArgs as SentGiftsPageArg, (draft) => {
        draft.rows = draft.rows.map((row) => (row.transaction.targetId === giftId ? patch(row) : row));
      }),
    );
}

export const { useListSentGiftsQuery, useListReceivedGiftsQuery, useUpdateGiftMutation, useReloadSentGiftMutation } = myGiftsApi;

/** After a refusal the platform knows better: refetch only the page(s) showing that gift. */
export function invalidateGift(giftId: GiftId) {
  return myGiftsApi.util.invalidateTags([{ type: 'Gift', id: giftId }]);
}
