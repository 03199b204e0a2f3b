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
