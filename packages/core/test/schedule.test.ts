import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDeliveryWindow,
  isValidTimeZone,
  latestDeliveryDay,
  localTimeAt,
  parseCalendarDate,
  resolveDeliveryTime,
  sendNowSlot,
  startOfLocalDay,
  type LocalDeliveryTime,
} from '@giftkit/core';
import { RUNS, calendarDay, hour, instant, utc, zone } from './fc';

const resolve = (local: LocalDeliveryTime) => {
  const result = resolveDeliveryTime(local);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('resolveDeliveryTime', () => {
  it('maps an ordinary hour to the instant in that zone', () => {
    const r = resolve({ date: '2026-12-24', hour: 18, timeZone: 'Europe/Paris' });
    expect(r.deliveryDate).toBe(utc('2026-12-24T17:00:00'));
    expect(r.resolution).toBe('exact');
    expect(r.resolved).toEqual({ date: '2026-12-24', hour: 18, minute: 0, offsetMinutes: 60 });
  });

  it('handles odd offsets (Kathmandu +5:45)', () => {
    const r = resolve({ date: '2026-06-01', hour: 9, timeZone: 'Asia/Kathmandu' });
    expect(r.deliveryDate).toBe(utc('2026-06-01T03:15:00'));
    expect(r.resolved.offsetMinutes).toBe(345);
  });

  it('moves a time in a spring-forward gap past the jump and says so (Paris 02:00 → 03:00)', () => {
    const r = resolve({ date: '2026-03-29', hour: 2, timeZone: 'Europe/Paris' });
    expect(r.resolution).toBe('gap');
    expect(r.resolved).toMatchObject({ date: '2026-03-29', hour: 3, minute: 0 });
    expect(r.deliveryDate).toBe(utc('2026-03-29T01:00:00'));
  });

  it('resolves a 30-minute DST gap (Lord Howe 02:00 → 02:30)', () => {
    const r = resolve({ date: '2026-10-04', hour: 2, timeZone: 'Australia/Lord_Howe' });
    expect(r.resolution).toBe('gap');
    expect(r.resolved).toMatchObject({ hour: 2, minute: 30 });
  });

  it('takes the first of two occurrences in a fall-back overlap (New York 01:00)', () => {
    const r = resolve({ date: '2026-11-01', hour: 1, timeZone: 'America/New_York' });
    expect(r.resolution).toBe('overlap');
    expect(r.deliveryDate).toBe(utc('2026-11-01T05:00:00')); // 01:00 EDT, not 01:00 EST
    expect(r.resolved).toMatchObject({ date: '2026-11-01', hour: 1, minute: 0, offsetMinutes: -240 });
  });

  it('resolves a whole skipped day at the date line (Apia, 30 Dec 2011)', () => {
    const r = resolve({ date: '2011-12-30', hour: 10, timeZone: 'Pacific/Apia' });
    expect(r.resolution).toBe('gap');
    expect(r.resolved).toMatchObject({ date: '2011-12-31', hour: 10 });
  });

  it('refuses what is not a date, an hour or a zone', () => {
    expect(resolveDeliveryTime({ date: '2026-02-30', hour: 1, timeZone: 'UTC' })).toEqual({ ok: false, error: 'INVALID_DATE' });
    expect(resolveDeliveryTime({ date: '24/12/2026', hour: 1, timeZone: 'UTC' })).toEqual({ ok: false, error: 'INVALID_DATE' });
    expect(resolveDeliveryTime({ date: '1969-12-31', hour: 1, timeZone: 'UTC' })).toEqual({ ok: false, error: 'INVALID_DATE' });
    expect(resolveDeliveryTime({ date: '2026-01-01', hour: 24, timeZone: 'UTC' })).toEqual({ ok: false, error: 'INVALID_HOUR' });
    expect(resolveDeliveryTime({ date: '2026-01-01', hour: 1.5, timeZone: 'UTC' })).toEqual({ ok: false, error: 'INVALID_HOUR' });
    expect(resolveDeliveryTime({ date: '2026-01-01', hour: 1, timeZone: 'Mars/Olympus' })).toEqual({ ok: false, error: 'INVALID_TIME_ZONE' });
  });
});

describe('time zones and dates', () => {
  it('knows IANA zones and refuses junk', () => {
    expect(isValidTimeZone('Europe/Warsaw')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(' Europe/Paris')).toBe(false);
    expect(isValidTimeZone('Not/AZone')).toBe(false);
  });

  it('parses real calendar days only', () => {
    expect(parseCalendarDate('2028-02-29')?.day).toBe(29);
    expect(parseCalendarDate('2027-02-29')).toBeNull();
    expect(parseCalendarDate('2027-13-01')).toBeNull();
    expect(parseCalendarDate('2027-00-10')).toBeNull();
    expect(parseCalendarDate('2027-01-00')).toBeNull();
  });

  it('shows one instant in another zone (00:00 in GMT+1 is 06:00 in GMT+7)', () => {
    const r = resolve({ date: '2024-03-07', hour: 0, timeZone: 'Europe/Paris' });
    expect(localTimeAt(r.deliveryDate, 'Asia/Bangkok')).toMatchObject({ date: '2024-03-07', hour: 6 });
    expect(localTimeAt(r.deliveryDate, 'Etc/GMT-7')).toMatchObject({ date: '2024-03-07', hour: 6 });
  });

  it('finds the start of a local day, even when midnight does not exist (São Paulo 2018-11-04)', () => {
    expect(startOfLocalDay('2026-07-14', 'Europe/Paris')).toBe(utc('2026-07-13T22:00:00'));
    expect(localTimeAt(startOfLocalDay('2018-11-04', 'America/Sao_Paulo'), 'America/Sao_Paulo')).toMatchObject({ hour: 1 });
    expect(() => startOfLocalDay('nope', 'UTC')).toThrow(RangeError);
  });
});

describe('checkDeliveryWindow', () => {
  const now = utc('2026-11-22T14:20:00');
  it('allows the hour running now ("today": sent within the hour)', () => {
    expect(checkDeliveryWindow(utc('2026-11-22T14:00:00'), now)).toBeNull();
    expect(sendNowSlot(now, 'UTC')).toEqual({ date: '2026-11-22', hour: 14, timeZone: 'UTC' });
  });
  it('refuses an hour already over', () => {
    expect(checkDeliveryWindow(utc('2026-11-22T13:00:00'), now)).toBe('IN_PAST');
  });
  it('allows up to 365 days ahead and no further', () => {
    expect(checkDeliveryWindow(now + 365 * 86_400, now)).toBeNull();
    expect(checkDeliveryWindow(now + 365 * 86_400 + 1, now)).toBe('TOO_FAR_AHEAD');
    expect(latestDeliveryDay(now, 'UTC')).toBe('2027-11-22');
  });
});

describe('scheduling properties', () => {
  it('local → instant → local round-trips unless the hour does not exist, which is reported', () => {
    fc.assert(
      fc.property(calendarDay, hour, zone, (date, h, timeZone) => {
        const r = resolve({ date, hour: h, timeZone });
        const back = localTimeAt(r.deliveryDate, timeZone);
        if (r.resolution === 'gap') {
          expect(back).not.toMatchObject({ date, hour: h, minute: 0 });
          expect(back).toEqual(r.resolved);
        } else {
          expect(back).toMatchObject({ date, hour: h, minute: 0 });
        }
      }),
      RUNS,
    );
  });

  it('instant → local → instant: lands on that local hour, at or before the instant (property)', () => {
    fc.assert(
      fc.property(instant, zone, (t, timeZone) => {
        const local = localTimeAt(t, timeZone);
        const r = resolve({ date: local.date, hour: local.hour, timeZone });
        expect(r.deliveryDate).toBeLessThanOrEqual(t);
        // In a gap only part of the hour exists (Lord Howe 02:00 → 02:30): the hour is kept.
        expect(localTimeAt(r.deliveryDate, timeZone)).toMatchObject({ date: local.date, hour: local.hour });
        if (r.resolution === 'exact') expect(t - r.deliveryDate).toBe(local.minute * 60 + (t % 60));
      }),
      RUNS,
    );
  });

  it('keeps the hour when only half of it was skipped (Lord Howe, 4 Oct 2026, 02:45 exists, 02:00 does not)', () => {
    const t = utc('2026-10-03T15:45:00'); // 02:45 +11:00
    expect(localTimeAt(t, 'Australia/Lord_Howe')).toMatchObject({ date: '2026-10-04', hour: 2, minute: 45 });
    const r = resolve({ date: '2026-10-04', hour: 2, timeZone: 'Australia/Lord_Howe' });
    expect(r.resolution).toBe('gap');
    expect(r.resolved).toMatchObject({ hour: 2, minute: 30 });
  });

  it('takes the first occurrence when the local hour lasts 90 minutes (Lord Howe fall-back)', () => {
    const secondHalfPast = 922546800; // 1999-03-28 01:30 +10:30, the second 01:30
    const r = resolve({ date: '1999-03-28', hour: 1, timeZone: 'Australia/Lord_Howe' });
    expect(r.resolution).toBe('exact'); // 01:00 itself happens once
    expect(secondHalfPast - r.deliveryDate).toBe(3600);
  });

  it('is deterministic: the same request always gives the same instant', () => {
    fc.assert(
      fc.property(calendarDay, hour, zone, (date, h, timeZone) => {
        expect(resolve({ date, hour: h, timeZone })).toEqual(resolve({ date, hour: h, timeZone }));
      }),
      RUNS,
    );
  });
});
