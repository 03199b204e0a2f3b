import {
  GIFT_CODE_PATTERN,
  toMinorUnits,
  type Coupon,
  type CustomerId,
  type Gift,
  type Offer,
  type PromotionCode,
  type RedeemMode,
  type UnixSeconds,
} from '@giftkit/core';
import type { EngineContext, PlatformSettings } from './context';
import { notFound } from './errors';
import { uniqueGiftCode } from './purchases';
import type { CustomerRecord, SubscriptionRecord } from './records';
import { sendGift } from './scheduler';
import { giftView } from './views';

/** A gift placed directly into history (seeds and scenarios); no payment flow, no emails. */
export interface GiftSeed {
  offerId: string;
  gifterId: CustomerId;
  recipientEmail: string;
  deliveryDate: UnixSeconds;
  personalNote?: string;
  recipientName?: string;
  timeZone?: string;
  /** Fixed id and code for well-known seed gifts; generated (seeded) otherwise. */
  id?: string;
  code?: string;
  createdAt?: UnixSeconds;
  sentAt?: UnixSeconds | null;
  /** Defaults to `sentAt` + the code validity. */
  expiresAt?: UnixSeconds | null;
  redeemedAt?: UnixSeconds | null;
  redeemedBy?: CustomerId | null;
  redeemMode?: RedeemMode | null;
  subscriptionId?: string | null;
  accessEndsAt?: UnixSeconds | null;
  /** Defaults to the offer's price. */
  paidMinor?: number;
  /** Record the gifter's purchase transaction (default `true`). */
  transaction?: boolean;
}

export type SubscriptionSeed = Pick<SubscriptionRecord, 'customerId' | 'offerId' | 'expiresAt'> &
  Partial<Omit<SubscriptionRecord, 'customerId' | 'offerId' | 'expiresAt'>>;

/**
 * Dev controls: put the platform in any state directly (seeds, scenarios, stories), bypassing
 * the customer-facing rules on purpose. The flows themselves always go through `Actor`.
 */
export class DevControls {
  constructor(private readonly ctx: EngineContext) {}

  setSettings(settings: Partial<PlatformSettings>): void {
    Object.assign(this.ctx.settings, settings);
  }

  addOffer(offer: Offer): Offer {
    this.ctx.store.offers.set(offer.id, structuredClone(offer));
    return offer;
  }

  /** E.g. `updateOffer(id, { active: false })` to end an offer after gifts were sold. */
  updateOffer(offerId: string, patch: Partial<Omit<Offer, 'id'>>): void {
    Object.assign(this.ctx.store.offer(offerId), structuredClone(patch));
    this.ctx.store.giftsVersion += 1; // titles and periods are indexed
  }

  addCustomer(customer: Omit<CustomerRecord, 'role'> & { role?: CustomerRecord['role'] }): CustomerRecord {
    const record: CustomerRecord = { role: 'customer', ...customer };
    this.ctx.store.addCustomer(record);
    return record;
  }

  addPaymentMethod(customerId: CustomerId, card: { brand?: string; last4?: string } = {}): void {
    const id = this.ctx.ids.next('pm');
    this.ctx.store.paymentMethods.set(id, { id, customerId, brand: card.brand ?? 'visa', last4: card.last4 ?? '4242' });
  }

  removePaymentMethods(customerId: CustomerId): void {
    for (const [id, method] of this.ctx.store.paymentMethods) if (method.customerId === customerId) this.ctx.store.paymentMethods.delete(id);
  }

  addSubscription(seed: SubscriptionSeed): SubscriptionRecord {
    const record: SubscriptionRecord = {
      id: seed.id ?? this.ctx.ids.next('sub'),
      status: 'active',
      createdAt: this.ctx.now(),
      createdByGift: false,
      extendedByGift: false,
      externallyManaged: false,
      recurringInProgress: false,
      ...seed,
    };
    this.ctx.store.subscriptions.set(record.id, record);
    return record;
  }

  updateSubscription(subscriptionId: string, patch: Partial<Omit<SubscriptionRecord, 'id'>>): void {
    const record = this.ctx.store.subscriptions.get(subscriptionId);
    if (!record) throw notFound('Subscription');
    Object.assign(record, patch);
  }

