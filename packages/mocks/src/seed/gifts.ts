import { addMonths, localTimeAt, resolveDeliveryTime, SECONDS_PER_DAY, SECONDS_PER_HOUR, type RedeemRefusalReason, type UnixSeconds } from '@giftkit/core';
import type { Platform } from '../engine/platform';
import { SEED_CUSTOMERS } from './customers';
import { SEED_OFFERS } from './offers';

/** Codes of the seeded gifts, one per state a redemption can meet. */
export const SEED_GIFT_CODES = {
  /** Sent yesterday, Football Monthly, to Bob: NEW for him. */
  readyToRedeem: 'SEED-NEW2',
  /** Sent, Volleyball Annual, to Carol (from George): EXTENDs her Volleyball Monthly. */
  toExtend: 'SEED-XTND',
  /** Redeemed by Henry a month ago. */
  redeemed: 'SEED-RDMD',
  /** Sent 400 days ago, never redeemed. */
  expired: 'SEED-XPRD',
  /** Delivery in 10 days: not sent yet, still editable. */
  notYetDelivered: 'SEED-SCHD',
  /** Classics Annual, an offer that ended after the gift was bought. */
  inactiveOffer: 'SEED-NACT',
  /** Rugby Annual, not available in Switzerland. */
  geoRestricted: 'SEED-RGBY',
  /** Cinema Club (3 months), for Erin whose renewal payment is running. */
  renewalInProgress: 'SEED-CNMA',
  /** Well-formed, but no gift has it. */
  unknown: 'ZZZZ-ZZZZ',
} as const;

export const SEED_GIFTS = {
  readyToRedeem: 'gift_seed_ready',
  toExtend: 'gift_seed_extend',
  redeemed: 'gift_seed_redeemed',
  expired: 'gift_seed_expired',
  notYetDelivered: 'gift_seed_scheduled',
  inactiveOffer: 'gift_seed_inactive_offer',
  geoRestricted: 'gift_seed_rugby',
  renewalInProgress: 'gift_seed_cinema',
} as const;

/** Who meets each refusal reason with which seeded code (rule 8), for tests and scenarios. */
export const SEED_REDEMPTION_REFUSALS: Readonly<Record<RedeemRefusalReason, { code: string; customerId: string }>> = {
  REDEEMED: { code: SEED_GIFT_CODES.redeemed, customerId: SEED_CUSTOMERS.newRecipient.id },
  EXPIRED: { code: SEED_GIFT_CODES.expired, customerId: SEED_CUSTOMERS.newRecipient.id },
  NOT_FOUND: { code: SEED_GIFT_CODES.unknown, customerId: SEED_CUSTOMERS.newRecipient.id },
  NOT_YET_DELIVERED: { code: SEED_GIFT_CODES.notYetDelivered, customerId: SEED_CUSTOMERS.newRecipient.id },
  INACTIVE_OFFER: { code: SEED_GIFT_CODES.inactiveOffer, customerId: SEED_CUSTOMERS.newRecipient.id },
  OFFER_GEO_RESTRICTED: { code: SEED_GIFT_CODES.geoRestricted, customerId: SEED_CUSTOMERS.offerRestrictedCountry.id },
  PUBLISHER_GEO_RESTRICTED: { code: SEED_GIFT_CODES.readyToRedeem, customerId: SEED_CUSTOMERS.restrictedCountry.id },
  EXTERNALLY_MANAGED_SUBSCRIPTION: { code: SEED_GIFT_CODES.readyToRedeem, customerId: SEED_CUSTOMERS.appStoreSubscriber.id },
  RECURRING_PROCESS_ALREADY_STARTED: { code: SEED_GIFT_CODES.renewalInProgress, customerId: SEED_CUSTOMERS.renewalInProgress.id },
  MORE_THAN_ONE_MATCHING_SUBSCRIPTION: { code: SEED_GIFT_CODES.readyToRedeem, customerId: SEED_CUSTOMERS.twoMatchingSubscriptions.id },
};

const DAY = SECONDS_PER_DAY;
/** The whole hour at or before an instant (deliveries are chosen as whole hours). */
const hourOf = (instant: UnixSeconds) => Math.floor(instant / SECONDS_PER_HOUR) * SECONDS_PER_HOUR;

