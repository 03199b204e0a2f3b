import { billingPeriodMonths, giftExpiresAt, type Gift, type Offer, type UnixSeconds } from '@giftkit/core';

/** What the validity column says about a gift: the access it gives and the date that matters now. */
export interface GiftValidity {
  /** Months of access the gift gives, when the offer is known. */
  months: number | null;
  kind: 'validUntil' | 'accessUntil' | 'accessEnded' | 'expiredOn' | 'notSentYet';
  at: UnixSeconds | null;
}

export function giftValidity(gift: Gift, offers: readonly Offer[]): GiftValidity {
  const offer = offers.find((candidate) => candidate.id === gift.offerId);
  const months = billingPeriodMonths(offer?.billingCycle);
  const status = gift.status ?? 'standby';
  if (status === 'activated') return { months, kind: 'accessUntil', at: gift.accessEndsAt ?? null };
  if (status === 'completed') return { months, kind: 'accessEnded', at: gift.accessEndsAt ?? null };
  const expires = giftExpiresAt(gift);
  if (status === 'expired') return { months, kind: 'expiredOn', at: expires };
  return expires == null ? { months, kind: 'notSentYet', at: null } : { months, kind: 'validUntil', at: expires };
}
