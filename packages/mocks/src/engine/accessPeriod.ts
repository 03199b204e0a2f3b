import { addMonths, billingPeriodMonths, SECONDS_PER_DAY, type Offer, type UnixSeconds } from '@giftkit/core';

/**
 * When a purchase (or a renewal) starting at `from` ends. Month-based cycles go through core's
 * `addMonths`; the rest are the simulator's own conventions for non-giftable products.
 */
export function accessEnd(offer: Pick<Offer, 'type' | 'billingCycle'>, from: UnixSeconds): UnixSeconds {
  const months = billingPeriodMonths(offer.billingCycle);
  if (months !== null) return addMonths(from, months);
  const cycle = offer.billingCycle;
  if (cycle?.periodUnit === 'week') return from + 7 * Math.max(1, cycle.amount) * SECONDS_PER_DAY;
  if (cycle?.periodUnit === 'season') return addMonths(from, 9 * Math.max(1, cycle.amount)); // a sports season
  if (offer.type === 'pass') return from + 30 * SECONDS_PER_DAY;
  if (offer.type === 'event') return from + SECONDS_PER_DAY;
  return from + 2 * SECONDS_PER_DAY; // a single rental
}
