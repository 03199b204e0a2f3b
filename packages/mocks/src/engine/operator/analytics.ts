import { fromMinorUnits, type GiftAnalytics, type GiftAnalyticsQuery, type GiftCounts, type UnixSeconds } from '@giftkit/core';
import type { GiftRecord } from '../records';
import type { Store } from '../store';
import { GIFT_STATUSES, type GiftIndex } from './giftIndex';
import { parseGiftFilter } from './query';

interface Tally {
  bought: number;
  sent: number;
  redeemed: number;
  expired: number;
  revenueMinor: Map<string, number>;
}

const tally = (): Tally => ({ bought: 0, sent: 0, redeemed: 0, expired: 0, revenueMinor: new Map() });

const EXPIRED = GIFT_STATUSES.indexOf('expired');

function count(t: Tally, gift: GiftRecord, status: number): void {
  t.bought += 1;
  if (gift.sentAt != null) t.sent += 1;
  if (gift.redeemedAt != null) t.redeemed += 1;
  else if (status === EXPIRED) t.expired += 1;
  t.revenueMinor.set(gift.currency, (t.revenueMinor.get(gift.currency) ?? 0) + gift.paidMinor);
}

function counts(t: Tally): GiftCounts {
  return {
    bought: t.bought,
    sent: t.sent,
    redeemed: t.redeemed,
    expired: t.expired,
    redemptionRate: t.sent === 0 ? 0 : Math.round((t.redeemed / t.sent) * 10_000) / 10_000,
    revenue: [...t.revenueMinor]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, minor]) => ({ currency, amount: fromMinorUnits(minor, currency) })),
  };
}

const monthLabel = (month: number) => `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;

/** *(ext)* `GET /gifts/analytics`: bought, sent, redeemed, expired, rate and revenue; per offer and per month (UTC). */
export function giftAnalytics(store: Store, index: GiftIndex, query: GiftAnalyticsQuery, now: UnixSeconds): GiftAnalytics {
  const filter = parseGiftFilter({ offerId: query.offerId, createdFrom: query.createdFrom, createdTo: query.createdTo });
  index.sync();
  const totals = tally();
  const perOffer = new Map<string, Tally>();
  const perMonth = new Map<number, Tally>();
  for (const gift of store.gifts) {
    if (filter.offerIds && !filter.offerIds.has(gift.offerId)) continue;
    if (filter.createdFrom !== null && gift.createdAt < filter.createdFrom) continue;
    if (filter.createdTo !== null && gift.createdAt > filter.createdTo) continue;
    const status = index.statusAt(gift.index, now);
    count(totals, gift, status);
    let offerTally = perOffer.get(gift.offerId);
    if (!offerTally) perOffer.set(gift.offerId, (offerTally = tally()));
    count(offerTally, gift, status);
    const month = index.monthOf[gift.index] ?? 0;
    let monthTally = perMonth.get(month);
    if (!monthTally) perMonth.set(month, (monthTally = tally()));
    count(monthTally, gift, status);
  }
  return {
    totals: counts(totals),
    perOffer: [...perOffer]
      .map(([offerId, t]) => ({ offerId, offerTitle: store.offers.get(offerId)?.title ?? offerId, ...counts(t) }))
      .sort((a, b) => a.offerTitle.localeCompare(b.offerTitle) || a.offerId.localeCompare(b.offerId)),
    perMonth: [...perMonth].sort(([a], [b]) => a - b).map(([month, t]) => ({ month: monthLabel(month), ...counts(t) })),
  };
}
