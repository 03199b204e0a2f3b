import type { DeliveryDetails } from '../model/delivery';
import type { Gift } from '../model/gift';
import type { UnixSeconds } from '../model/ids';
import { localTimeAt, startOfLocalDay } from './schedule';

/** Why a gift's delivery details can no longer change (rule 6). */
export type EditLockReason = 'ALREADY_SENT' | 'ALREADY_REDEEMED' | 'SENDING_SOON';

export type GiftEditability =
  | { editable: true; closesAt: UnixSeconds }
  | { editable: false; reason: EditLockReason; closedAt: UnixSeconds | null };

/** The zone a gift's day boundaries follow: the one its hour was picked in, else UTC. */
export function giftTimeZone(gift: Pick<Gift, 'timeZone' | 'deliveryDetails'>): string {
  return gift.timeZone ?? gift.deliveryDetails.timeZone ?? 'UTC';
}

/**
 * Edits close at the end of the day before the delivery day, in the delivery zone: that is,
 * at the first instant of the delivery day there.
 */
export function editCutoff(deliveryDate: UnixSeconds, timeZone: string): UnixSeconds {
  return startOfLocalDay(localTimeAt(deliveryDate, timeZone).date, timeZone);
}

/** Rule 6: whether the gifter may still change email, date/time and note, and if not, why. */
export function giftEditability(
  gift: Pick<Gift, 'sentAt' | 'redeemedAt' | 'deliveryDetails' | 'timeZone'>,
  now: UnixSeconds,
): GiftEditability {
  const cutoff = editCutoff(gift.deliveryDetails.deliveryDate, giftTimeZone(gift));
  if (gift.redeemedAt != null) return { editable: false, reason: 'ALREADY_REDEEMED', closedAt: null };
  if (gift.sentAt != null) return { editable: false, reason: 'ALREADY_SENT', closedAt: null };
  if (now >= cutoff) return { editable: false, reason: 'SENDING_SOON', closedAt: cutoff };
  return { editable: true, closesAt: cutoff };
}

/**
 * Rule 6: an update always carries the complete details, even when one field changed.
 * Extension fields already known are kept unless changed.
 */
export function completeDeliveryDetails(current: DeliveryDetails, changes: Partial<DeliveryDetails>): DeliveryDetails {
  const next: DeliveryDetails = {
    recipientEmail: changes.recipientEmail ?? current.recipientEmail,
    deliveryDate: changes.deliveryDate ?? current.deliveryDate,
    personalNote: changes.personalNote ?? current.personalNote,
  };
  const recipientName = 'recipientName' in changes ? changes.recipientName : current.recipientName;
  const timeZone = changes.timeZone ?? current.timeZone;
  if (recipientName !== undefined) next.recipientName = recipientName;
  if (timeZone !== undefined) next.timeZone = timeZone;
  return next;
}

/** Whether a body for `updateGift` has every required field (the platform refuses partial ones). */
export function isCompleteDeliveryDetails(value: Partial<DeliveryDetails> | null | undefined): value is DeliveryDetails {
  return (
    value != null &&
    typeof value.recipientEmail === 'string' &&
    typeof value.deliveryDate === 'number' &&
    Number.isFinite(value.deliveryDate) &&
    typeof value.personalNote === 'string'
  );
}
