/**
 * Identifiers are opaque strings in the domain. The wire may carry numbers (Cleeng does);
 * clients convert at their boundary so components never compare a number to a string.
 */
export type OfferId = string;
export type OrderId = string;
export type CustomerId = string;
export type GiftId = string;
export type SubscriptionId = string;
export type TransactionId = string;
export type PaymentId = string;

/** Unix time in **seconds**, as on the wire. */
export type UnixSeconds = number;

/** An ISO 4217 currency code, e.g. `"EUR"`. */
export type CurrencyCode = string;
