import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDeliveryWindow, localTimeAt, nextDeliverySlot, resolveDeliveryTime, validateDeliveryForm } from '@giftkit/core';

/** Zones with DST, odd offsets, a 30-minute DST and date-line jumps. */
const zone = fc.constantFrom('Europe/Paris', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Apia', 'Pacific/Kiritimati', 'UTC');
/** An instant in seconds between 1990 and 2040. */
const instant = fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2040, 0, 1) / 1000 });
const utc = (iso: string) => Date.parse(`${iso}Z`) / 1000;

/** The wall hour `hours` before or after a slot, as a calendar (zone-free) reading. */
function shift(slot: { date: string; hour: number }, hours: number) {
  const ms = Date.parse(`${slot.date}T00:00:00Z`) + (slot.hour + hours) * 3_600_000;
  const d = new Date(ms).toISOString();
  return { date: d.slice(0, 10), hour: Number(d.slice(11, 13)) };
}

describe('nextDeliverySlot', () => {
  it('is the next whole hour: 01:44 → 02:00, 23:30 → tomorrow 00:00, on the hour → the one after', () => {
    expect(nextDeliverySlot(utc('2026-11-30T01:44:00'), 'UTC')).toEqual({ date: '2026-11-30', hour: 2, timeZone: 'UTC' });
    expect(nextDeliverySlot(utc('2026-11-30T23:30:00'), 'UTC')).toEqual({ date: '2026-12-01', hour: 0, timeZone: 'UTC' });
    expect(nextDeliverySlot(utc('2026-12-31T23:59:59'), 'UTC')).toEqual({ date: '2027-01-01', hour: 0, timeZone: 'UTC' });
    expect(nextDeliverySlot(utc('2026-11-30T02:00:00'), 'UTC')).toEqual({ date: '2026-11-30', hour: 3, timeZone: 'UTC' });
    // Kathmandu is UTC+5:45: 09:30 UTC is 15:15 there.
    expect(nextDeliverySlot(utc('2026-03-02T09:30:00'), 'Asia/Kathmandu')).toEqual({ date: '2026-03-02', hour: 16, timeZone: 'Asia/Kathmandu' });
  });

  it('respects DST: skips the hour that does not exist and the repeated hour already started', () => {
    // Paris springs forward at 02:00 → 03:00 on 2026-03-29: at 01:10 the next whole hour is 03:00.
    expect(nextDeliverySlot(utc('2026-03-29T00:10:00'), 'Europe/Paris')).toMatchObject({ date: '2026-03-29', hour: 3 });
    // Paris falls back at 03:00 → 02:00 on 2026-10-25: at 02:44 (first pass, UTC+2) "02:00"
    // names the first pass, already started, so 03:00 it is.
    expect(nextDeliverySlot(utc('2026-10-25T00:44:00'), 'Europe/Paris')).toMatchObject({ date: '2026-10-25', hour: 3 });
    // Samoa skipped 2011-12-30 entirely: late on the 29th the next hour is on the 31st.
    expect(nextDeliverySlot(utc('2011-12-30T09:30:00'), 'Pacific/Apia')).toMatchObject({ date: '2011-12-31', hour: 0 });
  });

  it('property: an existing whole hour after now, accepted by core, with no earlier one in between', () => {
    fc.assert(
      fc.property(instant, zone, (now, timeZone) => {
        const slot = nextDeliverySlot(now, timeZone);
        const resolved = resolveDeliveryTime(slot);
        if (!resolved.ok) throw new Error(resolved.error);
        const { deliveryDate, resolution } = resolved.value;
        // Exists as named, on the hour, and what is shown is what the platform sends.
        expect(resolution).not.toBe('gap');
        expect(localTimeAt(deliveryDate, timeZone)).toMatchObject({ date: slot.date, hour: slot.hour, minute: 0 });
        expect(deliveryDate).toBeGreaterThan(now);
        expect(checkDeliveryWindow(deliveryDate, now)).toBeNull();
        // The earliest: the wall hour before it does not exist or has started.
        const previous = resolveDeliveryTime({ ...shift(slot, -1), timeZone });
        if (previous.ok && previous.value.resolution !== 'gap') expect(previous.value.deliveryDate).toBeLessThanOrEqual(now);
        // And a form with it passes core's checks.
        const form = { recipientEmail: 'a@example.com', recipientEmailConfirmation: 'a@example.com', recipientName: '', personalNote: '', ...slot };
        expect(validateDeliveryForm(form, now).ok).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