/** A whole local hour `days` from `now` in a zone, through core's DST-aware resolver. */
export function localHourFromNow(now: UnixSeconds, days: number, hour: number, timeZone: string): UnixSeconds {
  const resolved = resolveDeliveryTime({ date: localTimeAt(now + days * DAY, timeZone).date, hour, timeZone });
  if (!resolved.ok) throw new RangeError(`Cannot resolve ${hour}:00 in ${timeZone}`);
  return resolved.value.deliveryDate;
}

/** The well-known gifts, each in the state its name says. */
export function seedGifts(platform: Platform): void {
  const { dev } = platform;
  const now = platform.now();
  const c = SEED_CUSTOMERS;
  const codes = SEED_GIFT_CODES;
  const ids = SEED_GIFTS;
  const sent = (days: number) => hourOf(now - days * DAY);

  dev.insertGift({
    id: ids.readyToRedeem, code: codes.readyToRedeem, offerId: SEED_OFFERS.footballMonthly, gifterId: c.gifter.id,
    recipientEmail: c.newRecipient.email, recipientName: 'Bob', personalNote: 'Happy birthday, Bob! Enjoy the matches ⚽',
    createdAt: now - 3 * DAY, deliveryDate: sent(1), sentAt: sent(1),
  });
  dev.insertGift({
    id: ids.toExtend, code: codes.toExtend, offerId: SEED_OFFERS.volleyballAnnual, gifterId: c.secondGifter.id,
    recipientEmail: c.extendRecipient.email, recipientName: 'Carol', personalNote: 'A whole season of spikes.',
    createdAt: now - 5 * DAY, deliveryDate: sent(2), sentAt: sent(2),
  });
  const redeemedAt = now - 29 * DAY;
  const henrysAccessEnds = addMonths(redeemedAt, 6);
  dev.addSubscription({
    id: 'sub_henry_cinema', customerId: c.pastRecipient.id, offerId: SEED_OFFERS.cinemaSemiannual,
    expiresAt: henrysAccessEnds, createdAt: redeemedAt, createdByGift: true,
  });
  dev.insertGift({
    id: ids.redeemed, code: codes.redeemed, offerId: SEED_OFFERS.cinemaSemiannual, gifterId: c.gifter.id,
    recipientEmail: c.pastRecipient.email, recipientName: 'Henry', personalNote: 'For the long winter evenings.',
    createdAt: now - 40 * DAY, deliveryDate: sent(30), sentAt: sent(30),
    redeemedAt, redeemedBy: c.pastRecipient.id, redeemMode: 'NEW', subscriptionId: 'sub_henry_cinema', accessEndsAt: henrysAccessEnds,
  });
  dev.insertGift({
    id: ids.expired, code: codes.expired, offerId: SEED_OFFERS.footballMonthly, gifterId: c.gifter.id,
    recipientEmail: 'old.friend@example.com', personalNote: 'Long time no see!',
    createdAt: now - 420 * DAY, deliveryDate: sent(400), sentAt: sent(400),
  });
  dev.insertGift({
    id: ids.notYetDelivered, code: codes.notYetDelivered, offerId: SEED_OFFERS.footballAnnual, gifterId: c.gifter.id,
    recipientEmail: c.newRecipient.email, recipientName: 'Bob', personalNote: 'See you at the stadium.',
    createdAt: now - DAY, deliveryDate: localHourFromNow(now, 10, 10, c.gifter.timeZone), timeZone: c.gifter.timeZone,
  });
  dev.insertGift({
    id: ids.inactiveOffer, code: codes.inactiveOffer, offerId: SEED_OFFERS.classicsAnnual, gifterId: c.gifter.id,
    recipientEmail: c.newRecipient.email, createdAt: now - 100 * DAY, deliveryDate: sent(5), sentAt: sent(5),
  });
  dev.insertGift({
    id: ids.geoRestricted, code: codes.geoRestricted, offerId: SEED_OFFERS.rugbyAnnual, gifterId: c.gifter.id,
    recipientEmail: c.offerRestrictedCountry.email, createdAt: now - 4 * DAY, deliveryDate: sent(2), sentAt: sent(2),
  });
  dev.insertGift({
    id: ids.renewalInProgress, code: codes.renewalInProgress, offerId: SEED_OFFERS.cinemaQuarterly, gifterId: c.secondGifter.id,
    recipientEmail: c.renewalInProgress.email, createdAt: now - 2 * DAY, deliveryDate: sent(1), sentAt: sent(1),
  });
}
