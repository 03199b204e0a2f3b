import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DELIVERY_FORM_FIELDS,
  PERSONAL_NOTE_MAX_LENGTH,
  emailsMatch,
  normalizePersonalNote,
  textLength,
  validateDeliveryForm,
  validateEmail,
  validatePersonalNote,
  validateRecipientName,
  type DeliveryFormValues,
} from '@giftkit/core';
import { RUNS, utc } from './fc';

describe('recipient email (rule 4)', () => {
  it.each(['ana@example.com', ' Ana.Maria+gift@Sub.Example.CO.uk ', 'zoë@exämple.de', "o'brien@example.ie", 'a@b.co', 'x@xn--80ak6aa92e.com'])(
    'accepts %j',
    (email) => expect(validateEmail(email)).toBeNull(),
  );
  it.each([
    ['', 'REQUIRED'],
    ['   ', 'REQUIRED'],
    ['ana', 'INVALID_EMAIL'],
    ['ana@', 'INVALID_EMAIL'],
    ['@example.com', 'INVALID_EMAIL'],
    ['ana@example', 'INVALID_EMAIL'],
    ['ana@exa mple.com', 'INVALID_EMAIL'],
    ['ana..b@example.com', 'INVALID_EMAIL'],
    ['.ana@example.com', 'INVALID_EMAIL'],
    ['ana@-example.com', 'INVALID_EMAIL'],
    ['ana@example.c', 'INVALID_EMAIL'],
    ['<script>@example.com', 'INVALID_EMAIL'],
    ['ana\u200B@example.com', 'INVALID_EMAIL'],
    ['ana\u202E@example.com', 'INVALID_EMAIL'],
    ['ana@example.com\u0000', 'INVALID_EMAIL'],
    [`${'a'.repeat(250)}@example.com`, 'TOO_LONG'],
  ])('refuses %j with %s', (email, issue) => expect(validateEmail(email)).toBe(issue));
  it('compares the two typed addresses trimmed and case-insensitively', () => {
    expect(emailsMatch(' Ana@Example.com', 'ana@example.COM ')).toBe(true);
    expect(emailsMatch('ana@example.com', 'anna@example.com')).toBe(false);
  });
});

describe('personal note and name', () => {
  it('allows 255 characters, counting an emoji as one', () => {
    expect(validatePersonalNote('a'.repeat(PERSONAL_NOTE_MAX_LENGTH))).toBeNull();
    expect(validatePersonalNote('a'.repeat(PERSONAL_NOTE_MAX_LENGTH + 1))).toBe('TOO_LONG');
    expect(textLength('🎁'.repeat(255))).toBe(255);
    expect(validatePersonalNote('🎁'.repeat(255))).toBeNull();
  });
  it('keeps HTML as text (it is only ever rendered as text) and line breaks', () => {
    expect(validatePersonalNote('<script>alert(1)</script>\nLove, B')).toBeNull();
    expect(normalizePersonalNote('  Hi\r\nthere\r ')).toBe('Hi\nthere');
  });
  it('refuses control characters but not right-to-left text', () => {
    expect(validatePersonalNote('hi\u0007')).toBe('INVALID_CHARACTERS');
    expect(validatePersonalNote('\u202Bعيد ميلاد سعيد')).toBeNull();
  });
  it('validates the optional name', () => {
    expect(validateRecipientName('')).toBeNull();
    expect(validateRecipientName('Ana María')).toBeNull();
    expect(validateRecipientName('x'.repeat(101))).toBe('TOO_LONG');
    expect(validateRecipientName('Ana\nMaría')).toBe('INVALID_CHARACTERS');
  });
});

describe('validateDeliveryForm', () => {
  const now = utc('2026-11-22T10:30:00');
  const values = (over: Partial<DeliveryFormValues> = {}): DeliveryFormValues => ({
    recipientEmail: ' Ana@Example.com ',
    recipientEmailConfirmation: 'ana@example.com',
    recipientName: ' Ana ',
    date: '2026-12-24',
    hour: 18,
    timeZone: 'Europe/Paris',
    personalNote: ' Merry Christmas! ',
    ...over,
  });

  it('turns a good form into complete, trimmed details and the resolved time', () => {
    const result = validateDeliveryForm(values(), now);
    expect(result).toEqual({
      ok: true,
      details: {
        recipientEmail: 'Ana@Example.com',
        deliveryDate: utc('2026-12-24T17:00:00'),
        personalNote: 'Merry Christmas!',
        recipientName: 'Ana',
        timeZone: 'Europe/Paris',
      },
      schedule: expect.objectContaining({ resolution: 'exact' }) as unknown,
    });
  });
  it('leaves out an empty name', () => {
    const result = validateDeliveryForm(values({ recipientName: '  ' }), now);
    expect(result.ok && result.details).not.toHaveProperty('recipientName');
  });
  it('puts every problem on its field', () => {
    const result = validateDeliveryForm(
      values({ recipientEmail: 'ana@example.com', recipientEmailConfirmation: 'anna@example.com', personalNote: 'x'.repeat(300), date: '2026-11-21', recipientName: 'a\u0000' }),
      now,
    );
    expect(result).toEqual({
      ok: false,
      issues: { recipientEmailConfirmation: 'EMAIL_MISMATCH', personalNote: 'TOO_LONG', date: 'IN_PAST', recipientName: 'INVALID_CHARACTERS' },
    });
  });
  it.each<[Partial<DeliveryFormValues>, object]>([
    [{ recipientEmailConfirmation: '' }, { recipientEmailConfirmation: 'REQUIRED' }],
    [{ date: '' }, { date: 'REQUIRED' }],
    [{ date: '2026-02-31' }, { date: 'INVALID_DATE' }],
    [{ hour: 25 }, { hour: 'INVALID_HOUR' }],
    [{ timeZone: 'Nowhere/City' }, { timeZone: 'INVALID_TIME_ZONE' }],
    [{ date: '2027-12-01' }, { date: 'TOO_FAR_AHEAD' }],
    [{ recipientEmail: 'nope', recipientEmailConfirmation: 'nope' }, { recipientEmail: 'INVALID_EMAIL' }],
  ])('reports %j', (over, issues) => {
    expect(validateDeliveryForm(values(over), now)).toEqual({ ok: false, issues });
  });
  it('allows today in the hour running now', () => {
    expect(validateDeliveryForm(values({ date: '2026-11-22', hour: 11, timeZone: 'Europe/Paris' }), now).ok).toBe(true);
  });
  it('lists fields in form order', () => {
    expect(DELIVERY_FORM_FIELDS[0]).toBe('recipientEmail');
    expect(DELIVERY_FORM_FIELDS).toHaveLength(7);
  });

  it('never throws on hostile input, always answers ok or field issues (property)', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.constantFrom('<script>alert(1)</script>', '\u202E', '\u200B', '𝕏'.repeat(300), 'x'.repeat(10_000), '"><img src=x onerror=alert(1)>'),
    );
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, hostile, fc.integer({ min: -5, max: 30 }), (email, name, note, date, tz, h) => {
        const result = validateDeliveryForm(
          { recipientEmail: email, recipientEmailConfirmation: email, recipientName: name, personalNote: note, date, hour: h, timeZone: tz },
          now,
        );
        if (result.ok) {
          expect(validateEmail(result.details.recipientEmail)).toBeNull();
          expect(textLength(result.details.personalNote)).toBeLessThanOrEqual(PERSONAL_NOTE_MAX_LENGTH);
        } else {
          expect(Object.keys(result.issues).length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });
});
