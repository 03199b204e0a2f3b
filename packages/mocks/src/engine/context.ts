import type { UnixSeconds } from '@giftkit/core';
import type { Outbox } from './outbox';
import type { GiftRecord } from './records';
import type { IdFactory, SeededRandom } from './random';
import type { Store } from './store';

/** Platform-wide settings (the broadcaster's dashboard, in Cleeng's words). */
export interface PlatformSettings {
  /** The redeem page the invitation links to; `?giftCode=` is appended. */
  redeemUrl: string;
  /** Days an unredeemed code works after it was sent. */
  codeValidityDays: number;
  /** Countries where the broadcaster does not operate at all (`PUBLISHER_GEO_RESTRICTED`). */
  publisherRestrictedCountries: string[];
  /** VAT included in prices, by customer country (0 elsewhere). */
  taxRates: Record<string, number>;
  /** Failed verifications allowed per customer within `verifyWindowSeconds` (rule 7). */
  verifyFailureLimit: number;
  verifyWindowSeconds: number;
}

/** What every engine operation works with. */
export interface EngineContext {
  readonly store: Store;
  readonly outbox: Outbox;
  readonly random: SeededRandom;
  readonly ids: IdFactory;
  readonly settings: PlatformSettings;
  now(): UnixSeconds;
  /** Puts a gift (new, or edited) on the delivery schedule. */
  schedule(gift: GiftRecord): void;
  /** Sends every gift whose time has come (called after purchases, edits and clock moves). */
  runScheduler(): void;
}
