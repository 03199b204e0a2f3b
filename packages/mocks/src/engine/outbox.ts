import type { GiftId, UnixSeconds } from '@giftkit/core';
import type { Email, EmailKind } from './records';

/** Every email the platform "sent", oldest first. */
export class Outbox {
  private readonly emails: Email[] = [];
  private counter = 0;

  add(email: Omit<Email, 'id'>): Email {
    this.counter += 1;
    const stored: Email = { ...email, id: `email_${String(this.counter).padStart(6, '0')}` };
    this.emails.push(stored);
    return { ...stored };
  }

  /** Copies, so a test cannot change what was sent. */
  all(): Email[] {
    return this.emails.map((email) => ({ ...email }));
  }

  /** Emails to one address (compared case-insensitively), oldest first. */
  to(address: string): Email[] {
    const wanted = address.trim().toLowerCase();
    return this.all().filter((email) => email.to.toLowerCase() === wanted);
  }

  byKind(kind: EmailKind): Email[] {
    return this.all().filter((email) => email.kind === kind);
  }

  forGift(giftId: GiftId): Email[] {
    return this.all().filter((email) => email.giftId === giftId);
  }

  /** The newest email, optionally to one address. */
  latest(address?: string): Email | undefined {
    const list = address === undefined ? this.all() : this.to(address);
    return list[list.length - 1];
  }

  get size(): number {
    return this.emails.length;
  }

  clear(): void {
    this.emails.length = 0;
  }
}

/** `<redeemUrl>?giftCode=XXXX-XXXX`, keeping any query the redeem page URL already has. */
export function redeemLink(redeemUrl: string, code: string): string {
  const [base = '', hash] = redeemUrl.split('#', 2);
  const separator = base.includes('?') ? '&' : '?';
  return `${base}${separator}giftCode=${encodeURIComponent(code)}${hash === undefined ? '' : `#${hash}`}`;
}

/** A date as a person reads it in their own zone (`2 March 2026 at 10:00 CET`). */
export function formatInstant(instant: UnixSeconds, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'long', timeStyle: 'short' }).format(new Date(instant * 1000)) + ` (${timeZone})`;
}
