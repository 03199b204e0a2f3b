import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Gift, GiftSortField, GiftsApiErrorCode, Offer } from '@giftkit/core';
import { useGiftKit } from '../provider/context';
import { useEmit } from '../provider/useEmit';
import { useGiftManagerOffersQuery, useLazySearchGiftsQuery } from './api';
import { DEFAULT_FILTERS, filtersFromSearch, filtersToSearch, hasFilterParams, toSearchQuery, type GiftManagerFilters } from './query';

/** Where the manager is: no session, first page loading, the table, refused, or failed. */
export type GiftManagerStatus = 'signedOut' | 'loading' | 'ready' | 'forbidden' | 'failed';

export interface UseGiftManagerOptions {
  /** Rows per page (the platform allows 1–1000). @default 25 */
  pageSize?: number;
  /** Wait this long after the last keystroke before searching. @default 300 */
  debounceMs?: number;
  /** Keep search and filters in the page URL (`gk-q`, `gk-status`, …) so a link can be shared. @default true */
  syncUrl?: boolean;
  /**
   * Search and filters to start with (a link in the URL takes precedence).
   * @example defaultFilters={{ status: 'expired', period: 12 }}
   */
  defaultFilters?: Partial<GiftManagerFilters>;
}

export type FilterKey = Exclude<keyof GiftManagerFilters, 'q' | 'sort' | 'descending' | 'page'>;

export interface GiftManagerState {
  status: GiftManagerStatus;
  /** The filters as shown (the search box as typed). */
  filters: GiftManagerFilters;
  /** The rows of the current page (never more than `pageSize`). */
  gifts: Gift[];
  totalCount: number;
  pageCount: number;
  pageSize: number;
  /** A newer page is on its way; the rows shown are the previous answer. */
  updating: boolean;
  /** Whether anything narrows the set (search or a filter). */
  filtered: boolean;
  errorCode: GiftsApiErrorCode | null;
  offers: Offer[];
  setQuery: (q: string) => void;
  /** Search now (Enter in the box), without waiting for the pause. */
  submitQuery: () => void;
  setFilter: <K extends FilterKey>(key: K, value: GiftManagerFilters[K]) => void;
  toggleSort: (field: GiftSortField) => void;
  setPage: (page: number) => void;
  clear: () => void;
  retry: () => void;
}

/**
 * The operator's gift table: search box (debounced), filters, sort and server-side paging
 * through `searchGifts`, one request per settled query, the previous one aborted.
 */
export function useGiftManager({ pageSize = 25, debounceMs = 300, syncUrl = true, defaultFilters }: UseGiftManagerOptions = {}): GiftManagerState {
  const { session } = useGiftKit('<GiftManager>');
  const emit = useEmit();
  const signedIn = session !== null;
  const [filters, setFilters] = useState<GiftManagerFilters>(() => ({ ...DEFAULT_FILTERS, ...defaultFilters }));
  const [committedQ, setCommittedQ] = useState(() => defaultFilters?.q ?? '');
  const [hydrated, setHydrated] = useState(!syncUrl);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The URL is read after mounting (never during a server render).
  useEffect(() => {
    if (!syncUrl) return;
    const search = window.location.search;
    if (hasFilterParams(search)) {
      const fromUrl = filtersFromSearch(search);
      setFilters(fromUrl);
      setCommittedQ(fromUrl.q);
    }
    setHydrated(true);
  }, [syncUrl]);

  const applied = useMemo(() => ({ ...filters, q: committedQ }), [filters, committedQ]);

  useEffect(() => {
    if (!syncUrl || !hydrated) return;
    const next = filtersToSearch(applied, window.location.search);
    if (next !== window.location.search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${next}${window.location.hash}`);
  }, [syncUrl, hydrated, applied]);

  useEffect(() => {
    if (!signedIn) emit('requireAuth', { flow: 'giftManager' });
  }, [signedIn, emit]);

  const query = useMemo(() => toSearchQuery(applied, pageSize), [applied, pageSize]);
  const queryKey = JSON.stringify(query);
  const [trigger, result] = useLazySearchGiftsQuery();
  const inFlight = useRef<ReturnType<typeof trigger> | null>(null);
  const run = useCallback(() => {
    inFlight.current?.abort();
    inFlight.current = trigger(query);
  }, [trigger, query]);

  useEffect(() => {
    if (!signedIn || !hydrated) return;
    run();
    // `queryKey` stands for `query` by content; a new session asks again.
  }, [queryKey, signedIn, hydrated, session?.customerId]);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      inFlight.current?.abort();
    },
    [],
  );

  const offersResult = useGiftManagerOffersQuery(undefined, { skip: !signedIn });

  const commit = useCallback((q: string) => {
    clearTimeout(timer.current);
    setCommittedQ(q);
    setFilters((current) => (current.page === 0 ? current : { ...current, page: 0 }));
  }, []);

  const errorCode = result.isError ? ((result.error as { code?: GiftsApiErrorCode } | undefined)?.code ?? 'UNKNOWN') : null;
  useEffect(() => {
    if (errorCode === 'UNAUTHORIZED') emit('requireAuth', { flow: 'giftManager' });
  }, [errorCode, emit]);

  const page = result.isError ? undefined : result.data;
  const status: GiftManagerStatus = !signedIn
    ? 'signedOut'
    : errorCode === 'FORBIDDEN'
      ? 'forbidden'
      : errorCode
        ? 'failed'
        : page
          ? 'ready'
          : 'loading';
  const totalCount = page?.totalCount ?? 0;

  return {
    status,
    filters,
    gifts: (page?.items ?? []).slice(0, pageSize),
    totalCount,
    pageCount: Math.max(1, Math.ceil(totalCount / pageSize)),
    pageSize,
    updating: result.isFetching,
    filtered: applied.q.trim() !== '' || Boolean(applied.offerId || applied.status || applied.period || applied.createdFrom || applied.createdTo),
    errorCode,
    offers: offersResult.data ?? [],
    setQuery(q) {
      setFilters((current) => ({ ...current, q }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => commit(q), debounceMs);
    },
    submitQuery() {
      commit(filters.q);
    },
    setFilter(key, value) {
      clearTimeout(timer.current);
      setCommittedQ(filters.q);
      setFilters((current) => ({ ...current, [key]: value, page: 0 }));
    },
    toggleSort(field) {
      setFilters((current) => ({ ...current, sort: field, descending: current.sort === field ? !current.descending : field === 'createdAt', page: 0 }));
    },
    setPage(next) {
      setFilters((current) => ({ ...current, page: Math.max(0, next) }));
    },
    clear() {
      clearTimeout(timer.current);
      setCommittedQ('');
      setFilters(DEFAULT_FILTERS);
    },
    retry: run,
  };
}
