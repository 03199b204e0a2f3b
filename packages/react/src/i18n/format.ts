import type { UnixSeconds } from '@giftkit/core';

/** Locale-aware formatting through `Intl` (never hand-built strings). */
export interface Formatters {
  locale: string;
  /** Money in major units, as the wire carries it. */
  money(amount: number, currency: string): string;
  /** A date and time in a given zone (default: the viewer's). */
  dateTime(instant: UnixSeconds, options?: { timeZone?: string; withZone?: boolean }): string;
  date(instant: UnixSeconds, options?: { timeZone?: string }): string;
  /**
   * A wall-clock date and hour with no time zone (`2026-03-29` at 2 → “March 29, 2026 at
   * 2:00 AM”), for local times that may not exist as an instant (a DST gap).
   * @example format.wallTime('2026-03-29', 2)
   */
  wallTime(date: string, hour: number): string;
  /** `18:00` or `6:00 PM` for an hour of the day. */
  hour(hour: number): string;
  number(value: number): string;
  percent(ratio: number): string;
}

const WALL_TIME: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' };
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const WITH_ZONE: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };

export function createFormatters(locale: string): Formatters {
  const safe = (fn: () => string, fallback: string) => {
    try {
      return fn();
    } catch {
      return fallback; // an unknown zone or currency must never blank a screen
    }
  };
  return {
    locale,
    money: (amount, currency) =>
      safe(() => new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount), `${amount} ${currency}`),
    dateTime: (instant, options = {}) =>
      safe(
        () =>
          new Intl.DateTimeFormat(locale, {
            // `dateStyle` cannot be combined with `timeZoneName`, so spell the parts out.
            ...(options.withZone ? WITH_ZONE : { dateStyle: 'medium', timeStyle: 'short' }),
            ...(options.timeZone ? { timeZone: options.timeZone } : {}),
          }).format(instant * 1000),
        new Date(instant * 1000).toISOString(),
      ),
    date: (instant, options = {}) =>
      safe(
        () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(options.timeZone ? { timeZone: options.timeZone } : {}) }).format(instant * 1000),
        new Date(instant * 1000).toISOString().slice(0, 10),
      ),
    wallTime: (date, hour) =>
      safe(() => {
        const day = CALENDAR_DAY.exec(date);
        if (!day) throw new RangeError(date);
        // Read as UTC and shown in UTC: the digits come back as given, whatever the viewer's zone.
        return new Intl.DateTimeFormat(locale, WALL_TIME).format(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), hour));
      }, `${date} ${hour}:00`),
    hour: (hour) =>
      safe(() => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, hour)), `${hour}:00`),
    number: (value) => safe(() => new Intl.NumberFormat(locale).format(value), String(value)),
    percent: (ratio) => safe(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio), `${ratio * 100}%`),
  };
}
