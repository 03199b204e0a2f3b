import type { Coupon, CustomerId, GiftId, Offer, PromotionCode, UnixSeconds } from '@giftkit/core';
import { notFound } from './errors';
import type {
  CustomerRecord,
  GiftRecord,
  OrderRecord,
  PaymentMethodRecord,
  PaymentRecord,
  SubscriptionRecord,
  TransactionRecord,
} from './records';

/** What an idempotency key was first used for; a replay answers the same thing. */
export interface IdempotencyEntry {
  /** What the key was used with (e.g. the order id); a different one is a conflict. */
  fingerprint: string;
  resultId: string;
}

/** Everything the platform holds, with the lookups the operations need. */
export class Store {
  readonly customers = new Map<CustomerId, CustomerRecord>();
  readonly offers = new Map<string, Offer>();
  readonly subscriptions = new Map<string, SubscriptionRecord>();
  readonly paymentMethods = new Map<string, PaymentMethodRecord>();
  readonly orders = new Map<string, OrderRecord>();
  readonly payments = new Map<string, PaymentRecord>();
  readonly transactions = new Map<string, TransactionRecord>();
  readonly coupons = new Map<string, Coupon>();
  readonly promotionCodes = new Map<string, PromotionCode>();
  /** Gifts in creation order; `gift.index` is the position here. */
  readonly gifts: GiftRecord[] = [];
  readonly giftsById = new Map<GiftId, GiftRecord>();
  readonly giftsByCode = new Map<string, GiftRecord>();
  /** `<scope>:<customerId>:<key>` → what the key produced. */
  readonly idempotency = new Map<string, IdempotencyEntry>();
  /** Failed verifications per customer, for throttling (rule 7). */
  readonly verifyFailures = new Map<CustomerId, UnixSeconds[]>();
  /**
   * Bumped when an indexed field of an existing gift changes (emails, dates, offer, code), so
   * operator indexes rebuild. New gifts are picked up from `gifts.length` alone.
   */
  giftsVersion = 0;

  private readonly giftsByGifter = new Map<CustomerId, GiftRecord[]>();
  private readonly transactionsByCustomer = new Map<CustomerId, TransactionRecord[]>();

  customer(id: CustomerId): CustomerRecord {
    const customer = this.customers.get(id);
    if (!customer) throw notFound('Customer');
    return customer;
  }

  offer(id: string): Offer {
    const offer = this.offers.get(id);
    if (!offer) throw notFound('Offer');
    return offer;
  }

  addCustomer(customer: CustomerRecord): void {
    this.customers.set(customer.id, customer);
  }

  subscriptionsOf(customerId: CustomerId): SubscriptionRecord[] {
    return [...this.subscriptions.values()].filter((s) => s.customerId === customerId);
  }

  hasPaymentMethod(customerId: CustomerId): boolean {
    for (const method of this.paymentMethods.values()) if (method.customerId === customerId) return true;
    return false;
  }

  /**
   * Kept in transaction-date order, whatever order purchases are recorded in (seeds and
   * scenarios backdate them), so `listTransactions` pages newest first and the pages stay
   * consistent. Equal dates keep the order they were recorded in.
   */
  addTransaction(transaction: TransactionRecord): void {
    this.transactions.set(transaction.id, transaction);
    const list = this.transactionsByCustomer.get(transaction.customerId) ?? [];
    // From the end: a live purchase (dated now) lands there at once.
    let at = list.length;
    while (at > 0 && (list[at - 1]?.date ?? 0) > transaction.date) at -= 1;
    list.splice(at, 0, transaction);
    this.transactionsByCustomer.set(transaction.customerId, list);
  }

  /** Oldest first (by transaction date, then by when recorded). */
  transactionsOf(customerId: CustomerId): readonly TransactionRecord[] {
    return this.transactionsByCustomer.get(customerId) ?? [];
  }

  /** Adds a gift at the end of the creation order. */
  addGift(gift: Omit<GiftRecord, 'index' | 'revision'>): GiftRecord {
    if (this.giftsByCode.has(gift.code)) throw new RangeError(`Duplicate gift code ${gift.code}`);
    // One literal with every field in a fixed order: every gift shares one hidden class, which
    // keeps the operator's scans over 100,000 of them fast (spread copies did not).
    const record: GiftRecord = {
      id: gift.id,
      index: this.gifts.length,
      revision: 0,
      code: gift.code,
      offerId: gift.offerId,
      gifterId: gift.gifterId,
      orderId: gift.orderId,
      transactionId: gift.transactionId,
      details: gift.details,
      timeZone: gift.timeZone,
      createdAt: gift.createdAt,
      scheduledAt: gift.scheduledAt,
      sentAt: gift.sentAt,
      expiresAt: gift.expiresAt,
      redeemedAt: gift.redeemedAt,
      redeemedBy: gift.redeemedBy,
      redeemMode: gift.redeemMode,
      subscriptionId: gift.subscriptionId,
      accessEndsAt: gift.accessEndsAt,
      paidMinor: gift.paidMinor,
      currency: gift.currency,
    };
    this.gifts.push(record);
    this.giftsById.set(record.id, record);
    this.giftsByCode.set(record.code, record);
    const list = this.giftsByGifter.get(record.gifterId) ?? [];
    list.push(record);
    this.giftsByGifter.set(record.gifterId, list);
    return record;
  }

  gift(id: GiftId): GiftRecord {
    const gift = this.giftsById.get(id);
    if (!gift) throw notFound('Gift');
    return gift;
  }

  /** Oldest first. */
  giftsOf(gifterId: CustomerId): readonly GiftRecord[] {
    return this.giftsByGifter.get(gifterId) ?? [];
  }

  /** Bumped with any gift's `revision`: "some status may have changed". */
  giftStatesVersion = 0;

  /** Call after changing a gift's state in place (sent, redeemed): cached statuses recompute. */
  giftChanged(gift: GiftRecord): void {
    gift.revision += 1;
    this.giftStatesVersion += 1;
  }

  /** Call after changing an indexed field (emails, dates) of a gift in place. */
  giftEdited(gift: GiftRecord): void {
    this.giftChanged(gift);
    this.giftsVersion += 1;
  }
}
