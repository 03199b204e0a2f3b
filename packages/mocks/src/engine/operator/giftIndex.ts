import { billingPeriodMonths, giftExpiresAt, giftStatus, SECONDS_PER_DAY, type GiftSortField, type GiftStatus, type UnixSeconds } from '@giftkit/core';
import type { GiftRecord } from '../records';
import type { Store } from '../store';
import { TextDirectory } from './textDirectory';

type IndexedSortField = Exclude<GiftSortField, 'status'>;

export const GIFT_STATUSES: readonly GiftStatus[] = ['standby', 'expired', 'activated', 'completed'];

/** Every code is `XXXX-XXXX`: in the joined text, gift `i` starts at `i * CODE_STRIDE`. */
const CODE_STRIDE = 10;

function grow<T extends Int32Array | Float64Array | Uint8Array>(array: T, size: number, make: (n: number) => T): T {
  if (array.length >= size) return array;
  const grown = make(Math.max(size, array.length * 2, 1024));
  grown.set(array);
  return grown;
}

/**
 * What keeps the operator's search fast over 100,000 gifts: typed columns for the filters,
 * substring directories for the search box, a cached sort order per column, and statuses
 * cached until the next instant they can change. New gifts are appended incrementally; an edit
 * of an indexed field rebuilds everything.
 */
export class GiftIndex {
  private version = -1;
  private indexed = 0;
  readonly gifterEmails = new TextDirectory();
  readonly recipientEmails = new TextDirectory();
  /** Days since the epoch (UTC) of the creation → gift indexes. */
  readonly byCreatedDay = new Map<number, number[]>();
  /** Each gift's offer as a small number (see `offerIds`). */
  offerOrdinal = new Int32Array(0);
  readonly offerIds: string[] = [];
  private readonly ordinalOf = new Map<string, number>();
  createdAt = new Float64Array(0);
  /** `YYYY * 12 + month` (UTC) of each gift's creation, for analytics. */
  monthOf = new Int32Array(0);
  codesText = '';
  private statusCode = new Uint8Array(0);
  private statusFrom = new Float64Array(0);
  private statusUntil = new Float64Array(0);
  private statusRevision = new Int32Array(0);
  private readonly orders = new Map<IndexedSortField, Int32Array>();
  private scratch: Uint8Array[] = [];
  /** When every cached status is known to hold: same gifts, no change, `now` in the window. */
  private allValid = { statesVersion: -1, count: -1, from: 0, until: 0 };

  constructor(private readonly store: Store) {}

  /**
   * Zeroed per-gift buffers, reused from query to query (queries are synchronous), so a search
   * over 100,000 gifts allocates next to nothing.
   */
  buffers(count: number): Uint8Array[] {
    const size = this.store.gifts.length;
    if (this.scratch.length < count || (this.scratch[0]?.length ?? 0) < size) {
      this.scratch = Array.from({ length: Math.max(count, this.scratch.length) }, () => new Uint8Array(Math.max(size, 1024)));
    }
    return this.scratch.slice(0, count).map((buffer) => buffer.fill(0, 0, size));
  }

  /** Brings the index up to date with the store; cheap when nothing changed. */
  sync(): this {
    const { store } = this;
    if (this.version !== store.giftsVersion) this.reset();
    const total = store.gifts.length;
    if (this.indexed === total) return this;
    this.offerOrdinal = grow(this.offerOrdinal, total, (n) => new Int32Array(n));
    this.createdAt = grow(this.createdAt, total, (n) => new Float64Array(n));
    this.monthOf = grow(this.monthOf, total, (n) => new Int32Array(n));
    this.statusCode = grow(this.statusCode, total, (n) => new Uint8Array(n));
    this.statusFrom = grow(this.statusFrom, total, (n) => new Float64Array(n));
    this.statusUntil = grow(this.statusUntil, total, (n) => new Float64Array(n));
    const revisions = grow(this.statusRevision, total, (n) => new Int32Array(n).fill(-1));
    revisions.fill(-1, this.indexed);
    this.statusRevision = revisions;
    const emailOf = new Map<string, string>();
    const codes: string[] = [];
    for (let i = this.indexed; i < total; i += 1) {
      const gift = store.gifts[i] as GiftRecord;
      let gifterEmail = emailOf.get(gift.gifterId);
      if (gifterEmail === undefined) {
        gifterEmail = (store.customers.get(gift.gifterId)?.email ?? '').toLowerCase();
        emailOf.set(gift.gifterId, gifterEmail);
      }
      this.gifterEmails.add(gifterEmail, i);
      this.recipientEmails.add(gift.details.recipientEmail.toLowerCase(), i);
      this.offerOrdinal[i] = this.ordinal(gift.offerId);
      this.createdAt[i] = gift.createdAt;
      const day = Math.floor(gift.createdAt / SECONDS_PER_DAY);
      const list = this.byCreatedDay.get(day);
      if (list) list.push(i);
      else this.byCreatedDay.set(day, [i]);
      const date = new Date(gift.createdAt * 1000);
      this.monthOf[i] = date.getUTCFullYear() * 12 + date.getUTCMonth();
      codes.push(`${gift.code}\n`);
    }
    this.codesText += codes.join('');
    this.indexed = total;
    this.orders.clear();
    return this;
  }

