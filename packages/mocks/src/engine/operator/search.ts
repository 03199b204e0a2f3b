import { GIFT_CODE_ALPHABET, parseGiftCode, SECONDS_PER_DAY, type Gift, type GiftSearchQuery, type Page, type UnixSeconds } from '@giftkit/core';
import type { GiftRecord } from '../records';
import type { Store } from '../store';
import { giftView } from '../views';
import { GIFT_STATUSES, type GiftIndex } from './giftIndex';
import { pageWindow, parseGiftFilter, type GiftFilter } from './query';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_CODE = new RegExp(`^[${GIFT_CODE_ALPHABET}-]{3,9}$`);

/**
 * The search box (rule 16): sender email, recipient email, gift code (whole or part), offer
 * name, or creation day `YYYY-MM-DD` (UTC). Marks the matching gifts in `mask`; `false` when
 * there is no search (every gift).
 */
function matchSearchBox(store: Store, index: GiftIndex, q: string, mask: Uint8Array): boolean {
  if (q === '') return false;
  const mark = (list: readonly number[] | undefined) => {
    if (list) for (const i of list) mask[i] = 1;
  };
  const needle = q.toLowerCase();
  index.gifterEmails.search(needle, mark);
  index.recipientEmails.search(needle, mark);
  const offerHit = Uint8Array.from(index.offerIds, (offerId) => (store.offers.get(offerId)?.title.toLowerCase().includes(needle) ? 1 : 0));
  if (offerHit.includes(1)) {
    for (let i = 0; i < store.gifts.length; i += 1) if (offerHit[index.offerOrdinal[i] as number] === 1) mask[i] = 1;
  }
  const code = parseGiftCode(q);
  if (code.ok) {
    const gift = store.giftsByCode.get(code.code);
    if (gift) mask[gift.index] = 1;
  } else if (PARTIAL_CODE.test(q.toUpperCase())) {
    index.searchCodes(q.toUpperCase(), (i) => (mask[i] = 1));
  }
  const day = DAY_PATTERN.exec(q);
  if (day) mark(index.byCreatedDay.get(Math.floor(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])) / 1000 / SECONDS_PER_DAY)));
  return true;
}

/**
 * The gifts a filter selects, sorted, from `offset` for at most `limit` (`Infinity` for the
 * report), with the total count. Filters read typed columns; sorting walks a cached column
 * order, stopping once the page is full, so a page costs about one pass over the gifts.
 */
export function selectGifts(
  store: Store,
  index: GiftIndex,
  filter: GiftFilter,
  now: UnixSeconds,
  window: { offset: number; limit: number },
): { total: number; gifts: GiftRecord[] } {
  index.sync();
  const { gifts } = store;
  const count = gifts.length;
  const [searchMask = new Uint8Array(count), matched = new Uint8Array(count)] = index.buffers(2);
  const searching = matchSearchBox(store, index, filter.q, searchMask);
  const offerMask = index.offerMask(filter.offerIds, filter.periods);
  const statusMask = filter.statuses ? Uint8Array.from(GIFT_STATUSES, (status) => (filter.statuses?.has(status) ? 1 : 0)) : null;
  const byStatus = filter.sortField === 'status';
  const from = filter.createdFrom ?? Number.NEGATIVE_INFINITY;
  const to = filter.createdTo ?? Number.POSITIVE_INFINITY;
  const { offerOrdinal, createdAt } = index;
  const statuses = statusMask || byStatus ? index.statusesAt(now) : null;
  const perStatus = [0, 0, 0, 0];
  let total = 0;
  // `matched[i]` is 0 for "out", else 1 + the gift's status code (when the status matters).
  for (let i = 0; i < count; i += 1) {
    if (searching && searchMask[i] === 0) continue;
    if (offerMask && offerMask[offerOrdinal[i] as number] === 0) continue;
    const created = createdAt[i] as number;
    if (created < from || created > to) continue;
    let status = 0;
    if (statuses) {
      status = statuses[i] as number;
      if (statusMask && statusMask[status] === 0) continue;
      perStatus[status] = (perStatus[status] ?? 0) + 1;
    }
    matched[i] = 1 + status;
    total += 1;
  }
  const out: GiftRecord[] = [];
  if (filter.sortField === 'status') {
    // Statuses move with the clock: walk the creation order once per status, newest first.
    const byCreation = index.order('createdAt');
    let skip = window.offset;
    const statuses = filter.descending ? [3, 2, 1, 0] : [0, 1, 2, 3];
    for (const status of statuses) {
      if (out.length >= window.limit) break;
      const inBucket = perStatus[status] ?? 0;
      if (skip >= inBucket) {
        skip -= inBucket;
        continue;
      }
      for (let k = byCreation.length - 1; k >= 0 && out.length < window.limit; k -= 1) {
        const i = byCreation[k] as number;
        if (matched[i] !== 1 + status) continue;
        if (skip > 0) skip -= 1;
        else out.push(gifts[i] as GiftRecord);
      }
    }
    return { total, gifts: out };
  }
  const order = index.order(filter.sortField);
  const end = window.offset + window.limit;
  let seen = 0;
  for (let k = 0; k < order.length && seen < end; k += 1) {
    const i = order[filter.descending ? order.length - 1 - k : k] as number;
    if (matched[i] === 0) continue;
    if (seen >= window.offset) out.push(gifts[i] as GiftRecord);
    seen += 1;
  }
  return { total, gifts: out };
}

/** *(ext)* `GET /gifts`: one page of the operator's table. */
export function searchGifts(store: Store, index: GiftIndex, query: GiftSearchQuery, now: UnixSeconds): Page<Gift> {
  const filter = parseGiftFilter(query);
  const window = pageWindow(query.limit, query.offset);
  const { total, gifts } = selectGifts(store, index, filter, now, window);
  return { items: gifts.map((gift) => giftView(store, gift, now, 'operator')), totalCount: total };
}
