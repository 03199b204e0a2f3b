import { useCallback, useEffect, useRef, useState } from 'react';
import type { UnixSeconds } from '@giftkit/core';
import type { StoredError } from '../store/giftsApi';
import { useListSentGiftsQuery, type SentGiftRow } from './api';

/** The sent-gifts list, driven by one status. */
export type SentGiftsStatus = 'signedOut' | 'loading' | 'failed' | 'empty' | 'ready';

/** At most this many purchases per scanned window, so the DOM stays light at any history length. */
export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 20;

export interface SentGiftsState {
  status: SentGiftsStatus;
  /** The page's gifts; a row whose gift failed to load carries its `error` instead. */
  rows: SentGiftRow[];
  error: StoredError | null;
  /** 1-based: how many pages the viewer moved forward. */
  page: number;
  /** Purchases in the history (gifts and others). */
  totalCount: number;
  /** The purchases this page looked through, newest first: `[offset, scannedTo)`. */
  offset: number;
  scannedTo: number;
  pageSize: number;
  hasPrevious: boolean;
  hasNext: boolean;
  previous: () => void;
  next: () => void;
  retry: () => void;
}

/**
 * One page of the gifter's gifts at a time, newest first (the platform's order). A page scans
 * the purchase history from where the previous one stopped until it finds gifts (at most a
 * few windows of `pageSize` purchases), so pages cost the same whether there are 50 purchases
 * or 5,000, and a history without gifts ends in the empty state. Moving pages replaces the
 * window; the start of each visited page is kept so Previous goes back exactly.
 */
export function useSentGifts(options: { pageSize?: number; signedIn: boolean; now?: UnixSeconds }): SentGiftsState {
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(options.pageSize ?? DEFAULT_PAGE_SIZE)));
  const [starts, setStarts] = useState<readonly number[]>([0]);
  const offset = starts[starts.length - 1] ?? 0;
  const query = useListSentGiftsQuery({ offset, limit: pageSize }, { skip: !options.signedIn });
  const data = query.currentData;
  const totalCount = data?.totalCount ?? 0;
  const scannedTo = data?.nextOffset ?? offset;
  const hasNext = data !== undefined && scannedTo < totalCount;
  const { refetch } = query;

  // A page left open past a gift's delivery time asks the platform again once, since the gift
  // has probably been sent: the card then says so without a reload. Once per delivery time,
  // so a platform that sends late is not asked in a loop.
  const dueAt = earliestPendingDelivery(data?.rows ?? []);
  const askedFor = useRef<number | null>(null);
  const { now } = options;
  useEffect(() => {
    if (dueAt === null || now === undefined || now < dueAt || askedFor.current === dueAt || query.isFetching) return;
    askedFor.current = dueAt;
    void refetch();
  }, [dueAt, now, query.isFetching, refetch]);

  let status: SentGiftsStatus;
  if (!options.signedIn) status = 'signedOut';
  else if (query.isError && !query.isFetching) status = 'failed';
  else if (!data) status = 'loading';
  // The whole history was scanned from its start and held no gift.
  else if (offset === 0 && data.rows.length === 0 && !hasNext) status = 'empty';
  else status = 'ready';

  const next = useCallback(() => {
    if (!hasNext) return;
    setStarts((current) => [...current, scannedTo]);
  }, [hasNext, scannedTo]);

  return {
    status,
    rows: data?.rows ?? [],
    error: query.isError ? ((query.error as StoredError | undefined) ?? null) : null,
    page: starts.length,
    totalCount,
    offset,
    scannedTo,
    pageSize,
    hasPrevious: starts.length > 1,
    hasNext,
    previous: useCallback(() => setStarts((current) => (current.length > 1 ? current.slice(0, -1) : current)), []),
    next,
    retry: useCallback(() => void refetch(), [refetch]),
  };
}

/** The earliest delivery time among this page's gifts not sent yet, or null. */
function earliestPendingDelivery(rows: readonly SentGiftRow[]): UnixSeconds | null {
  let earliest: UnixSeconds | null = null;
  for (const row of rows) {
    if (!row.gift || row.gift.sentAt != null) continue;
    const at = row.gift.deliveryDetails.deliveryDate;
    if (earliest === null || at < earliest) earliest = at;
  }
  return earliest;
}
