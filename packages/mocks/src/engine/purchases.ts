import { editCutoff, fromMinorUnits, generateGiftCode, type UnixSeconds } from '@giftkit/core';
import { accessEnd } from './accessPeriod';
import type { EngineContext } from './context';
import { formatInstant } from './outbox';
import type { AppliedCoupon } from './pricing';
import type { CustomerRecord, GiftRecord, OrderRecord, PaymentRecord } from './records';

/** A code no other gift has (collisions are rare in 30⁸ codes, but never allowed). */
export function uniqueGiftCode(ctx: EngineContext): string {
  for (;;) {
    const code = generateGiftCode(ctx.random.bytes);
    if (!ctx.store.giftsByCode.has(code)) return code;
  }
}

/**
 * What a succeeded payment buys: a gift (rule 3: the gifter's transaction points at it) or
 * the customer's own access. The coupon's redemption counts only now (rule 14).
 */
export function fulfilOrder(
  ctx: EngineContext,
  customer: CustomerRecord,
  order: OrderRecord,
  payment: PaymentRecord,
  applied: AppliedCoupon | null,
): void {
  const { store } = ctx;
  const now = ctx.now();
  const offer = store.offer(order.offerId);
  const transactionId = ctx.ids.next('txn');
  let targetId: string;

  if (order.buyAsAGift && order.deliveryDetails) {
    const details = order.deliveryDetails;
    const gift = store.addGift({
      id: ctx.ids.next('gift'),
      code: uniqueGiftCode(ctx),
      offerId: offer.id,
      gifterId: customer.id,
      orderId: order.id,
      transactionId,
      details: { ...details },
      timeZone: details.timeZone ?? customer.timeZone,
      createdAt: now,
      scheduledAt: now,
      sentAt: null,
      expiresAt: null,
      redeemedAt: null,
      redeemedBy: null,
      redeemMode: null,
      subscriptionId: null,
      accessEndsAt: null,
      paidMinor: payment.amountMinor,
      currency: payment.currency,
    });
    targetId = gift.id;
    payment.giftId = gift.id;
    ctx.schedule(gift);
    sendGiftConfirmation(ctx, customer, gift, now);
  } else {
    const subscription = {
      id: ctx.ids.next('sub'),
      customerId: customer.id,
      offerId: offer.id,
      status: 'active' as const,
      expiresAt: accessEnd(offer, now),
      createdAt: now,
      createdByGift: false,
      extendedByGift: false,
      externallyManaged: false,
      recurringInProgress: false,
    };
    store.subscriptions.set(subscription.id, subscription);
    targetId = subscription.id;
  }

  store.addTransaction({
    id: transactionId,
    customerId: customer.id,
    date: now,
    offerId: offer.id,
    totalMinor: payment.amountMinor,
    currency: payment.currency,
    targetType: order.buyAsAGift ? 'giftId' : 'subscriptionId',
    targetId,
    refunded: false,
  });
  payment.transactionId = transactionId;
  order.paidBy = payment.id;
  if (applied) {
    applied.promotionCode.timesRedeemed += 1;
    applied.coupon.timesRedeemed += 1;
  }
  ctx.runScheduler(); // a gift for "now" leaves within the hour
}

function sendGiftConfirmation(ctx: EngineContext, gifter: CustomerRecord, gift: GiftRecord, now: UnixSeconds): void {
  const offer = ctx.store.offer(gift.offerId);
  const { recipientEmail, recipientName, deliveryDate } = gift.details;
  const recipient = recipientName ? `${recipientName} <${recipientEmail}>` : recipientEmail;
  const text = [
    `Hello ${gifter.name},`,
    '',
    `Thank you for giving ${offer.title}.`,
    `Recipient: ${recipient}`,
    `Delivery: ${formatInstant(deliveryDate, gifter.timeZone)}`,
    ...(gift.timeZone === gifter.timeZone ? [] : [`(${formatInstant(deliveryDate, gift.timeZone)} for the recipient)`]),
    `Total paid: ${fromMinorUnits(gift.paidMinor, gift.currency)} ${gift.currency}`,
    `You can change the recipient, the date and the note until ${formatInstant(editCutoff(deliveryDate, gift.timeZone), gift.timeZone)}.`,
    'A gift is a one-time payment: it does not renew for you.',
  ].join('\n');
  ctx.outbox.add({
    kind: 'gift-confirmation',
    to: gifter.email,
    subject: `Your gift of ${offer.title} is scheduled`,
    text,
    sentAt: now,
    giftId: gift.id,
    redeemLink: null,
    giftCode: null,
  });
}
