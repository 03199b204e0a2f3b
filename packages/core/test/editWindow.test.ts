import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  completeDeliveryDetails,
  editCutoff,
  giftEditability,
  giftTimeZone,
  isCompleteDeliveryDetails,
  localTimeAt,
  resolveDeliveryTime,
  startOfLocalDay,
  type DeliveryDetails,
} from '@giftkit/core';
import { RUNS, calendarDay, hour, utc, zone } from './fc';

const details = (deliveryDate: number, timeZone?: string): DeliveryDetails => ({
  recipientEmail: 'ana@example.com',
  deliveryDate,
  personalNote: 'Happy birthday!',
  ...(timeZone ? { timeZone } : {}),
});
const gift = (deliveryDate: number, timeZone: string, extra: { sentAt?: number; redeemedAt?: number } = {}) => ({
  deliveryDetails: details(deliveryDate),
  timeZone,
  sentAt: extra.sentAt ?? null,
  redeemedAt: extra.redeemedAt ?? null,
});

describe('giftEditability (rule 6)', () => {
  // The seed's example: delivery on 23 August, the 22nd is the last day to edit.
  const delivery = utc('2023-08-23T08:00:00');
  it('is editable on the last day before the delivery day', () => {
    const result = giftEditability(gift(delivery, 'UTC'), utc('2023-08-22T23:59:59'));
    expect(result).toEqual({ editable: true, closesAt: utc('2023-08-23T00:00:00') });
  });
  it('closes at midnight of the delivery day in the delivery zone: "sending soon"', () => {
    expect(giftEditability(gift(delivery, 'UTC'), utc('2023-08-23T00:00:00'))).toEqual({
      editable: false,
      reason: 'SENDING_SOON',
      closedAt: utc('2023-08-23T00:00:00'),
    });
  });
  it('follows the delivery zone, not UTC (Tokyo midnight is 15:00 UTC the day before)', () => {
    const tokyo = gift(utc('2023-08-23T01:00:00'), 'Asia/Tokyo'); // 10:00 in Tokyo
    expect(giftEditability(tokyo, utc('2023-08-22T14:59:59')).editable).toBe(true);
    expect(giftEditability(tokyo, utc('2023-08-22T15:00:00')).editable).toBe(false);
  });
  it('is never editable once sent or redeemed, whatever the date', () => {
    const far = utc('2030-01-01T00:00:00');
    expect(giftEditability(gift(far, 'UTC', { sentAt: utc('2023-01-01') }), utc('2023-01-02'))).toMatchObject({ editable: false, reason: 'ALREADY_SENT' });
    expect(giftEditability(gift(far, 'UTC', { sentAt: 1, redeemedAt: 2 }), 3)).toMatchObject({ editable: false, reason: 'ALREADY_REDEEMED' });
  });
  it('reads the zone from the gift, then its details, then UTC', () => {
    expect(giftTimeZone({ timeZone: 'Europe/Paris', deliveryDetails: details(0, 'Asia/Tokyo') })).toBe('Europe/Paris');
    expect(giftTimeZone({ deliveryDetails: details(0, 'Asia/Tokyo') })).toBe('Asia/Tokyo');
    expect(giftTimeZone({ deliveryDetails: details(0) })).toBe('UTC');
  });

  it('flips exactly at midnight of the delivery day in the delivery zone (property)', () => {
    fc.assert(
      fc.property(calendarDay, hour, zone, (date, h, timeZone) => {
        const resolved = resolveDeliveryTime({ date, hour: h, timeZone });
        if (!resolved.ok) return;
        const { deliveryDate } = resolved.value;
        const midnight = startOfLocalDay(localTimeAt(deliveryDate, timeZone).date, timeZone);
        expect(editCutoff(deliveryDate, timeZone)).toBe(midnight);
        const g = gift(deliveryDate, timeZone);
        expect(giftEditability(g, midnight - 1).editable).toBe(true);
        expect(giftEditability(g, midnight)).toMatchObject({ editable: false, reason: 'SENDING_SOON' });
      }),
      RUNS,
    );
  });
});

describe('completeDeliveryDetails (rule 6: always all fields)', () => {
  const current: DeliveryDetails = { ...details(100, 'Europe/Paris'), recipientName: 'Ana' };
  it('sends every field when only the date changes', () => {
    expect(completeDeliveryDetails(current, { deliveryDate: 200 })).toEqual({ ...current, deliveryDate: 200 });
  });
  it('keeps an emptied note as empty, not as the old note', () => {
    expect(completeDeliveryDetails(current, { personalNote: '' }).personalNote).toBe('');
  });
  it('lets the name be cleared explicitly', () => {
    expect(completeDeliveryDetails(current, { recipientName: undefined })).not.toHaveProperty('recipientName');
  });
  it('recognises a complete body', () => {
    expect(isCompleteDeliveryDetails(completeDeliveryDetails(current, {}))).toBe(true);
    expect(isCompleteDeliveryDetails({ recipientEmail: 'a@b.co', deliveryDate: 1 })).toBe(false);
    expect(isCompleteDeliveryDetails({ recipientEmail: 'a@b.co', deliveryDate: Number.NaN, personalNote: '' })).toBe(false);
    expect(isCompleteDeliveryDetails(null)).toBe(false);
  });
});
