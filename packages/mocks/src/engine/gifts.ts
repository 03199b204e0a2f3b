import { giftEditability, type DeliveryDetails, type EditLockReason, type Gift, type GiftId, type ReceivedGift } from '@giftkit/core';
import type { EngineContext } from './context';
import { validateDeliveryDetails } from './deliveryDetails';
import { apiError, notFound } from './errors';
import type { CustomerRecord, GiftRecord } from './records';
import { giftView, type GiftViewer } from './views';

export const EDIT_LOCK_MESSAGES: Readonly<Record<EditLockReason, string>> = {
  ALREADY_SENT: 'This gift was already sent: its delivery details can no longer change.',
  ALREADY_REDEEMED: 'This gift was already redeemed: its delivery details can no longer change.',
  SENDING_SOON: 'This gift is being sent soon: changes close at the end of the day before delivery.',
};

/** Who may see a gift, and as whom. Everybody else gets `NOT_FOUND`, never a hint it exists. */
function viewerOf(customer: CustomerRecord, gift: GiftRecord): GiftViewer | null {
  if (gift.gifterId === customer.id) return 'gifter';
  if (gift.redeemedBy === customer.id) return 'recipient';
  if (customer.role === 'operator') return 'operator';
  return null;
}

export function getGift(ctx: EngineContext, customer: CustomerRecord, giftId: GiftId): Gift {
  const gift = ctx.store.giftsById.get(String(giftId));
  const viewer = gift ? viewerOf(customer, gift) : null;
  if (!gift || !viewer) throw notFound('Gift');
  return giftView(ctx.store, gift, ctx.now(), viewer);
}

/**
 * Rule 6: the gifter edits until the end of the day before delivery (through
 * `giftEditability`), always sending the complete details (`isCompleteDeliveryDetails`).
 */
export function updateGift(
  ctx: EngineContext,
  customer: CustomerRecord,
  giftId: GiftId,
  details: DeliveryDetails,
): Gift {
  const gift = ctx.store.giftsById.get(String(giftId));
  if (!gift || gift.gifterId !== customer.id) throw notFound('Gift');
  const now = ctx.now();
  const editability = giftEditability({ sentAt: gift.sentAt, redeemedAt: gift.redeemedAt, deliveryDetails: gift.details, timeZone: gift.timeZone }, now);
  if (!editability.editable) throw apiError('GIFT_NOT_EDITABLE', EDIT_LOCK_MESSAGES[editability.reason], { reason: editability.reason });
  const next = validateDeliveryDetails(details, now);
  gift.details = next;
  gift.timeZone = next.timeZone ?? gift.timeZone;
  gift.scheduledAt = now;
  ctx.store.giftEdited(gift);
  ctx.schedule(gift);
  ctx.runScheduler();
  return giftView(ctx.store, gift, ctx.now(), 'gifter');
}

/** *(ext)* Gifts the customer redeemed, and those sent to their address they have not redeemed yet. */
export function listReceivedGifts(ctx: EngineContext, customer: CustomerRecord): ReceivedGift[] {
  const { store } = ctx;
  const email = customer.email.toLowerCase();
  const received = store.gifts.filter(
    (gift) => gift.redeemedBy === customer.id || (gift.redeemedAt == null && gift.sentAt != null && gift.details.recipientEmail.toLowerCase() === email),
  );
  return received
    .sort((a, b) => (b.sentAt ?? 0) - (a.sentAt ?? 0) || b.index - a.index)
    .map((gift) => {
      const gifter = store.customers.get(gift.gifterId);
      return {
        giftId: gift.id,
        offerId: gift.offerId,
        offerTitle: store.offers.get(gift.offerId)?.title ?? gift.offerId,
        gifterEmail: gifter?.email ?? '',
        gifterName: gifter?.name ?? null,
        personalNote: gift.details.personalNote,
        redeemedAt: gift.redeemedAt,
        accessEndsAt: gift.accessEndsAt,
        redeemMode: gift.redeemMode,
      };
    });
}
