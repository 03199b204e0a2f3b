import type { Payment, PayOrderInput } from '@giftkit/core';
import type { EngineContext } from './context';
import { apiError, validation } from './errors';
import { validateDeliveryDetails } from './deliveryDetails';
import { assertPurchaseMode, ownOrder } from './orders';
import { checkCouponForOrder, quoteOrder, type AppliedCoupon } from './pricing';
import { fulfilOrder } from './purchases';
import type { CustomerRecord, OrderRecord, PaymentRecord } from './records';
import { CHALLENGE_RESPONSES, cardNumberOf, testCard, type TestCardOutcome } from './testCards';

function paymentView(payment: PaymentRecord): Payment {
  return {
    id: payment.id,
    orderId: payment.orderId,
    status: payment.status,
    transactionId: payment.transactionId,
    giftId: payment.giftId,
    action: payment.status === 'requires_action' && payment.challengeId ? { type: 'challenge', challengeId: payment.challengeId } : null,
  };
}

/** A declined payment is an error for the caller, and the same one on every replay. */
function answer(payment: PaymentRecord): Payment {
  if (payment.status === 'declined') {
    throw apiError('PAYMENT_DECLINED', payment.declineMessage ?? 'The payment was declined.', payment.declineReason ? { reason: payment.declineReason } : {});
  }
  return paymentView(payment);
}

/**
 * Everything that must still hold when the money moves: the purchase mode, the delivery
 * details of a gift (the hour may have passed meanwhile) and the coupon (its limit may have
 * been reached by someone else).
 */
function recheckOrder(ctx: EngineContext, customer: CustomerRecord, order: OrderRecord): AppliedCoupon | null {
  const offer = ctx.store.offer(order.offerId);
  assertPurchaseMode(ctx, customer, offer, order.buyAsAGift);
  if (order.buyAsAGift) {
    if (!order.deliveryDetails) throw validation('deliveryDetails', 'A gift needs its delivery details before payment.', 'REQUIRED');
    order.deliveryDetails = validateDeliveryDetails(order.deliveryDetails, ctx.now());
  }
  return order.couponCode ? checkCouponForOrder(ctx, order, order.couponCode) : null;
}

/** Completes a 3-D Secure-like challenge. */
function confirmChallenge(ctx: EngineContext, customer: CustomerRecord, payment: PaymentRecord, response: string): void {
  const order = ownOrder(ctx, customer, payment.orderId);
  if (order.paidBy) {
    payment.status = 'declined';
    payment.declineMessage = 'This order was paid by another attempt.';
    return;
  }
  if (response.trim().toLowerCase() === CHALLENGE_RESPONSES.fail) {
    payment.status = 'declined';
    payment.declineMessage = 'The card holder failed authentication.';
    payment.declineReason = 'AUTHENTICATION_FAILED';
    return;
  }
  const applied = recheckOrder(ctx, customer, order);
  payment.status = 'succeeded';
  saveCard(ctx, customer, payment);
  fulfilOrder(ctx, customer, order, payment, applied);
}

/**
 * `POST /payments` (rule 15). The idempotency key makes double clicks and retries safe: the
 * same key answers the same payment, never a second charge or a second gift.
 */
export function payOrder(ctx: EngineContext, customer: CustomerRecord, input: PayOrderInput): Payment {
  const { store } = ctx;
  const key = input.idempotencyKey;
  if (typeof key !== 'string' || key.trim() === '') throw validation('idempotencyKey', 'An Idempotency-Key is required.', 'REQUIRED');
  const method = input.paymentMethod as Partial<PayOrderInput['paymentMethod']> | undefined;
  if (!method || typeof method !== 'object') throw validation('paymentMethod', 'paymentMethod is required.', 'REQUIRED');
  const challengeResponse = typeof method.challengeResponse === 'string' && method.challengeResponse.trim() !== '' ? method.challengeResponse : null;
  const scope = `payment:${customer.id}:${key}`;

  const previous = store.idempotency.get(scope);
  if (previous) {
    if (previous.fingerprint !== String(input.orderId)) throw apiError('CONFLICT', 'This Idempotency-Key was used for another order.');
    const payment = store.payments.get(previous.resultId);
    if (!payment) throw apiError('CONFLICT', 'Unknown payment for this Idempotency-Key.');
    if (payment.status === 'requires_action' && challengeResponse) confirmChallenge(ctx, customer, payment, challengeResponse);
    return answer(payment);
  }

  const order = ownOrder(ctx, customer, String(input.orderId));
  if (challengeResponse) {
    // A confirmation sent with a fresh key still completes the pending attempt, never a new one.
    const pending = [...store.payments.values()].find((p) => p.orderId === order.id && p.status === 'requires_action');
    if (pending) {
      store.idempotency.set(scope, { fingerprint: order.id, resultId: pending.id });
      confirmChallenge(ctx, customer, pending, challengeResponse);
      return answer(pending);
    }
  }
  if (order.paidBy) throw apiError('CONFLICT', 'This order is already paid.');

  const applied = recheckOrder(ctx, customer, order);
  const { quote } = quoteOrder(ctx, order);
  const currency = ctx.store.offer(order.offerId).price.currency;
  let outcome: TestCardOutcome;
  if (!quote.requiresPayment) outcome = { outcome: 'succeeded', brand: method.type ?? 'free' }; // 100 % off: nothing to charge
  else if (method.type === 'free') throw validation('paymentMethod', 'This order has an amount to pay: payment details are required.', 'PAYMENT_REQUIRED');
  else if (method.type === 'external') outcome = { outcome: 'succeeded', brand: 'external' };
  else if (method.type === 'card') {
    if (typeof method.token !== 'string' || method.token.trim() === '') throw validation('paymentMethod.token', 'A card token is required.', 'REQUIRED');
    outcome = testCard(method.token);
  } else throw validation('paymentMethod.type', 'paymentMethod.type must be card, free or external.', 'INVALID');

  const payment: PaymentRecord = {
    id: ctx.ids.next('pay'),
    orderId: order.id,
    customerId: customer.id,
    status: outcome.outcome === 'succeeded' ? 'succeeded' : outcome.outcome === 'declined' ? 'declined' : 'requires_action',
    method: method.type ?? 'card',
    amountMinor: quote.totalMinor,
    currency,
    transactionId: null,
    giftId: null,
    challengeId: outcome.outcome === 'challenge' ? ctx.ids.next('challenge') : null,
    createdAt: ctx.now(),
    declineMessage: outcome.outcome === 'declined' ? outcome.message : null,
    declineReason: outcome.outcome === 'declined' ? outcome.reason : null,
    card:
      method.type === 'card' && quote.requiresPayment && typeof method.token === 'string' && outcome.outcome !== 'declined'
        ? { brand: outcome.brand, last4: cardNumberOf(method.token).slice(-4) }
        : null,
  };
  store.payments.set(payment.id, payment);
  store.idempotency.set(scope, { fingerprint: order.id, resultId: payment.id });
  if (payment.status === 'succeeded') {
    saveCard(ctx, customer, payment);
    fulfilOrder(ctx, customer, order, payment, applied);
  }
  return answer(payment);
}

/** A card that paid stays on file, so the customer's subscriptions renew (rule 10). */
function saveCard(ctx: EngineContext, customer: CustomerRecord, payment: PaymentRecord): void {
  const { card } = payment;
  if (!card) return;
  for (const method of ctx.store.paymentMethods.values()) if (method.customerId === customer.id && method.last4 === card.last4) return;
  const id = ctx.ids.next('pm');
  ctx.store.paymentMethods.set(id, { id, customerId: customer.id, ...card });
}
