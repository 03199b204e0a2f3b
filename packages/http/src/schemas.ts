/**
 * What the wire may answer, checked at the boundary (WIRE.md "Payloads"). Each schema's output
 * is the `@giftkit/core` domain type: ids become strings, absent nullable fields become `null`,
 * unknown keys are dropped so a newer platform does not break older components.
 */
import type {
  DeliveryDetails,
  Gift,
  GiftAnalytics,
  GiftRedemption,
  GiftVerification,
  Offer,
  Order,
  Page,
  Payment,
  ReceivedGift,
  Refund,
  Subscription,
  SubscriptionSwitch,
  Transaction,
} from '@giftkit/core';
import { z } from 'zod';

/** Cleeng sends numeric ids; the domain compares strings. */
const id = z.union([z.string().min(1), z.number()]).transform(String);

/** Values above 1e11 would be the year 5138 in seconds: far more likely milliseconds. */
const unixSeconds = z
  .number()
  .nonnegative()
  .refine((value) => value < 1e11, 'expected Unix seconds, got a value that looks like milliseconds');

/** A field the domain types as `T | null` that the wire may also leave out. */
const orNull = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);
/** A field the domain types as optional (`T | undefined`) that the wire may send as `null`. */
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined);

export const deliveryDetailsSchema = z.object({
  recipientEmail: z.string(),
  deliveryDate: unixSeconds,
  personalNote: z.string().nullish().transform((value) => value ?? ''),
  recipientName: optional(z.string()),
  timeZone: optional(z.string()),
}) satisfies z.ZodType<DeliveryDetails>;

export const offerSchema = z.object({
  id,
  title: z.string(),
  description: z.string().nullish().transform((value) => value ?? ''),
  price: z.object({ amount: z.number(), currency: z.string() }),
  type: z.enum(['subscription', 'pass', 'event', 'single']),
  billingCycle: orNull(z.object({ periodUnit: z.enum(['week', 'month', 'year', 'season']), amount: z.number() })),
  tags: z.array(z.string()),
  active: z.boolean(),
  giftable: z.boolean(),
  restrictedCountries: optional(z.array(z.string())),
}) satisfies z.ZodType<Offer>;

const discountDuration = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('once') }),
  z.object({ kind: z.literal('forever') }),
  z.object({ kind: z.literal('repeating'), months: z.number() }),
]);

export const orderSchema = z.object({
  id,
  offerId: id,
  customerId: id,
  buyAsAGift: z.boolean(),
  currency: z.string(),
  couponCode: orNull(z.string()),
  discount: z.object({
    applied: z.boolean(),
    type: z.enum(['coupon', 'trial', '']),
    periods: orNull(z.number()),
    duration: orNull(discountDuration),
  }),
  priceBreakdown: z.object({
    offerPrice: z.number(),
    discountAmount: z.number(),
    discountedPrice: z.number(),
    taxValue: z.number(),
  }),
  totalPrice: z.number(),
  requiredPaymentDetails: z.boolean(),
  deliveryDetails: deliveryDetailsSchema.nullish(),
}) satisfies z.ZodType<Order>;

export const paymentSchema = z.object({
  id,
  orderId: id,
  status: z.enum(['succeeded', 'declined', 'requires_action']),
  transactionId: orNull(id),
  giftId: id.nullish(),
  action: z.object({ type: z.literal('challenge'), challengeId: z.string() }).nullish(),
}) satisfies z.ZodType<Payment>;

export const transactionSchema = z.object({
  transactionId: id,
  transactionDate: unixSeconds,
  offerId: id,
  offerTitle: z.string(),
  totalPrice: z.number(),
  currency: z.string(),
  targetType: z.enum(['giftId', 'subscriptionId']),
  targetId: id,
}) satisfies z.ZodType<Transaction>;

export const subscriptionSchema = z.object({
  subscriptionId: id,
  offerId: id,
  status: z.enum(['active', 'cancelled', 'expired', 'paused']),
  expiresAt: unixSeconds,
  nextPaymentAt: orNull(unixSeconds),
  createdByGift: z.boolean(),
  extendedByGift: z.boolean(),
  hasPaymentMethod: z.boolean(),
  externallyManaged: optional(z.boolean()),
  recurringInProgress: optional(z.boolean()),
}) satisfies z.ZodType<Subscription>;

