import { SECONDS_PER_DAY, type CouponRefusal, type CustomerId, type RedeemRefusalReason } from '@giftkit/core';
import { createPlatform, type PlatformOptions } from '../createPlatform';
import type { Platform } from '../engine/platform';
import { seed } from '../seed';
import { localHourFromNow } from '../seed/gifts';
import { buyGift, currentHour } from './flows';
import { addManyGifts, type ManyGiftsOptions } from './manyGifts';
import type { Scenario } from './types';

export type { Scenario } from './types';
export type { ManyGiftsOptions } from './manyGifts';
export { addManyGifts } from './manyGifts';

const c = seed.customers;
const o = seed.offers;
const DAY = SECONDS_PER_DAY;

function scenario(name: string, description: string, platform: Platform, customerId: CustomerId | null, extra: Partial<Scenario> = {}): Scenario {
  return { name, description, platform, customerId, token: customerId === null ? null : platform.sessionToken(customerId), ...extra };
}

function couponRefusal(reason: CouponRefusal, name: string) {
  return (options?: PlatformOptions): Scenario => {
    const { code, customerId, offerId } = seed.couponRefusals[reason];
    return scenario(name, `Checkout as a gift with ${code}: refused with ${reason}.`, createPlatform(options), customerId, { offerId, couponCode: code, buyAsAGift: true });
  };
}

function couponAccepted(name: string, code: string, customerId: CustomerId, offerId: string, buyAsAGift: boolean, description: string) {
  return (options?: PlatformOptions): Scenario =>
    scenario(name, description, createPlatform(options), customerId, { offerId, couponCode: code, buyAsAGift });
}

function redemptionRefusal(reason: RedeemRefusalReason, name: string) {
  return (options?: PlatformOptions): Scenario => {
    const { code, customerId } = seed.redemptionRefusals[reason];
    return scenario(name, `Redeem ${code}: refused with ${reason}.`, createPlatform(options), customerId, { giftCode: code });
  };
}

function checkout(name: string, customerId: CustomerId, offerId: string, buyAsAGift: boolean, description: string) {
  return (options?: PlatformOptions): Scenario => scenario(name, description, createPlatform(options), customerId, { offerId, buyAsAGift });
}

/**
 * Every state a story or a test of the flows needs, each a fresh platform. Call with
 * `PlatformOptions` to change the clock (e.g. `{ realTime: true }` for a demo).
 *
 * @example
 * const { platform, token, giftCode } = scenarios.giftReadyToRedeem();
 */
