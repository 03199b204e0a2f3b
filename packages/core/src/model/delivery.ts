import type { UnixSeconds } from './ids';

/**
 * What a gifter chooses for delivery. The wire's three fields are required; the
 * extension fields travel with them when known.
 */
export interface DeliveryDetails {
  recipientEmail: string;
  /** Unix seconds of the delivery hour. */
  deliveryDate: UnixSeconds;
  /** Plain text, at most 255 characters; may be empty. */
  personalNote: string;
  /** *(ext)* How the gifter named the recipient. */
  recipientName?: string;
  /** *(ext)* IANA zone the delivery hour was chosen in (the edit window follows it). */
  timeZone?: string;
}
