import type { CustomerId, Offer, UnixSeconds } from '@giftkit/core';
import { GIFT_CODE_VALIDITY_DAYS } from '@giftkit/core';
import { createSessionToken, readSessionToken } from '../session';
import { Actor, type ActorDeps } from './actor';
import { Clock } from './clock';
import type { EngineContext, PlatformSettings } from './context';
import { DevControls } from './dev';
import { apiError } from './errors';
import { FaultRegistry } from './faults';
import { GiftIndex } from './operator/giftIndex';
import { Outbox } from './outbox';
import { IdFactory, SeededRandom } from './random';
import type { CustomerRecord } from './records';
import { processRenewals } from './renewals';
import { DeliveryScheduler } from './scheduler';
import { Store } from './store';
import { offerView } from './views';

/** Monday 2 March 2026, 09:30 UTC: the seeded "now" (a half hour, so "within the hour" shows). */
export const DEFAULT_NOW: UnixSeconds = 1_772_443_800;
export const DEFAULT_RANDOM_SEED = 20_260_302;
export const DEFAULT_REDEEM_URL = 'http://localhost:5173/subscribe/gift/activate';

export interface EngineOptions {
  /** Start of the clock, Unix seconds. @default DEFAULT_NOW (2026-03-02T09:30:00Z) */
  now?: UnixSeconds;
  /** Let the clock run with the wall clock (demo site). @default false */
  realTime?: boolean;
  /** Seed of the generator behind gift codes and synthetic data. @default DEFAULT_RANDOM_SEED */
  randomSeed?: number;
  /** Settings of the broadcaster's dashboard. */
  settings?: Partial<PlatformSettings>;
}

/**
 * The simulated subscription platform: one stateful engine (catalogue, customers,
 * subscriptions, orders, payments, gifts, coupons), a controllable clock with an hourly
 * delivery job, an outbox and fault switches. Plain TypeScript: no MSW, no React.
 */
export class Platform {
  readonly clock: Clock;
  readonly outbox = new Outbox();
  readonly faults = new FaultRegistry();
  /** Raw state, for dev tools and assertions; change it through `dev` rather than directly. */
  readonly store = new Store();
  readonly settings: PlatformSettings;
  readonly dev: DevControls;
  private readonly ctx: EngineContext;
  private readonly scheduler: DeliveryScheduler;
  private readonly giftIndex: GiftIndex;
  private readonly actorDeps: ActorDeps;
  private readonly revoked = new Set<string>();
  private lastCaughtUp: UnixSeconds;

  constructor(options: EngineOptions = {}) {
    this.clock = new Clock(options.now ?? DEFAULT_NOW, { realTime: options.realTime ?? false });
    this.settings = {
      redeemUrl: DEFAULT_REDEEM_URL,
      codeValidityDays: GIFT_CODE_VALIDITY_DAYS,
      publisherRestrictedCountries: [],
      taxRates: {},
      verifyFailureLimit: 10,
      verifyWindowSeconds: 15 * 60,
      ...options.settings,
    };
    const random = new SeededRandom(options.randomSeed ?? DEFAULT_RANDOM_SEED);
    this.ctx = {
      store: this.store,
      outbox: this.outbox,
      random,
      ids: new IdFactory(),
      settings: this.settings,
      now: () => this.clock.now(),
      schedule: (gift) => this.scheduler.track(gift),
      runScheduler: () => this.scheduler.run(this.clock.now()),
    };
    this.scheduler = new DeliveryScheduler(this.ctx);
    this.giftIndex = new GiftIndex(this.store);
    this.dev = new DevControls(this.ctx);
    this.actorDeps = { ctx: this.ctx, giftIndex: this.giftIndex, catchUp: () => this.catchUp() };
    this.lastCaughtUp = this.clock.now();
    this.clock.onChange(() => this.catchUp());
  }

  /** The platform's time, Unix seconds. */
  now(): UnixSeconds {
    return this.clock.now();
  }

  /** Moves time forward; due gifts are sent (in order) and subscriptions renew or lapse. */
  advanceBy(seconds: number): UnixSeconds {
    return this.clock.advanceBy(seconds);
  }

  advanceTo(instant: UnixSeconds): UnixSeconds {
    return this.clock.advanceTo(instant);
  }

  /** Runs the hourly job up to now. Called on every clock move and before every operation. */
  catchUp(): void {
    const now = this.clock.now();
    this.scheduler.run(now);
    if (now !== this.lastCaughtUp) {
      this.lastCaughtUp = now;
      processRenewals(this.ctx, now);
    }
  }

  /** Gifts waiting for their delivery hour. */
  get scheduledDeliveries(): number {
    return this.scheduler.size;
  }

  /** The public catalogue (no session needed). */
  listOffers(): Offer[] {
    this.catchUp();
    return [...this.store.offers.values()].map(offerView);
  }

  getOffer(offerId: string): Offer {
    this.catchUp();
    return offerView(this.store.offer(String(offerId)));
  }

  /** Acts as a customer (or operator). An unknown id is `UNAUTHORIZED`: nobody signed in as them. */
  as(customerId: CustomerId): Actor {
    const customer = this.store.customers.get(String(customerId));
    if (!customer) throw apiError('UNAUTHORIZED', 'Unknown customer: sign in again.');
    return new Actor(this.actorDeps, customer);
  }

  /** A session token for a customer of this platform, with their email and role. */
  sessionToken(customerId: CustomerId, options: { expiresIn?: number } = {}): string {
    const customer = this.store.customer(customerId);
    const now = this.clock.now();
    return createSessionToken(customer.id, {
      email: customer.email,
      role: customer.role,
      iat: now,
      ...(options.expiresIn === undefined ? {} : { exp: now + options.expiresIn }),
    });
  }

  /** The customer behind a bearer token; `UNAUTHORIZED` when missing, unknown, revoked or expired. */
  authenticate(token: string | null | undefined): CustomerRecord {
    if (!token) throw apiError('UNAUTHORIZED', 'Sign in to continue.');
    const claims = readSessionToken(token);
    const customer = claims ? this.store.customers.get(claims.customerId) : undefined;
    if (!claims || !customer || this.revoked.has(token)) throw apiError('UNAUTHORIZED', 'This session is not valid: sign in again.');
    if (claims.exp !== undefined && claims.exp <= this.clock.now()) throw apiError('UNAUTHORIZED', 'This session has expired: sign in again.');
    return customer;
  }

  /** Ends a session: the token answers 401 from now on (to test `onUnauthorized`). */
  revokeToken(token: string): void {
    this.revoked.add(token);
  }
}
