import type { Gift, GiftStatus } from '../model/gift';
import type { UnixSeconds } from '../model/ids';
import { SECONDS_PER_DAY } from './time';

/** An unredeemed code stops working this long after it was sent, unless the gift says otherwise. */
export const GIFT_CODE_VALIDITY_DAYS = 365;

type StatusFields = Pick<Gift, 'sentAt' | 'redeemedAt' | 'expiresAt' | 'accessEndsAt'>;

/** When the code stops working: the gift's own date, else sent + 365 days, else unknown. */
export function giftExpiresAt(gift: Pick<Gift, 'sentAt' | 'expiresAt'>): UnixSeconds | null {
  if (gift.expiresAt != null) return gift.expiresAt;
  return gift.sentAt == null ? null : gift.sentAt + GIFT_CODE_VALIDITY_DAYS * SECONDS_PER_DAY;
}

/**
 * Rule 13, the operator's statuses (okast): `standby` (bought; not sent, or sent and not
 * activated), `expired` (sent, not used in time), `activated` (redeemed, access running),
 * `completed` (redeemed, access over).
 */
export function giftStatus(gift: StatusFields, now: UnixSeconds): GiftStatus {
  if (gift.redeemedAt != null) {
    return gift.accessEndsAt != null && now >= gift.accessEndsAt ? 'completed' : 'activated';
  }
  const expiresAt = giftExpiresAt(gift);
  if (gift.sentAt != null && expiresAt != null && now >= expiresAt) return 'expired';
  return 'standby';
}

/** The gifter's finer view: scheduled → sent → redeemed → ended, or expired. */
export type GiftPhase = 'scheduled' | 'sent' | 'redeemed' | 'ended' | 'expired';

export interface TimelineStep {
  phase: GiftPhase;
  /** When it happened, or is expected to (`null` when nobody knows yet). */
  at: UnixSeconds | null;
  state: 'done' | 'current' | 'upcoming';
}

export interface GiftTimeline {
  phase: GiftPhase;
  steps: TimelineStep[];
}

export function giftPhase(gift: StatusFields, now: UnixSeconds): GiftPhase {
  switch (giftStatus(gift, now)) {
    case 'completed':
      return 'ended';
    case 'activated':
      return 'redeemed';
    case 'expired':
      return 'expired';
    case 'standby':
      return gift.sentAt != null && gift.sentAt <= now ? 'sent' : 'scheduled';
  }
}

/** The steps to draw, with the one the gift is at marked `current`. */
export function giftTimeline(
  gift: StatusFields & Pick<Gift, 'createdAt' | 'deliveryDetails'>,
  now: UnixSeconds,
): GiftTimeline {
  const phase = giftPhase(gift, now);
  const expected: Record<GiftPhase, UnixSeconds | null> = {
    scheduled: gift.createdAt ?? null,
    sent: gift.sentAt ?? gift.deliveryDetails.deliveryDate,
    redeemed: gift.redeemedAt,
    ended: gift.accessEndsAt ?? null,
    expired: giftExpiresAt(gift),
  };
  const order: GiftPhase[] = phase === 'expired' ? ['scheduled', 'sent', 'expired'] : ['scheduled', 'sent', 'redeemed', 'ended'];
  const reached = order.indexOf(phase);
  return {
    phase,
    steps: order.map((step, index) => ({
      phase: step,
      at: expected[step],
      state: index < reached ? 'done' : index === reached ? 'current' : 'upcoming',
    })),
  };
}