  /** A past purchase in the customer's history (so they are no longer a first-time buyer). */
  addTransaction(customerId: CustomerId, offerId: string, date: UnixSeconds, targetId: string): void {
    const offer = this.ctx.store.offer(offerId);
    this.ctx.store.addTransaction({
      id: this.ctx.ids.next('txn'),
      customerId,
      date,
      offerId,
      totalMinor: toMinorUnits(offer.price.amount, offer.price.currency),
      currency: offer.price.currency,
      targetType: 'subscriptionId',
      targetId,
      refunded: false,
    });
  }

  addCoupon(coupon: Coupon): void {
    this.ctx.store.coupons.set(coupon.id, { ...coupon });
  }

  addPromotionCode(code: PromotionCode): void {
    this.ctx.store.promotionCodes.set(code.id, { ...code });
  }

  /** Places a gift in any state. Unsent gifts join the delivery schedule. */
  insertGift(seed: GiftSeed): { id: string; code: string } {
    const { store } = this.ctx;
    const offer = store.offer(seed.offerId);
    const gifter = store.customer(seed.gifterId);
    if (seed.code !== undefined && !GIFT_CODE_PATTERN.test(seed.code)) throw new RangeError(`Not a gift code: ${seed.code}`);
    const createdAt = seed.createdAt ?? this.ctx.now();
    const sentAt = seed.sentAt ?? null;
    const paidMinor = seed.paidMinor ?? toMinorUnits(offer.price.amount, offer.price.currency);
    const id = seed.id ?? this.ctx.ids.next('gift');
    const transactionId = seed.transaction === false ? null : this.ctx.ids.next('txn');
    const gift = store.addGift({
      id,
      code: seed.code ?? uniqueGiftCode(this.ctx),
      offerId: offer.id,
      gifterId: gifter.id,
      orderId: null,
      transactionId,
      details: {
        recipientEmail: seed.recipientEmail,
        deliveryDate: seed.deliveryDate,
        personalNote: seed.personalNote ?? '',
        ...(seed.recipientName === undefined ? {} : { recipientName: seed.recipientName }),
        timeZone: seed.timeZone ?? gifter.timeZone,
      },
      timeZone: seed.timeZone ?? gifter.timeZone,
      createdAt,
      scheduledAt: createdAt,
      sentAt,
      expiresAt: seed.expiresAt !== undefined ? seed.expiresAt : sentAt === null ? null : sentAt + this.ctx.settings.codeValidityDays * 86_400,
      redeemedAt: seed.redeemedAt ?? null,
      redeemedBy: seed.redeemedBy ?? null,
      redeemMode: seed.redeemMode ?? (seed.redeemedAt == null ? null : 'NEW'),
      subscriptionId: seed.subscriptionId ?? null,
      accessEndsAt: seed.accessEndsAt ?? null,
      paidMinor,
      currency: offer.price.currency,
    });
    if (transactionId) {
      store.addTransaction({
        id: transactionId,
        customerId: gifter.id,
        date: createdAt,
        offerId: offer.id,
        totalMinor: paidMinor,
        currency: offer.price.currency,
        targetType: 'giftId',
        targetId: gift.id,
        refunded: false,
      });
    }
    this.ctx.schedule(gift);
    return { id: gift.id, code: gift.code };
  }

  /** Sends a gift at once (an operator's "resend now"), whatever its delivery date. */
  sendGiftNow(giftId: string): Gift {
    const gift = this.ctx.store.gift(giftId);
    if (gift.sentAt == null) sendGift(this.ctx, gift, this.ctx.now());
    return giftView(this.ctx.store, gift, this.ctx.now(), 'operator');
  }

  /** A gift with its code, as the operator sees it. */
  gift(giftId: string): Gift {
    return giftView(this.ctx.store, this.ctx.store.gift(giftId), this.ctx.now(), 'operator');
  }

  giftByCode(code: string): Gift | undefined {
    const gift = this.ctx.store.giftsByCode.get(code);
    return gift ? giftView(this.ctx.store, gift, this.ctx.now(), 'operator') : undefined;
  }

  /** A subscription as its owner sees it. */
  subscription(subscriptionId: string): SubscriptionRecord {
    const record = this.ctx.store.subscriptions.get(subscriptionId);
    if (!record) throw notFound('Subscription');
    return { ...record };
  }

  coupon(couponId: string): Coupon | undefined {
    const coupon = this.ctx.store.coupons.get(couponId);
    return coupon ? { ...coupon } : undefined;
  }

  promotionCode(code: string): PromotionCode | undefined {
    const wanted = code.trim().toUpperCase();
    const promo = [...this.ctx.store.promotionCodes.values()].find((p) => p.code.toUpperCase() === wanted);
    return promo ? { ...promo } : undefined;
  }
}
