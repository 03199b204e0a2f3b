import type { CurrencyCode, OfferId, TransactionId, UnixSeconds } from './ids';

/** A line of the customer's purchase history. Gifts point at the gift, not a subscription. */
export interface Transaction {
  transactionId: TransactionId;
  transactionDate: UnixSeconds;
  offerId: OfferId;
  offerTitle: string;
  totalPrice: number;
  currency: CurrencyCode;
  targetType: 'giftId' | 'subscriptionId';
  targetId: string;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
}

export interface PageQuery {
  limit: number;
  offset: number;
}

export interface Refund {
  transactionId: TransactionId;
  status: 'refunded' | 'pending';
}
