import type { Gift, GiftAnalytics, GiftAnalyticsQuery, GiftReportQuery, GiftSearchQuery, Offer, Page } from '@giftkit/core';
import { callApi, giftKitApi } from '../store/giftsApi';

/** The operator's endpoints: search (one page), the CSV report, analytics and the offer list. */
export const giftManagerApi = giftKitApi.injectEndpoints({
  endpoints: (build) => ({
    searchGifts: build.query<Page<Gift>, GiftSearchQuery>({
      queryFn: (query, { extra, signal }) => callApi(extra, signal, (api, s) => api.searchGifts(query, { signal: s })),
      providesTags: ['OperatorGifts'],
    }),
    giftManagerOffers: build.query<Offer[], void>({
      queryFn: (_arg, { extra, signal }) => callApi(extra, signal, (api, s) => api.listOffers({ signal: s })),
      providesTags: ['Offer'],
    }),
    giftAnalytics: build.query<GiftAnalytics, GiftAnalyticsQuery>({
      queryFn: (query, { extra, signal }) => callApi(extra, signal, (api, s) => api.giftAnalytics(query, { signal: s })),
      providesTags: ['OperatorGifts'],
    }),
    // A mutation: the CSV is handed to the viewer as a file, never kept in the cache.
    giftReport: build.mutation<string, GiftReportQuery>({
      queryFn: (query, { extra, signal }) => callApi(extra, signal, (api, s) => api.giftReport(query, { signal: s })),
    }),
  }),
});

export const { useLazySearchGiftsQuery, useGiftManagerOffersQuery, useGiftAnalyticsQuery, useGiftReportMutation } = giftManagerApi;
