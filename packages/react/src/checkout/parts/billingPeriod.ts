import type { Offer } from '@giftkit/core';
import type { Translate } from '../../i18n/useT';

/** "billed every 3 months", "one-time purchase": the billing period in words. */
export function billingPeriodText(offer: Offer, t: Translate): string {
  const cycle = offer.billingCycle;
  if (offer.type !== 'subscription' || !cycle || !Number.isInteger(cycle.amount) || cycle.amount < 1) return t('checkout.period.once');
  return t(`checkout.period.${cycle.periodUnit}`, { count: cycle.amount });
}
