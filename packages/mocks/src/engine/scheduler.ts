import { SECONDS_PER_DAY, SECONDS_PER_HOUR, type UnixSeconds } from '@giftkit/core';
import type { EngineContext } from './context';
import { formatInstant, redeemLink } from './outbox';
import type { GiftRecord } from './records';

/**
 * The platform's delivery job runs at the top of every hour (rule 5: "within the hour"):
 * a gift leaves at the first whole hour at or after its delivery time, and never before it
 * was (re)scheduled.
 */
export function deliveryDueAt(gift: Pick<GiftRecord, 'details' | 'scheduledAt'>): UnixSeconds {
  const earliest = Math.max(gift.details.deliveryDate, gift.scheduledAt);
  return Math.ceil(earliest / SECONDS_PER_HOUR) * SECONDS_PER_HOUR;
}

/** Unsent gifts, with the earliest due time cached so most calls cost nothing. */
export class DeliveryScheduler {
  private readonly pending = new Set<GiftRecord>();
  /** `NaN` = unknown, recompute on the next run. */
  private nextDue = Number.NaN;

  constructor(private readonly ctx: EngineContext) {}

  /** Starts (or restarts after an edit) watching a gift. */
  track(gift: GiftRecord): void {
    if (gift.sentAt != null || gift.redeemedAt != null) return;
    this.pending.add(gift);
    this.nextDue = Number.NaN;
  }

  /** Sends, in due order, every gift whose hour has come. */
  run(now: UnixSeconds): void {
    if (!Number.isNaN(this.nextDue) && now < this.nextDue) return;
    const due: Array<{ gift: GiftRecord; at: UnixSeconds }> = [];
    let next = Number.POSITIVE_INFINITY;
    for (const gift of this.pending) {
      if (gift.sentAt != null || gift.redeemedAt != null) {
        this.pending.delete(gift);
        continue;
      }
      const at = deliveryDueAt(gift);
      if (at <= now) due.push({ gift, at });
      else next = Math.min(next, at);
    }
    due.sort((a, b) => a.at - b.at || a.gift.details.deliveryDate - b.gift.details.deliveryDate || a.gift.index - b.gift.index);
    for (const { gift, at } of due) {
      this.pending.delete(gift);
      sendGift(this.ctx, gift, at);
    }
    this.nextDue = next;
  }

  get size(): number {
    return this.pending.size;
  }
}

/** Records the sending, starts the code's validity and emails the recipient (rule 5). */
export function sendGift(ctx: EngineContext, gift: GiftRecord, at: UnixSeconds): void {
  const { store } = ctx;
  const offer = store.offer(gift.offerId);
  const gifter = store.customer(gift.gifterId);
  gift.sentAt = at;
  gift.expiresAt = at + ctx.settings.codeValidityDays * SECONDS_PER_DAY;
  store.giftChanged(gift);
  const link = redeemLink(ctx.settings.redeemUrl, gift.code);
  const { recipientEmail, recipientName, personalNote } = gift.details;
  const text = [
    recipientName ? `Hello ${recipientName},` : 'Hello,',
    '',
    `${gifter.name} (${gifter.email}) gave you ${offer.title}.`,
    ...(personalNote ? ['', personalNote] : []),
    '',
    `Your gift code: ${gift.code}`,
    `Redeem it here: ${link}`,
    `The code works until ${formatInstant(gift.expiresAt, gift.timeZone)}.`,
  ].join('\n');
  ctx.outbox.add({
    kind: 'gift-invitation',
    to: recipientEmail,
    subject: `${gifter.name} sent you a gift: ${offer.title}`,
    text,
    sentAt: at,
    giftId: gift.id,
    redeemLink: link,
    giftCode: gift.code,
  });
}
