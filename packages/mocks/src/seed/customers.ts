import type { CustomerRecord } from '../engine/records';

/**
 * The seeded people, one per situation a flow must handle. Ids and emails are stable:
 * stories and tests refer to them through `seed.customers`.
 */
export const SEED_CUSTOMERS = {
  /** Buys gifts; subscribed to Football Monthly herself (so *for myself* is refused on it); card on file. */
  gifter: { id: 'cus_alice', email: 'alice.gifter@example.com', name: 'Alice Martin', country: 'FR', timeZone: 'Europe/Paris', role: 'customer' },
  /** A second gifter (stacking from two gifters); card on file, no purchases yet. */
  secondGifter: { id: 'cus_george', email: 'george.gifter@example.com', name: 'George Keller', country: 'DE', timeZone: 'Europe/Berlin', role: 'customer' },
  /** No subscription, no card, never bought anything: a gift starts a NEW subscription. */
  newRecipient: { id: 'cus_bob', email: 'bob.new@example.com', name: 'Bob Nowak', country: 'PL', timeZone: 'Europe/Warsaw', role: 'customer' },
  /** Volleyball Monthly subscriber with a card: a Volleyball gift EXTENDs it. */
  extendRecipient: { id: 'cus_carol', email: 'carol.subscriber@example.com', name: 'Carol Dupont', country: 'FR', timeZone: 'Europe/Paris', role: 'customer' },
  /** Football Monthly billed by an app store: EXTERNALLY_MANAGED_SUBSCRIPTION. */
  appStoreSubscriber: { id: 'cus_dan', email: 'dan.appstore@example.com', name: 'Dan Ito', country: 'FR', timeZone: 'Europe/Paris', role: 'customer' },
  /** Cinema Club (3 months) with a renewal payment in progress: RECURRING_PROCESS_ALREADY_STARTED. */
  renewalInProgress: { id: 'cus_erin', email: 'erin.renewing@example.com', name: 'Erin Walsh', country: 'IE', timeZone: 'Europe/Dublin', role: 'customer' },
  /** Football Monthly and Football Annual at once: MORE_THAN_ONE_MATCHING_SUBSCRIPTION. */
  twoMatchingSubscriptions: { id: 'cus_frank', email: 'frank.twosubs@example.com', name: 'Frank Meyer', country: 'DE', timeZone: 'Europe/Berlin', role: 'customer' },
  /** In a country where the broadcaster does not operate: PUBLISHER_GEO_RESTRICTED. */
  restrictedCountry: { id: 'cus_hana', email: 'hana.abroad@example.com', name: 'Hana Suzuki', country: 'US', timeZone: 'America/New_York', role: 'customer' },
  /** In Switzerland, where Rugby Annual may not be shown: OFFER_GEO_RESTRICTED. */
  offerRestrictedCountry: { id: 'cus_ines', email: 'ines.swiss@example.com', name: 'Inès Favre', country: 'CH', timeZone: 'Europe/Zurich', role: 'customer' },
  /** Redeemed a Cinema Club (6 months) gift a month ago; no card, so access will lapse. */
  pastRecipient: { id: 'cus_henry', email: 'henry.recipient@example.com', name: 'Henry Laurent', country: 'BE', timeZone: 'Europe/Brussels', role: 'customer' },
  /** The broadcaster's gift manager. */
  operator: { id: 'op_olivia', email: 'olivia.operator@giftkit.test', name: 'Olivia Roux', country: 'FR', timeZone: 'Europe/Paris', role: 'operator' },
} as const satisfies Record<string, CustomerRecord>;

export type SeedCustomerName = keyof typeof SEED_CUSTOMERS;

/** VAT included in prices, by country. */
export const SEED_TAX_RATES: Record<string, number> = { FR: 0.2, DE: 0.19, PL: 0.23, IE: 0.23, BE: 0.21, CH: 0.081, US: 0 };

/** The broadcaster does not operate in these countries. */
export const SEED_PUBLISHER_RESTRICTED_COUNTRIES = ['US'];
