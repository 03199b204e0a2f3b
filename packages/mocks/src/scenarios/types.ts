import type { CustomerId, GiftId, OfferId, SubscriptionId, TransactionId } from '@giftkit/core';
import type { Platform } from '../engine/platform';

/**
 * A platform in a named state, with who is signed in and what the flow works on. Stories
 * pass `createHandlers(s.platform)` to MSW and `s.token` (or `s.customerId`) to the provider.
 */
export interface Scenario {
  name: string;
  description: string;
  platform: Platform;
  /** Who the story is signed in as; `null` when signed out. */
  customerId: CustomerId | null;
  /** A session token for `customerId` (`Authorization: Bearer …`); `null` when signed out. */
  token: string | null;
  offerId?: OfferId;
  buyAsAGift?: boolean;
  couponCode?: string;
  giftCode?: string;
  /** Several codes, when the scenario is about more than one gift (stacking). */
  giftCodes?: string[];
  giftId?: GiftId;
  /** Named gifts of the scenario (e.g. `{ sendingSoon: 'gift_…' }`). */
  giftIds?: Record<string, GiftId>;
  subscriptionId?: SubscriptionId;
  transactionId?: TransactionId;
}
