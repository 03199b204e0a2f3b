import { toMinorUnits, type UnixSeconds } from '@giftkit/core';
import { accessEnd } from './accessPeriod';
import type { EngineContext } from './context';

/**
 * Rule 10 as time passes: a subscription whose period ended renews at the normal price when
 * a payment method is on file (or the app store bills it), and lapses otherwise.
 */
export function processRenewals(ctx: EngineContext, now: UnixSeconds): void {
  const { store } = ctx;
  for (const subscription of store.subscriptions.values()) {
    if (subscription.status === 'expired' || subscription.expiresAt > now) continue;
    const offer = store.offer(subscription.offerId);
    const renews =
      subscription.status === 'active' && offer.type === 'subscription' && (subscription.externallyManaged || store.hasPaymentMethod(subscription.customerId));
    if (!renews) {
      subscription.status = 'expired';
      continue;
    }
    while (subscription.expiresAt <= now) {
      const periodStart = subscription.expiresAt;
      subscription.expiresAt = accessEnd(offer, periodStart);
      subscription.recurringInProgress = false;
      if (subscription.externallyManaged) continue; // billed by the store, not by us
      store.addTransaction({
        id: ctx.ids.next('txn'),
        customerId: subscription.customerId,
        date: periodStart,
        offerId: offer.id,
        totalMinor: toMinorUnits(offer.price.amount, offer.price.currency),
        currency: offer.price.currency,
        targetType: 'subscriptionId',
        targetId: subscription.id,
        refunded: false,
      });
    }
  }
}