  private reset(): void {
    Object.assign(this, { gifterEmails: new TextDirectory(), recipientEmails: new TextDirectory(), codesText: '' });
    this.byCreatedDay.clear();
    this.offerIds.length = 0;
    this.ordinalOf.clear();
    this.indexed = 0;
    this.version = this.store.giftsVersion;
    this.orders.clear();
  }

  private ordinal(offerId: string): number {
    let ordinal = this.ordinalOf.get(offerId);
    if (ordinal === undefined) {
      ordinal = this.offerIds.length;
      this.offerIds.push(offerId);
      this.ordinalOf.set(offerId, ordinal);
    }
    return ordinal;
  }

  /** Offer ordinals allowed by an offer-id and a period filter (`null` = any). */
  offerMask(offerIds: ReadonlySet<string> | null, periods: ReadonlySet<number> | null): Uint8Array | null {
    if (!offerIds && !periods) return null;
    return Uint8Array.from(this.offerIds, (offerId) => {
      if (offerIds && !offerIds.has(offerId)) return 0;
      const offer = this.store.offers.get(offerId);
      if (periods && !periods.has(billingPeriodMonths(offer?.billingCycle) ?? -1)) return 0;
      return 1;
    });
  }

  /**
   * Gift `i`'s status (rule 13, through core's `giftStatus`), cached. `giftStatus` depends on
   * time only through the code's expiry and the end of access, so the answer holds until the
   * next of those instants, or until the gift changes.
   */
  statusAt(i: number, now: UnixSeconds): number {
    const gift = this.store.gifts[i] as GiftRecord;
    if (this.statusRevision[i] === gift.revision && now >= (this.statusFrom[i] as number) && now < (this.statusUntil[i] as number)) {
      return this.statusCode[i] as number;
    }
    const code = GIFT_STATUSES.indexOf(giftStatus(gift, now));
    let from = Number.NEGATIVE_INFINITY;
    let until = Number.POSITIVE_INFINITY;
    for (const instant of [giftExpiresAt(gift), gift.accessEndsAt]) {
      if (instant == null) continue;
      if (instant <= now) from = Math.max(from, instant);
      else until = Math.min(until, instant);
    }
    this.statusCode[i] = code;
    this.statusFrom[i] = from;
    this.statusUntil[i] = until;
    this.statusRevision[i] = gift.revision;
    return code;
  }

  /**
   * Every gift's status code at `now` (index = gift index). Cheap when nothing changed and the
   * clock has not crossed any gift's next status change since the last call.
   */
  statusesAt(now: UnixSeconds): Uint8Array {
    const { store } = this;
    const count = store.gifts.length;
    const valid = this.allValid;
    if (valid.statesVersion === store.giftStatesVersion && valid.count === count && now >= valid.from && now < valid.until) return this.statusCode;
    let from = Number.NEGATIVE_INFINITY;
    let until = Number.POSITIVE_INFINITY;
    for (let i = 0; i < count; i += 1) {
      this.statusAt(i, now);
      from = Math.max(from, this.statusFrom[i] as number);
      until = Math.min(until, this.statusUntil[i] as number);
    }
    this.allValid = { statesVersion: store.giftStatesVersion, count, from, until };
    return this.statusCode;
  }

  /** Every gift index sorted by a column ascending (ties by creation order). */
  order(field: IndexedSortField): Int32Array {
    let order = this.orders.get(field);
    if (order) return order;
    const { gifts, offers } = this.store;
    const key = (gift: GiftRecord): string | number => {
      switch (field) {
        case 'createdAt':
          return gift.createdAt;
        case 'deliveryDate':
          return gift.details.deliveryDate;
        case 'recipientEmail':
          return gift.details.recipientEmail.toLowerCase();
        case 'offer':
          return offers.get(gift.offerId)?.title.toLowerCase() ?? gift.offerId;
        case 'code':
          return gift.code;
      }
    };
    const keys = gifts.map(key);
    const indexes = Array.from({ length: gifts.length }, (_, i) => i);
    indexes.sort((a, b) => {
      const ka = keys[a] as string | number;
      const kb = keys[b] as string | number;
      return ka < kb ? -1 : ka > kb ? 1 : a - b;
    });
    order = Int32Array.from(indexes);
    this.orders.set(field, order);
    return order;
  }

  /** Gift indexes whose code contains `part` (upper-case). */
  searchCodes(part: string, visit: (giftIndex: number) => void): void {
    for (let at = this.codesText.indexOf(part); at >= 0; at = this.codesText.indexOf(part, at + 1)) visit(Math.floor(at / CODE_STRIDE));
  }
}
