/**
 * @giftkit/mocks: the simulated subscription platform. One stateful engine (clock, outbox,
 * seeded data, scenarios, fault switches), MSW handlers speaking the wire contract over it,
 * and an in-memory `GiftsApi`. Browser-safe and free of side effects at import; the socket
 * server lives in `@giftkit/mocks/node`.
 */
export { Platform, DEFAULT_NOW, DEFAULT_RANDOM_SEED, DEFAULT_REDEEM_URL } from './engine/platform';
export type { EngineOptions } from './engine/platform';
export { createPlatform } from './createPlatform';
export type { PlatformOptions } from './createPlatform';
export type { Actor } from './engine/actor';
export type { Clock, ClockListener } from './engine/clock';
export type { Outbox } from './engine/outbox';
export { redeemLink } from './engine/outbox';
export type { DevControls, GiftSeed, SubscriptionSeed } from './engine/dev';
export type { PlatformSettings } from './engine/context';
export type { CustomerRecord, CustomerRole, Email, EmailKind, SubscriptionRecord } from './engine/records';
export type { Endpoint, FaultSpec, MalformedKind, FaultRegistry } from './engine/faults';
export { HTTP_STATUS_BY_CODE } from './engine/errors';
export { COUPON_REFUSAL_MESSAGES } from './engine/pricing';
export { REDEEM_REFUSAL_MESSAGES } from './engine/redemption';
export { EDIT_LOCK_MESSAGES } from './engine/gifts';
export { TEST_CARDS, CHALLENGE_RESPONSES } from './engine/testCards';
export { GIFT_REPORT_COLUMNS } from './engine/operator/report';
export { deliveryDueAt } from './engine/scheduler';

export { seed, applySeed } from './seed';
export type { SeedLevel } from './seed';

export { createSessionToken, readSessionToken, bearerToken } from './session';
export type { SessionClaims } from './session';

export { createHandlers, DEFAULT_BASE_URL } from './handlers';
export type { HandlerOptions } from './handlers';

export { createInMemoryGiftsApi } from './inMemoryApi';
// One definition, in core: the in-memory and HTTP clients abort alike.
export { ABORTED_REASON } from '@giftkit/core';
export type { InMemoryGiftsApiOptions } from './inMemoryApi';

export { scenarios, SCENARIO_NAMES, buildScenario, addManyGifts } from './scenarios';
export type { Scenario, ScenarioName, ManyGiftsOptions } from './scenarios';
export { buyGift } from './scenarios/flows';

/** Types of `@giftkit/mocks/node` (the server itself is Node-only). */
export type { MockPlatformServer, StartMockPlatformOptions } from './serverTypes';
