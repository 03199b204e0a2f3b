import type { Platform } from '../engine/platform';
import { SEED_CARDS, SEED_CHALLENGE_RESPONSES } from './cards';
import { SEED_SUBSCRIPTIONS, seedCatalog } from './catalog';
import { SEED_CODES, SEED_COUPON_REFUSALS } from './coupons';
import { SEED_CUSTOMERS, SEED_PUBLISHER_RESTRICTED_COUNTRIES } from './customers';
import { SEED_GIFT_CODES, SEED_GIFTS, SEED_REDEMPTION_REFUSALS, seedGifts } from './gifts';
import { SEED_OFFERS } from './offers';

/**
 * The seed's well-known ids, emails, codes and cards. Everything is deterministic, so a story
 * or test can name what it needs: `seed.customers.gifter.id`, `seed.codes.percent20`.
 */
export const seed = {
  customers: SEED_CUSTOMERS,
  offers: SEED_OFFERS,
  subscriptions: SEED_SUBSCRIPTIONS,
  codes: SEED_CODES,
  giftCodes: SEED_GIFT_CODES,
  gifts: SEED_GIFTS,
  cards: SEED_CARDS,
  challengeResponses: SEED_CHALLENGE_RESPONSES,
  couponRefusals: SEED_COUPON_REFUSALS,
  redemptionRefusals: SEED_REDEMPTION_REFUSALS,
  publisherRestrictedCountries: SEED_PUBLISHER_RESTRICTED_COUNTRIES,
} as const;

/** How much of the seed to load: nothing, the catalogue and people, or also the seeded gifts. */
export type SeedLevel = 'none' | 'catalog' | 'full';

export function applySeed(platform: Platform, level: SeedLevel): void {
  if (level === 'none') return;
  seedCatalog(platform);
  if (level === 'full') seedGifts(platform);
}
