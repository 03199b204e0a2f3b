import { GIFTABLE_PERIOD_MONTHS, type GiftReportQuery, type GiftSortField, type GiftStatus } from '@giftkit/core';
import { GIFT_STATUSES } from './giftIndex';
import { validation } from '../errors';

export const GIFT_SORT_FIELDS: readonly GiftSortField[] = ['createdAt', 'status', 'recipientEmail', 'offer', 'code', 'deliveryDate'];
export const DEFAULT_SEARCH_LIMIT = 50;
export const MAX_SEARCH_LIMIT = 1000;

/** A search query checked and in the shape the matcher wants. */
export interface GiftFilter {
  q: string;
  statuses: ReadonlySet<GiftStatus> | null;
  offerIds: ReadonlySet<string> | null;
  periods: ReadonlySet<number> | null;
  createdFrom: number | null;
  createdTo: number | null;
  sortField: GiftSortField;
  descending: boolean;
}

function list<T>(field: string, value: readonly T[] | undefined, allowed?: readonly T[]): ReadonlySet<T> | null {
  if (value === undefined) return null;
  const items: unknown = value;
  if (!Array.isArray(items)) throw validation(field, `${field} must be a list.`, 'INVALID');
  if (value.length === 0) return null;
  if (allowed && value.some((item: T) => !allowed.includes(item))) {
    throw validation(field, `${field} must be among ${allowed.join(', ')}.`, 'INVALID');
  }
  return new Set(value);
}

function instant(field: string, value: number | undefined): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw validation(field, `${field} must be Unix seconds.`, 'INVALID');
  return value;
}

/** Checks an operator query (from the wire or the in-memory API). */
export function parseGiftFilter(query: GiftReportQuery): GiftFilter {
  const sort = query.sort ?? '-createdAt';
  const descending = sort.startsWith('-');
  const sortField = (descending ? sort.slice(1) : sort) as GiftSortField;
  if (!GIFT_SORT_FIELDS.includes(sortField)) throw validation('sort', `sort must be one of ${GIFT_SORT_FIELDS.join(', ')} (prefix - for descending).`, 'INVALID');
  if (query.q !== undefined && typeof query.q !== 'string') throw validation('q', 'q must be text.', 'INVALID');
  return {
    q: (query.q ?? '').trim(),
    statuses: list('status', query.status, GIFT_STATUSES),
    offerIds: list('offerId', query.offerId?.map(String)),
    periods: list<number>('period', query.period, GIFTABLE_PERIOD_MONTHS),
    createdFrom: instant('createdFrom', query.createdFrom),
    createdTo: instant('createdTo', query.createdTo),
    sortField,
    descending,
  };
}

export function pageWindow(limit: number | undefined, offset: number | undefined): { limit: number; offset: number } {
  const l = limit ?? DEFAULT_SEARCH_LIMIT;
  const o = offset ?? 0;
  if (!Number.isInteger(l) || l < 1 || l > MAX_SEARCH_LIMIT) throw validation('limit', `limit must be between 1 and ${MAX_SEARCH_LIMIT}.`, 'INVALID');
  if (!Number.isInteger(o) || o < 0) throw validation('offset', 'offset must be a whole number ≥ 0.', 'INVALID');
  return { limit: l, offset: o };
}
