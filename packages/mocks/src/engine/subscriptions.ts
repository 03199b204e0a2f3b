import {
  canRefund,
  canSwitchSubscription,
  type Page,
  type PageQuery,
  type Refund,
  type Subscription,
  type SubscriptionSwitch,
  type Transaction,
} from '@giftkit/core';
import type { EngineContext } from './context';
import { apiError, notFound, validation } from './errors';
import type { CustomerRecord } from './records';
import { subscriptionView, transactionView } from './views';

export const MAX_PAGE_SIZE = 100;

export function listSubscriptions(ctx: EngineContext, customer: CustomerRecord): Subscription[] {
  return ctx.store
    .subscriptionsOf(customer.id)
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
    .map((s) => subscriptionView(ctx.store, s));
}

/** Rule 11 through `canSwitchSubscription`: a gift-created or gift-extended subscription stays put. */
export function switchSubscription(ctx: EngineContext, customer: CustomerRecord, subscriptionId: string, toOfferId: string): SubscriptionSwitch {
  const { store } = ctx;
  const subscription = store.subscriptions.get(String(subscriptionId));
  if (!subscription || subscription.customerId !== customer.id) throw notFound('Subscription');
  const allowed = canSwitchSubscription(subscription);
  if (!allowed.allowed) throw apiError(allowed.code, allowed.message);
  if (subscription.externallyManaged) throw apiError('CONFLICT', 'This subscription is managed by an app store: switch it there.');
  if (subscription.status === 'expired') throw apiError('CONFLICT', 'This subscription has ended.');
  const target = store.offer(String(toOfferId));
  if (target.id === subscription.offerId) throw validation('toOfferId', 'The subscription is already on this offer.', 'SAME_OFFER');
  if (target.type !== 'subscription' || !target.active) throw validation('toOfferId', `${target.title} is not an active subscription offer.`, 'NOT_SWITCHABLE');
  const fromOfferId = subscription.offerId;
  subscription.offerId = target.id;
  return { subscriptionId: subscription.id, fromOfferId, toOfferId: target.id, status: 'switched' };
}

function pageNumber(field: 'limit' | 'offset', value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw validation(field, `${field} must be a whole number ≥ 0.`, 'INVALID');
  return value;
}

/** Newest first. */
export function listTransactions(ctx: EngineContext, customer: CustomerRecord, query: Partial<PageQuery>): Page<Transaction> {
  const limit = Math.min(pageNumber('limit', query.limit, 20), MAX_PAGE_SIZE);
  const offset = pageNumber('offset', query.offset, 0);
  const all = ctx.store.transactionsOf(customer.id);
  const items: Transaction[] = [];
  for (let i = all.length - 1 - offset; i >= 0 && items.length < limit; i -= 1) {
    const record = all[i];
    if (record) items.push(transactionView(ctx.store, record));
  }
  return { items, totalCount: all.length };
}

/** Rule 12 through `canRefund`: gift purchases are never refunded. */
export function requestRefund(ctx: EngineContext, customer: CustomerRecord, transactionId: string): Refund {
  const { store } = ctx;
  const transaction = store.transactions.get(String(transactionId));
  if (!transaction || transaction.customerId !== customer.id) throw notFound('Transaction');
  const allowed = canRefund(transaction);
  if (!allowed.allowed) throw apiError(allowed.code, allowed.message);
  if (transaction.refunded) throw apiError('CONFLICT', 'This transaction was already refunded.');
  transaction.refunded = true;
  const subscription = store.subscriptions.get(transaction.targetId);
  if (subscription) {
    // A refunded purchase ends the access it paid for.
    subscription.status = 'expired';
    subscription.expiresAt = Math.min(subscription.expiresAt, ctx.now());
  }
  return { transactionId: transaction.id, status: 'refunded' };
}