export const scenarios = {
  /** The full seed, signed in as the gifter. */
  default: (options?: PlatformOptions) => scenario('default', 'The full seed, signed in as the gifter (Alice).', createPlatform(options), c.gifter.id),
  /** Catalogue, people and codes, but no gift anywhere: empty "my gifts". */
  empty: (options?: PlatformOptions) =>
    scenario('empty', 'No gifts bought yet; signed in as the gifter.', createPlatform({ ...options, seed: 'catalog' }), c.gifter.id),
  /** The full seed with nobody signed in (the host's login is asked for). */
  signedOut: (options?: PlatformOptions) => scenario('signedOut', 'Nobody signed in.', createPlatform(options), null, { offerId: o.footballAnnual }),
  /** Signed in with a session the platform has revoked: every call answers 401. */
  sessionExpired: (options?: PlatformOptions) => {
    const s = scenario('sessionExpired', 'The gifter’s session was revoked: every call answers 401.', createPlatform(options), c.gifter.id);
    if (s.token) s.platform.revokeToken(s.token);
    return s;
  },

  // Checkout
  checkoutGift: checkout('checkoutGift', c.gifter.id, o.footballAnnual, true, 'Alice buys Football Annual as a gift.'),
  checkoutForMyself: checkout('checkoutForMyself', c.newRecipient.id, o.footballMonthly, false, 'Bob (first purchase) buys Football Monthly for himself.'),
  checkoutAlreadySubscribed: checkout('checkoutAlreadySubscribed', c.gifter.id, o.footballMonthly, true, 'Alice has Football Monthly: only "as a gift" is possible.'),
  checkoutNotGiftable: checkout('checkoutNotGiftable', c.gifter.id, o.docsWeekly, false, 'A weekly offer: never giftable.'),
  checkoutGiftingDisabled: checkout('checkoutGiftingDisabled', c.gifter.id, o.kidsMonthly, false, 'The operator turned the gift flag off.'),
  checkoutInactiveOffer: checkout('checkoutInactiveOffer', c.gifter.id, o.classicsAnnual, false, 'An offer that ended: cannot be bought.'),
  checkoutPass: checkout('checkoutPass', c.gifter.id, o.festivalPass, false, 'A pass: for myself only.'),

  // Coupons that apply
  couponPercent: couponAccepted('couponPercent', seed.codes.percent20, c.gifter.id, o.footballAnnual, true, '−20 % for 3 months on a gift.'),
  couponOnce: couponAccepted('couponOnce', seed.codes.percentOnce, c.gifter.id, o.footballAnnual, true, '−10 % once.'),
  couponForever: couponAccepted('couponForever', seed.codes.percentForever, c.newRecipient.id, o.footballMonthly, false, '−15 % forever on Bob’s own subscription.'),
  couponAmountOff: couponAccepted('couponAmountOff', seed.codes.amountOff, c.gifter.id, o.footballAnnual, true, '−5.00 EUR.'),
  couponFree: couponAccepted('couponFree', seed.codes.free, c.gifter.id, o.footballAnnual, true, '−100 %: nothing to pay, no payment details.'),
  couponMinimumAmount: couponAccepted('couponMinimumAmount', seed.codes.minimumAmount, c.gifter.id, o.footballAnnual, true, '−25 % above 50 EUR: Football Annual qualifies.'),
  couponFirstPurchase: couponAccepted('couponFirstPurchase', seed.codes.firstPurchaseOnly, c.newRecipient.id, o.footballMonthly, false, 'Bob’s first purchase with the welcome code.'),
  // Coupons refused, one per reason, in the order the checks run
  couponNotFound: couponRefusal('COUPON_NOT_FOUND', 'couponNotFound'),
  couponInactive: couponRefusal('COUPON_INACTIVE', 'couponInactive'),
  couponExpired: couponRefusal('COUPON_EXPIRED', 'couponExpired'),
  couponLimitReached: couponRefusal('COUPON_LIMIT_REACHED', 'couponLimitReached'),
  couponOtherCustomer: couponRefusal('COUPON_CUSTOMER_MISMATCH', 'couponOtherCustomer'),
  couponFirstPurchaseOnly: couponRefusal('COUPON_FIRST_TIME_ONLY', 'couponFirstPurchaseOnly'),
  couponMinimumNotMet: couponRefusal('COUPON_MINIMUM_NOT_MET', 'couponMinimumNotMet'),
  couponNotForThisOffer: couponRefusal('COUPON_NOT_APPLICABLE', 'couponNotForThisOffer'),
  couponCurrencyMismatch: couponRefusal('COUPON_CURRENCY_MISMATCH', 'couponCurrencyMismatch'),

  // Redeem
  giftReadyToRedeem: (options?: PlatformOptions) =>
    scenario('giftReadyToRedeem', 'Bob redeems a Football Monthly gift: a NEW subscription.', createPlatform(options), c.newRecipient.id, {
      giftCode: seed.giftCodes.readyToRedeem,
      giftId: seed.gifts.readyToRedeem,
    }),
  giftToExtend: (options?: PlatformOptions) =>
    scenario('giftToExtend', 'Carol redeems Volleyball Annual: her Volleyball Monthly is EXTENDed by a year.', createPlatform(options), c.extendRecipient.id, {
      giftCode: seed.giftCodes.toExtend,
      giftId: seed.gifts.toExtend,
      subscriptionId: seed.subscriptions.extendRecipientVolleyball,
    }),
  /** Two gifts from two gifters, both delivered, both extending Carol's subscription. */
  twoStackedGifts: (options?: PlatformOptions) => {
    const platform = createPlatform({ ...options, seed: 'catalog' });
    const details = (note: string) => ({ recipientEmail: c.extendRecipient.email, deliveryDate: currentHour(platform), personalNote: note });
    const first = buyGift(platform, { gifterId: c.gifter.id, offerId: o.volleyballAnnual, details: details('From Alice') });
    const second = buyGift(platform, { gifterId: c.secondGifter.id, offerId: o.volleyballMonthly, details: details('From George') });
    platform.advanceBy(3600); // the hourly job sends both
    const codes = [first, second].map((payment) => platform.dev.gift(payment.giftId ?? '').code ?? '');
    return scenario('twoStackedGifts', 'Carol holds a Volleyball Annual gift (Alice) and a Volleyball Monthly gift (George): +13 months.', platform, c.extendRecipient.id, {
      giftCodes: codes,
      giftCode: codes[0],
      subscriptionId: seed.subscriptions.extendRecipientVolleyball,
    });
  },
  redeemSignedOut: (options?: PlatformOptions) =>
    scenario('redeemSignedOut', 'A redeemable code, nobody signed in.', createPlatform(options), null, { giftCode: seed.giftCodes.readyToRedeem }),
  giftAlreadyRedeemed: redemptionRefusal('REDEEMED', 'giftAlreadyRedeemed'),
  giftExpired: redemptionRefusal('EXPIRED', 'giftExpired'),
  giftNotFound: redemptionRefusal('NOT_FOUND', 'giftNotFound'),
  giftNotYetDelivered: redemptionRefusal('NOT_YET_DELIVERED', 'giftNotYetDelivered'),
  giftOfferInactive: redemptionRefusal('INACTIVE_OFFER', 'giftOfferInactive'),
  giftOfferGeoRestricted: redemptionRefusal('OFFER_GEO_RESTRICTED', 'giftOfferGeoRestricted'),
  giftPublisherGeoRestricted: redemptionRefusal('PUBLISHER_GEO_RESTRICTED', 'giftPublisherGeoRestricted'),
  giftExternallyManaged: redemptionRefusal('EXTERNALLY_MANAGED_SUBSCRIPTION', 'giftExternallyManaged'),
  giftRenewalInProgress: redemptionRefusal('RECURRING_PROCESS_ALREADY_STARTED', 'giftRenewalInProgress'),
  giftTwoMatchingSubscriptions: redemptionRefusal('MORE_THAN_ONE_MATCHING_SUBSCRIPTION', 'giftTwoMatchingSubscriptions'),

  // My gifts
  /** Alice's gifts in every status, editable and locked for each reason. */
  myGiftsEveryStatus: (options?: PlatformOptions) => {
    const platform = createPlatform({ ...options, seed: 'catalog' });
    const now = platform.now();
    const tz = c.gifter.timeZone;
    const hour = (t: number) => Math.floor(t / 3600) * 3600;
    const gift = (offerId: string, recipientEmail: string, extra: Partial<Parameters<Platform['dev']['insertGift']>[0]>) =>
      platform.dev.insertGift({ offerId, gifterId: c.gifter.id, recipientEmail, personalNote: 'With love', timeZone: tz, deliveryDate: now, ...extra }).id;
    const giftIds = {
      scheduled: gift(o.footballAnnual, 'paul@example.com', { createdAt: now - DAY, deliveryDate: localHourFromNow(now, 10, 9, tz), recipientName: 'Paul' }),
      sendingSoon: gift(o.cinemaQuarterly, 'zoe@example.com', { createdAt: now - 2 * DAY, deliveryDate: localHourFromNow(now, 0, 20, tz) }),
      sent: gift(o.volleyballMonthly, 'marc@example.com', { createdAt: now - 3 * DAY, deliveryDate: hour(now - DAY), sentAt: hour(now - DAY) }),
      activated: gift(o.footballMonthly, c.newRecipient.email, { createdAt: now - 3 * DAY, deliveryDate: hour(now - 2 * DAY), sentAt: hour(now - 2 * DAY) }),
      completed: gift(o.footballMonthly, 'lea@example.com', {
        createdAt: now - 420 * DAY, deliveryDate: hour(now - 400 * DAY), sentAt: hour(now - 400 * DAY),
        redeemedAt: now - 399 * DAY, accessEndsAt: now - 368 * DAY, redeemMode: 'NEW',
      }),
      expired: gift(o.cinemaSemiannual, 'tom@example.com', { createdAt: now - 410 * DAY, deliveryDate: hour(now - 400 * DAY), sentAt: hour(now - 400 * DAY) }),
    };
    const activatedCode = platform.dev.gift(giftIds.activated).code ?? '';
    platform.as(c.newRecipient.id).redeemGift(activatedCode, { idempotencyKey: 'scenario-activated' });
    return scenario('myGiftsEveryStatus', 'Alice’s gifts: scheduled (editable), sending soon, sent, activated, completed, expired.', platform, c.gifter.id, { giftIds });
  },
  /** 5,000 gifts from Alice: pagination of "my gifts". */
  myGiftsMany: (options?: PlatformOptions) => {
    const platform = createPlatform({ ...options, seed: 'catalog' });
    addManyGifts(platform, 5000, { gifterId: c.gifter.id });
    return scenario('myGiftsMany', 'Alice bought 5,000 gifts over two years.', platform, c.gifter.id);
  },
  /** Bob's received gifts: one redeemed, one waiting. */
  receivedGifts: (options?: PlatformOptions) => {
    const platform = createPlatform(options);
    platform.as(c.newRecipient.id).redeemGift(seed.giftCodes.readyToRedeem, { idempotencyKey: 'scenario-received' });
    return scenario('receivedGifts', 'Bob redeemed one gift and has another waiting.', platform, c.newRecipient.id);
  },

  // Subscriptions and refunds
  switchBlocked: (options?: PlatformOptions) => {
    const platform = createPlatform(options);
    platform.as(c.extendRecipient.id).redeemGift(seed.giftCodes.toExtend, { idempotencyKey: 'scenario-switch' });
    return scenario('switchBlocked', 'Carol’s subscription was extended by a gift: switching it is refused.', platform, c.extendRecipient.id, {
      subscriptionId: seed.subscriptions.extendRecipientVolleyball,
      offerId: o.volleyballAnnual,
    });
  },
  refundBlocked: (options?: PlatformOptions) => {
    const platform = createPlatform(options);
    const transactionId = platform.store.gift(seed.gifts.readyToRedeem).transactionId ?? undefined;
    return scenario('refundBlocked', 'Alice asks for a refund of a gift purchase: refused.', platform, c.gifter.id, {
      ...(transactionId ? { transactionId } : {}),
      giftId: seed.gifts.readyToRedeem,
    });
  },

  // Operator
  operator: (options?: PlatformOptions) => scenario('operator', 'The full seed, signed in as the operator.', createPlatform(options), c.operator.id),
  /** `n` gifts from many gifters, signed in as the operator. */
  manyGifts: (count: number, options?: PlatformOptions & ManyGiftsOptions) => {
    const platform = createPlatform({ ...options, seed: 'catalog' });
    addManyGifts(platform, count, options);
    return scenario('manyGifts', `${count} gifts in every status.`, platform, options?.gifterId ?? c.operator.id);
  },
  operatorLarge: (options?: PlatformOptions) => {
    const platform = createPlatform({ ...options, seed: 'catalog' });
    addManyGifts(platform, 100_000);
    return scenario('operatorLarge', '100,000 gifts for the operator’s search, report and analytics.', platform, c.operator.id);
  },

  // Faults
  slowNetwork: (options?: PlatformOptions) => {
    const s = scenario('slowNetwork', 'Every endpoint answers after 1.5 s.', createPlatform(options), c.gifter.id);
    s.platform.faults.inject('*', { latencyMs: 1500 });
    return s;
  },
  verifyUnavailable: (options?: PlatformOptions) => {
    const s = scenarios.giftReadyToRedeem(options);
    s.platform.faults.inject('verifyGift', { status: 503 });
    return { ...s, name: 'verifyUnavailable', description: 'Verification answers 503.' };
  },
  verifyTimeout: (options?: PlatformOptions) => {
    const s = scenarios.giftReadyToRedeem(options);
    s.platform.faults.inject('verifyGift', { timeout: true });
    return { ...s, name: 'verifyTimeout', description: 'Verification never answers until the client gives up.' };
  },
  paymentServerErrorOnce: (options?: PlatformOptions) => {
    const s = scenarios.checkoutGift(options);
    s.platform.faults.inject('payOrder', { status: 500, times: 'once' });
    return { ...s, name: 'paymentServerErrorOnce', description: 'The first payment attempt answers 500; a retry with the same key succeeds.' };
  },
  malformedOffer: (options?: PlatformOptions) => {
    const s = scenarios.checkoutGift(options);
    s.platform.faults.inject('getOffer', { malformed: 'wrong-shape' });
    return { ...s, name: 'malformedOffer', description: 'The offer answer is not what the contract says.' };
  },
};

/** Scenarios that take no argument but options, by name (for a Storybook toolbar). */
export type ScenarioName = Exclude<keyof typeof scenarios, 'manyGifts'>;

export const SCENARIO_NAMES = (Object.keys(scenarios) as Array<keyof typeof scenarios>).filter(
  (name): name is ScenarioName => name !== 'manyGifts',
);

/** Builds a scenario by name. */
export function buildScenario(name: ScenarioName, options?: PlatformOptions): Scenario {
  return scenarios[name](options);
}
