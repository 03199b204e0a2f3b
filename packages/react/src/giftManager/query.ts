import {
  GIFTABLE_PERIOD_MONTHS,
  parseGiftCode,
  type GiftAnalyticsQuery,
  type GiftPeriodMonths,
  type GiftReportQuery,
  type GiftSearchQuery,
  type GiftSortField,
  type GiftStatus,
} from '@giftkit/core';

export const GIFT_STATUSES: readonly GiftStatus[] = ['standby', 'expired', 'activated', 'completed'];
export const SORTABLE_FIELDS: readonly GiftSortField[] = ['createdAt', 'status', 'recipientEmail', 'offer', 'code', 'deliveryDate'];

/** What the operator asked for: the search box, the filters, the order and the page. */
export interface GiftManagerFilters {
  /** The search box as typed. */
  q: string;
  offerId: string;
  status: GiftStatus | '';
  period: GiftPeriodMonths | '';
  /** `YYYY-MM-DD` (UTC days, like the platform's creation day), or `''`. */
  createdFrom: string;
  createdTo: string;
  sort: GiftSortField;
  descending: boolean;
  /** Zero-based. */
  page: number;
}

export const DEFAULT_FILTERS: GiftManagerFilters = {
  q: '',
  offerId: '',
  status: '',
  period: '',
  createdFrom: '',
  createdTo: '',
  sort: 'createdAt',
  descending: true,
  page: 0,
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Unix seconds of a `YYYY-MM-DD` day's start (UTC), or `undefined` when it is not a real day. */
export function dayStart(day: string): number | undefined {
  const match = DAY.exec(day);
  if (!match) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(ms).toISOString().slice(0, 10) === day ? ms / 1000 : undefined;
}

/** Both creation days are set and the last comes before the first (typed dates skip the pickers' bounds). */
export function isCreatedRangeBackwards(filters: Pick<GiftManagerFilters, 'createdFrom' | 'createdTo'>): boolean {
  const from = dayStart(filters.createdFrom);
  const to = dayStart(filters.createdTo);
  return from !== undefined && to !== undefined && to < from;
}

/**
 * The search box as the platform should get it: trimmed, and a gift code normalised like the
 * redeem field (`abcd 2345` → `ABCD-2345`) when the input is one.
 */
export function searchText(q: string): string {
  const trimmed = q.trim();
  const code = parseGiftCode(trimmed);
  return code.ok ? code.code : trimmed;
}

/** The filters without paging: the report's query and the base of the search. */
export function toReportQuery(filters: GiftManagerFilters): GiftReportQuery {
  const q = searchText(filters.q);
  const from = dayStart(filters.createdFrom);
  const to = dayStart(filters.createdTo);
  return {
    ...(q ? { q } : {}),
    ...(filters.status ? { status: [filters.status] } : {}),
    ...(filters.offerId ? { offerId: [filters.offerId] } : {}),
    ...(filters.period ? { period: [filters.period] } : {}),
    ...(from === undefined ? {} : { createdFrom: from }),
    ...(to === undefined ? {} : { createdTo: to + 86_399 }),
    sort: filters.descending ? `-${filters.sort}` : filters.sort,
  };
}

export function toSearchQuery(filters: GiftManagerFilters, pageSize: number): GiftSearchQuery {
  return { ...toReportQuery(filters), limit: pageSize, offset: filters.page * pageSize };
}

export function toAnalyticsQuery(filters: GiftManagerFilters): GiftAnalyticsQuery {
  const { offerId, createdFrom, createdTo } = toReportQuery(filters);
  return { ...(offerId ? { offerId } : {}), ...(createdFrom === undefined ? {} : { createdFrom }), ...(createdTo === undefined ? {} : { createdTo }) };
}

/** URL keys, prefixed so they never collide with the host page's own parameters. */
const KEYS = { q: 'gk-q', offerId: 'gk-offer', status: 'gk-status', period: 'gk-period', createdFrom: 'gk-from', createdTo: 'gk-to', sort: 'gk-sort', page: 'gk-page' } as const;

/** Whether a query string carries any of the manager's parameters. */
export function hasFilterParams(search: string): boolean {
  return [...new URLSearchParams(search).keys()].some((key) => (Object.values(KEYS) as string[]).includes(key));
}

/** Reads the filters from a query string; anything malformed falls back to the default. */
export function filtersFromSearch(search: string): GiftManagerFilters {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(key) ?? '';
  const status = get(KEYS.status);
  const period = Number(get(KEYS.period));
  const sortParam = get(KEYS.sort);
  const descending = sortParam.startsWith('-');
  const sort = (descending ? sortParam.slice(1) : sortParam) as GiftSortField;
  const page = Number(get(KEYS.page));
  const day = (value: string) => (dayStart(value) === undefined ? '' : value);
  const known = SORTABLE_FIELDS.includes(sort);
  return {
    q: get(KEYS.q).slice(0, 200),
    offerId: get(KEYS.offerId).slice(0, 100),
    status: (GIFT_STATUSES as readonly string[]).includes(status) ? (status as GiftStatus) : '',
    period: (GIFTABLE_PERIOD_MONTHS as readonly number[]).includes(period) ? (period as GiftPeriodMonths) : '',
    createdFrom: day(get(KEYS.createdFrom)),
    createdTo: day(get(KEYS.createdTo)),
    sort: known ? sort : DEFAULT_FILTERS.sort,
    descending: known ? descending : DEFAULT_FILTERS.descending,
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
}

/** Writes the filters into a query string, keeping the host's other parameters. */
export function filtersToSearch(filters: GiftManagerFilters, current: string): string {
  const params = new URLSearchParams(current);
  const set = (key: string, value: string, fallback = '') => (value === fallback ? params.delete(key) : params.set(key, value));
  set(KEYS.q, filters.q);
  set(KEYS.offerId, filters.offerId);
  set(KEYS.status, filters.status);
  set(KEYS.period, filters.period === '' ? '' : String(filters.period));
  set(KEYS.createdFrom, filters.createdFrom);
  set(KEYS.createdTo, filters.createdTo);
  set(KEYS.sort, `${filters.descending ? '-' : ''}${filters.sort}`, '-createdAt');
  set(KEYS.page, filters.page === 0 ? '' : String(filters.page + 1));
  const text = params.toString();
  return text ? `?${text}` : '';
}
