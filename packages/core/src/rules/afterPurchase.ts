import type { Subscription } from '../model/subscription';
import type { Transaction } from '../model/transaction';

/** The seeds' wording (Cleeng), also what the platform answers. */
export const SWITCH_BLOCKED_MESSAGE = 'Subscription created/extended by gift can not be switched.';
export const REFUND_BLOCKED_MESSAGE = 'Refunds are not available for gift purchases.';

/** Rule 11: a subscription a gift created or extended cannot be upgraded or downgraded. */
export function canSwitchSubscription(
  subscription: Pick<Subscription, 'createdByGift' | 'extendedByGift'>,
): { allowed: true } | { allowed: false; code: 'SUBSCRIPTION_SWITCH_BLOCKED'; message: string } {
  if (subscription.createdByGift || subscription.extendedByGift) {
    return { allowed: false, code: 'SUBSCRIPTION_SWITCH_BLOCKED', message: SWITCH_BLOCKED_MESSAGE };
  }
  return { allowed: true };
}

/** Rule 12: gift purchases are never refunded. */
export function canRefund(
  transaction: Pick<Transaction, 'targetType'>,
): { allowed: true } | { allowed: false; code: 'REFUND_NOT_ALLOWED'; message: string } {
  if (transaction.targetType === 'giftId') return { allowed: false, code: 'REFUND_NOT_ALLOWED', message: REFUND_BLOCKED_MESSAGE };
  return { allowed: true };
}
