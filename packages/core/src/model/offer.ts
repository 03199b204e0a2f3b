import type { CurrencyCode, OfferId } from './ids';

/** A price in **major** units as the wire carries it (`9.99`), with its currency. */
export interface Money {
  amount: number;
  currency: CurrencyCode;
}

export type OfferType = 'subscription' | 'pass' | 'event' | 'single';
export type PeriodUnit = 'week' | 'month' | 'year' | 'season';

/** How often a subscription bills: `{ periodUnit: 'month', amount: 3 }` is every 3 months. */
export interface BillingCycle {
  periodUnit: PeriodUnit;
  amount: number;
}

/** An offer of the broadcaster's catalogue (`GET /v2/offers/{offerId}`). */
export interface Offer {
  id: OfferId;
  title: string;
  description: string;
  price: Money;
  type: OfferType;
  /** Only subscriptions have a billing cycle. */
  billingCycle: BillingCycle | null;
  /** Offers with exactly the same tag set are the same entitlement (gift stacking). */
  tags: string[];
  active: boolean;
  /** The operator's *purchasable as a gift* flag. */
  giftable: boolean;
  /** *(ext)* ISO 3166 country codes where this offer may not be used. */
  restrictedCountries?: string[];
}
