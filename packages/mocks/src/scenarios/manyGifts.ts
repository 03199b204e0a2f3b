import { addMonths, billingPeriodMonths, SECONDS_PER_DAY, SECONDS_PER_HOUR, type CustomerId } from '@giftkit/core';
import type { Platform } from '../engine/platform';
import { SeededRandom } from '../engine/random';
import { SEED_OFFERS } from '../seed/offers';

const NOTES = ['Happy birthday!', 'Merry Christmas 🎄', 'For the match nights.', 'Enjoy!', '', 'Thanks for everything.', 'Bon anniversaire !'];
const GIFTED_OFFERS = [
  SEED_OFFERS.footballMonthly,
  SEED_OFFERS.footballAnnual,
  SEED_OFFERS.volleyballMonthly,
  SEED_OFFERS.volleyballAnnual,
  SEED_OFFERS.cinemaQuarterly,
  SEED_OFFERS.cinemaSemiannual,
  SEED_OFFERS.rugbyAnnual,
];

export interface ManyGiftsOptions {
  /** Every gift from this customer (a gifter's "my gifts" with thousands of rows); else many synthetic gifters. */
  gifterId?: CustomerId;
  /** Seed of the synthetic data. @default 4242 */
  randomSeed?: number;
  /** Days of history the gifts spread over. @default 730 */
  spanDays?: number;
}

/**
 * `count` gifts created over the last two years, in every status (scheduled, sent, redeemed,
 * completed, expired), deterministic for a given seed. Recipients are not modelled as
 * customers; the gifts are placed directly, so 100,000 take well under a second or two.
 */
export function addManyGifts(platform: Platform, count: number, options: ManyGiftsOptions = {}): void {
  const random = new SeededRandom(options.randomSeed ?? 4242);
  const now = platform.now();
  const span = (options.spanDays ?? 730) * SECONDS_PER_DAY;
  const gifters: CustomerId[] = [];
  if (options.gifterId) gifters.push(options.gifterId);
  else {
    const synthetic = Math.min(5000, Math.max(1, Math.floor(count / 40)));
    for (let i = 1; i <= synthetic; i += 1) {
      const id = `cus_synthetic_${String(i).padStart(5, '0')}`;
      platform.dev.addCustomer({ id, email: `gifter${String(i).padStart(5, '0')}@example.net`, name: `Gifter ${i}`, country: 'FR', timeZone: 'Europe/Paris' });
      gifters.push(id);
    }
  }
  for (let i = 0; i < count; i += 1) {
    const offerId = random.pick(GIFTED_OFFERS);
    const period = billingPeriodMonths(platform.store.offer(offerId).billingCycle) ?? 1;
    const createdAt = now - span + Math.floor(((i + random.next()) * span) / count);
    const deliveryDate = Math.ceil((createdAt + random.int(0, 30) * SECONDS_PER_DAY) / SECONDS_PER_HOUR) * SECONDS_PER_HOUR;
    const sent = deliveryDate <= now;
    const redeemedAt = sent && random.next() < 0.55 ? Math.min(now, deliveryDate + random.int(0, 20 * 24) * SECONDS_PER_HOUR) : null;
    platform.dev.insertGift({
      offerId,
      gifterId: random.pick(gifters),
      recipientEmail: `friend${random.int(1, Math.max(count, 10))}@example.org`,
      personalNote: random.pick(NOTES),
      createdAt,
      deliveryDate,
      sentAt: sent ? deliveryDate : null,
      redeemedAt,
      redeemMode: redeemedAt === null ? null : random.next() < 0.3 ? 'EXTEND' : 'NEW',
      accessEndsAt: redeemedAt === null ? null : addMonths(redeemedAt, period),
    });
  }
}