export const subscriptionSwitchSchema = z.object({
  subscriptionId: id,
  fromOfferId: id,
  toOfferId: id,
  status: z.enum(['switched', 'scheduled']),
}) satisfies z.ZodType<SubscriptionSwitch>;

export const refundSchema = z.object({
  transactionId: id,
  status: z.enum(['refunded', 'pending']),
}) satisfies z.ZodType<Refund>;

export const giftSchema = z.object({
  id,
  code: orNull(z.string()),
  offerId: id,
  deliveryDetails: deliveryDetailsSchema,
  sentAt: orNull(unixSeconds),
  redeemedAt: orNull(unixSeconds),
  createdAt: optional(unixSeconds),
  expiresAt: unixSeconds.nullish(),
  accessEndsAt: unixSeconds.nullish(),
  status: optional(z.enum(['standby', 'expired', 'activated', 'completed'])),
  gifterEmail: optional(z.string()),
  recipientName: z.string().nullish(),
  timeZone: optional(z.string()),
  offerTitle: optional(z.string()),
}) satisfies z.ZodType<Gift>;

const redeemMode = z.enum(['NEW', 'EXTEND']);

export const giftVerificationSchema = z.object({
  redeemable: z.boolean(),
  redeemMode: orNull(redeemMode),
  redeemRefusalReason: orNull(
    z.enum([
      'REDEEMED',
      'EXPIRED',
      'NOT_FOUND',
      'NOT_YET_DELIVERED',
      'INACTIVE_OFFER',
      'OFFER_GEO_RESTRICTED',
      'PUBLISHER_GEO_RESTRICTED',
      'EXTERNALLY_MANAGED_SUBSCRIPTION',
      'RECURRING_PROCESS_ALREADY_STARTED',
      'MORE_THAN_ONE_MATCHING_SUBSCRIPTION',
    ]),
  ),
  offerId: orNull(id),
  extendedSubscriptionId: orNull(id),
  currentExpiresAt: unixSeconds.nullish(),
  newExpiresAt: unixSeconds.nullish(),
}) satisfies z.ZodType<GiftVerification>;

export const giftRedemptionSchema = z.object({
  giftId: id,
  redeemMode,
  subscriptionId: id,
  offerId: id,
  expiresAt: unixSeconds,
  hasPaymentMethod: z.boolean(),
}) satisfies z.ZodType<GiftRedemption>;

export const receivedGiftSchema = z.object({
  giftId: id,
  offerId: id,
  offerTitle: z.string(),
  gifterEmail: z.string(),
  gifterName: z.string().nullish(),
  personalNote: z.string().nullish().transform((value) => value ?? ''),
  redeemedAt: orNull(unixSeconds),
  accessEndsAt: orNull(unixSeconds),
  redeemMode: orNull(redeemMode),
}) satisfies z.ZodType<ReceivedGift>;

const giftCounts = z.object({
  bought: z.number(),
  sent: z.number(),
  redeemed: z.number(),
  expired: z.number(),
  redemptionRate: z.number(),
  revenue: z.array(z.object({ currency: z.string(), amount: z.number() })),
});

export const giftAnalyticsSchema = z.object({
  totals: giftCounts,
  perOffer: z.array(giftCounts.extend({ offerId: id, offerTitle: z.string() })),
  perMonth: z.array(giftCounts.extend({ month: z.string().regex(/^\d{4}-\d{2}$/, 'expected YYYY-MM') })),
}) satisfies z.ZodType<GiftAnalytics>;

/** `{ items, totalCount }`. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), totalCount: z.number().int().nonnegative() }) satisfies z.ZodType<Page<z.output<T>>>;
}

/**
 * A plain list. WIRE.md does not say whether list endpoints answer an array or Cleeng's
 * `{ items }` page, so both are accepted.
 */
export function listOf<T extends z.ZodType>(item: T) {
  return z.union([z.array(item), z.object({ items: z.array(item) }).transform((page) => page.items)]);
}

/** The envelope around every JSON body: `{ responseData, errors }`. */
export function envelopeOf<T extends z.ZodType>(payload: T) {
  return z.object({ responseData: payload, errors: z.array(z.unknown()).optional() });
}
