/**
 * @giftkit/core: the domain of gift subscriptions. Types, the `GiftsApi` interface, the
 * typed error, and every business rule as a pure function. No React, no network, no DOM.
 */
export type * from './model/ids';
export type * from './model/offer';
export type * from './model/delivery';
export type * from './model/order';
export type * from './model/transaction';
export type * from './model/subscription';
export type * from './model/coupon';
export type * from './model/gift';
export type * from './model/operator';

export * from './errors';
export * from './api';

export * from './rules/time';
export * from './rules/money';
export * from './rules/offers';
export * from './rules/schedule';
export * from './rules/editWindow';
export * from './rules/giftCode';
export * from './rules/redemption';
export * from './rules/status';
export * from './rules/coupons';
export * from './rules/validation';
export * from './rules/afterPurchase';
export * from './rules/verificationThrottle';
