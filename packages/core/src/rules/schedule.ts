import { CalendarDate, CalendarDateTime, fromAbsolute, toZoned } from '@internationalized/date';
import type { UnixSeconds } from '../model/ids';
import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from './time';

/** A gift may be scheduled at most this many days ahead (rule 4). */
export const MAX_DELIVERY_DAYS_AHEAD = 365;

/** What the gifter picks: a calendar day, a whole hour, and the zone they mean them in. */
export interface LocalDeliveryTime {
  /** `YYYY-MM-DD` */
  date: string;
  /** 0–23 */
  hour: number;
  /** IANA zone, e.g. `Europe/Paris`. */
  timeZone: string;
}

/** A wall-clock reading in some zone. */
export interface LocalDateTime {
  date: string;
  hour: number;
  minute: number;
  /** Offset from UTC in minutes at that instant (Kathmandu: 345). */
  offsetMinutes: number;
}

/**
 * How the local time mapped to an instant:
 * - `exact`: it exists once;
 * - `gap`: it does not exist (clocks jumped forward); we take the first instant after the
 *   jump, i.e. the same distance past the gap (02:00 in Paris on spring-forward → 03:00);
 * - `overlap`: it happens twice (clocks fell back); we take the first occurrence.
 */
export type DeliveryResolution = 'exact' | 'gap' | 'overlap';

export interface ResolvedDeliveryTime {
  deliveryDate: UnixSeconds;
  resolution: DeliveryResolution;
  requested: LocalDeliveryTime;
  /** What the clock on the wall will read at `deliveryDate`; differs from the request in a gap. */
  resolved: LocalDateTime;
}

export type ScheduleError = 'INVALID_DATE' | 'INVALID_HOUR' | 'INVALID_TIME_ZONE';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the runtime's `Intl` knows this IANA zone. */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.trim() === '' || timeZone !== timeZone.trim()) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** `YYYY-MM-DD` to a calendar date, or `null` when it is not a real day (2026-02-30). */
export function parseCalendarDate(date: string): CalendarDate | null {
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1970 || month < 1 || month > 12 || day < 1) return null;
  const value = new CalendarDate(year, month, day);
  // CalendarDate silently constrains out-of-range days; a changed day means it never existed.
  return value.day === day && value.month === month ? value : null;
}

/** The local wall clock at an instant, in any zone. */
export function localTimeAt(instant: UnixSeconds, timeZone: string): LocalDateTime {
  const zoned = fromAbsolute(instant * 1000, timeZone);
  return {
    date: zoned.toString().slice(0, 10),
    hour: zoned.hour,
    minute: zoned.minute,
    offsetMinutes: Math.round(zoned.offset / 60_000),
  };
}

/**
 * Rule 4: a local date + whole hour in an IANA zone to Unix seconds, resolving DST gaps and
 * overlaps deterministically and saying which happened.
 */
export function resolveDeliveryTime(
  local: LocalDeliveryTime,
): { ok: true; value: ResolvedDeliveryTime } | { ok: false; error: ScheduleError } {
  if (!isValidTimeZone(local.timeZone)) return { ok: false, error: 'INVALID_TIME_ZONE' };
  if (!Number.isInteger(local.hour) || local.hour < 0 || local.hour > 23) return { ok: false, error: 'INVALID_HOUR' };
  const day = parseCalendarDate(local.date);
  if (!day) return { ok: false, error: 'INVALID_DATE' };

  const wall = new CalendarDateTime(day.year, day.month, day.day, local.hour);
  const earlier = toZoned(wall, local.timeZone, 'earlier');
  const later = toZoned(wall, local.timeZone, 'later');
  // `compatible` = earlier in an overlap, later (past the jump) in a gap.
  const chosen = toZoned(wall, local.timeZone, 'compatible');
  const deliveryDate = Math.floor(chosen.toDate().getTime() / 1000);
  const resolved = localTimeAt(deliveryDate, local.timeZone);
  let resolution: DeliveryResolution = 'exact';
  if (earlier.compare(later) !== 0) {
    resolution = resolved.date === local.date && resolved.hour === local.hour && resolved.minute === 0 ? 'overlap' : 'gap';
  }
  return { ok: true, value: { deliveryDate, resolution, requested: { ...local }, resolved } };
}

export type DeliveryWindowError = 'IN_PAST' | 'TOO_FAR_AHEAD';

/**
 * Rule 4: not in the past, at most 365 days ahead. The hour that is running now still
 * counts (the gift then leaves within the hour), so *today* with the current hour is fine.
 */
export function checkDeliveryWindow(deliveryDate: UnixSeconds, now: UnixSeconds): DeliveryWindowError | null {
  if (deliveryDate + SECONDS_PER_HOUR <= now) return 'IN_PAST';
  if (deliveryDate > now + MAX_DELIVERY_DAYS_AHEAD * SECONDS_PER_DAY) return 'TOO_FAR_AHEAD';
  return null;
}

/** The "send today" shortcut: today's date and the hour running now, in the gifter's zone. */
export function sendNowSlot(now: UnixSeconds, timeZone: string): LocalDeliveryTime {
  const local = localTimeAt(now, timeZone);
  return { date: local.date, hour: local.hour, timeZone };
}

/** Enough to step over any skipped local day (Samoa skipped 30 December 2011 entirely). */
const MAX_HOURS_AHEAD = 48;

/**
 * The first whole local hour that exists and starts after `now`, in `timeZone`: what a form
 * proposes for a new gift. The platform sends on the hour, so the hour already running would
 * show a time that has passed (01:44 → 02:00; 23:30 → tomorrow 00:00). `checkDeliveryWindow`
 * still accepts the running hour (rule 4); this only chooses what is proposed.
 *
 * DST through `resolveDeliveryTime`: an hour that does not exist is skipped (02:00 on
 * spring-forward → 03:00), and so is an hour whose first occurrence already started (the
 * repeated hour while clocks fall back), since a date and hour name that first occurrence.
 * @throws RangeError for a zone `Intl` does not know.
 */
export function nextDeliverySlot(now: UnixSeconds, timeZone: string): LocalDeliveryTime {
  const local = localTimeAt(now, timeZone);
  const today = parseCalendarDate(local.date);
  if (!today) throw new RangeError(`Not a calendar date: ${local.date}`);
  for (let ahead = 1; ahead <= MAX_HOURS_AHEAD; ahead += 1) {
    const total = local.hour + ahead;
    const candidate = { date: today.add({ days: Math.floor(total / 24) }).toString(), hour: total % 24, timeZone };
    const resolved = resolveDeliveryTime(candidate);
    if (!resolved.ok) throw new RangeError(`Cannot schedule in ${timeZone}: ${resolved.error}`);
    if (resolved.value.resolution !== 'gap' && resolved.value.deliveryDate > now) return candidate;
  }
  throw new RangeError(`No whole hour in the next ${MAX_HOURS_AHEAD} hours in ${timeZone}`);
}

/** The last day that may be picked, in the gifter's zone (for date pickers). */
export function latestDeliveryDay(now: UnixSeconds, timeZone: string): string {
  return localTimeAt(now + MAX_DELIVERY_DAYS_AHEAD * SECONDS_PER_DAY, timeZone).date;
}

/** The start (00:00, or the first instant after a midnight gap) of a local day, in seconds. */
export function startOfLocalDay(date: string, timeZone: string): UnixSeconds {
  const day = parseCalendarDate(date);
  if (!day) throw new RangeError(`Not a calendar date: ${date}`);
  return Math.floor(toZoned(day, timeZone).toDate().getTime() / 1000);
}
