import { useCallback, useState } from 'react';
import type { StoredError } from '../store/giftsApi';
import { useListSentGiftsQuery, type SentGiftRow } from './api';

/** The sent-gifts list, driven by one status. */
export type SentGiftsStatus = 'signedOut' | 'loading' | 'failed' | 'empty' | 'ready';

/** At most this many purchases per page, so the DOM stays light at any history length. */
export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 20;

export interface SentGiftsState {
  status: SentGiftsStatus;
  rows: SentGiftRow[];
  error: StoredError | null;
  /** 1-based. */
  page: number;
  pages: number;
  totalCount: number;
  offset: number;
  pageSize: number;
  hasPrevious: boolean;
  hasNext: boolean;
  previous: () => void;
  next: () => void;
  retry: () => void;
}

/**
 * One window of the gifter's purchases at a time, newest first (the platform's order).
 * Moving pages replaces the window: each page costs one `listTransactions` and at most
 * `pageSize` `getGift` calls, whether there are 50 purchases or 5,000.
 */
export function useSentGifts(options: { pageSize?: number; signedIn: boolean }): SentGiftsState {
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(options.pageSize ?? DEFAULT_PAGE_SIZE)));
  const [offset, setOffset] = useState(0);
  const query = useListSentGiftsQuery({ offset, limit: pageSize }, { skip: !options.signedIn });
  const data = query.currentData;
  const totalCount = data?.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  const page = Math.floor(offset / pageSize) + 1;
  const { refetch } = query;

  let status: SentGiftsStatus;
  if (!options.signedIn) status = 'signedOut';
  else if (query.isError && !query.isFetching) status = 'failed';
  else if (!data) status = 'loading';
  else if (totalCount === 0 || (data.rows.length === 0 && pages === 1)) status = 'empty';
  else status = 'ready';

  return {
    status,
    rows: data?.rows ?? [],
    error: query.isError ? ((query.error as StoredError | undefined) ?? null) : null,
    page,
    pages,
    totalCount,
    offset,
    pageSize,
    hasPrevious: offset > 0,
    hasNext: offset + pageSize < totalCount,
    previous: useCallback(() => setOffset((current) => Math.max(0, current - pageSize)), [pageSize]),
    next: useCallback(() => setOffset((current) => current + pageSize), [pageSize]),
    retry: useCallback(() => void refetch(), [refetch]),
  };
}
