import type { GiftStatus } from './gift';
import type { CurrencyCode, OfferId, UnixSeconds } from './ids';

/** Billing period of the gifted offer, in months (1, 3, 6 or 12). */
export type GiftPeriodMonths = 1 | 3 | 6 | 12;

export type GiftSortField = 'createdAt' | 'status' | 'recipientEmail' | 'offer' | 'code' | 'deliveryDate';

/** *(ext)* `GET /gifts?…` */
export interface GiftSearchQuery {
  /** One box: sender email, gift code, offer name or creation date (`YYYY-MM-DD`). */
  q?: string;
  status?: GiftStatus[];
  offerId?: OfferId[];
  period?: GiftPeriodMonths[];
  createdFrom?: UnixSeconds;
  createdTo?: UnixSeconds;
  /** `field` ascending or `-field` descending. */
  sort?: GiftSortField | `-${GiftSortField}`;
  limit?: number;
  offset?: number;
}

export type GiftReportQuery = Omit<GiftSearchQuery, 'limit' | 'offset'>;

export interface RevenueByCurrency {
  currency: CurrencyCode;
  amount: number;
}

export interface GiftCounts {
  bought: number;
  sent: number;
  redeemed: number;
  expired: number;
  /** redeemed ÷ sent, 0 when nothing was sent. */
  redemptionRate: number;
  revenue: RevenueByCurrency[];
}

/** *(ext)* `GET /gifts/analytics` */
export interface GiftAnalytics {
  totals: GiftCounts;
  perOffer: Array<GiftCounts & { offerId: OfferId; offerTitle: string }>;
  /** `month` is `YYYY-MM` in UTC. */
  perMonth: Array<GiftCounts & { month: string }>;
}

export type GiftAnalyticsQuery = Pick<GiftSearchQuery, 'offerId' | 'createdFrom' | 'createdTo'>;
