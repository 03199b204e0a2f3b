import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GIFT_CODE_ALPHABET, GIFT_CODE_PATTERN, generateGiftCode, isGiftCode, normalizeGiftCode, parseGiftCode } from '@giftkit/core';
import { RUNS } from './fc';

describe('gift codes (rule 7)', () => {
  it('uses an alphabet without look-alikes', () => {
    for (const c of '01OIL') expect(GIFT_CODE_ALPHABET).not.toContain(c);
    expect(new Set(GIFT_CODE_ALPHABET).size).toBe(GIFT_CODE_ALPHABET.length);
  });

  it('generates XXXX-XXXX codes from that alphabet', () => {
    for (let i = 0; i < 200; i++) expect(generateGiftCode()).toMatch(GIFT_CODE_PATTERN);
  });

  it('rejects biased bytes instead of favouring early letters', () => {
    // 250..255 are above the largest multiple of 30 below 256 and must be skipped.
    let calls = 0;
    const code = generateGiftCode((n) => {
      calls += 1;
      return new Uint8Array(n).fill(calls === 1 ? 255 : 0);
    });
    expect(code).toBe('2222-2222');
    expect(calls).toBe(2);
  });

  it.each([
    ['abcd 2345', 'ABCD-2345'],
    ['  abcd-2345  ', 'ABCD-2345'],
    ['ABCD2345', 'ABCD-2345'],
    ['ab-cd-23-45', 'ABCD-2345'],
    ['ABCD—2345', 'ABCD-2345'],
    ['ＡＢＣＤ２３４５', 'ABCD-2345'],
    ['ab\u200Bcd2345', 'ABCD-2345'],
    ['abc', 'ABC'],
    ['abcde', 'ABCD-E'],
    ['', ''],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizeGiftCode(input)).toBe(expected);
  });

  it('checks the shape before any request', () => {
    expect(parseGiftCode('abcd 2345')).toEqual({ ok: true, code: 'ABCD-2345' });
    expect(parseGiftCode('   ')).toMatchObject({ ok: false, error: 'EMPTY' });
    expect(parseGiftCode('ABCD-234')).toMatchObject({ ok: false, error: 'TOO_SHORT' });
    expect(parseGiftCode('ABCD-23456')).toMatchObject({ ok: false, error: 'TOO_LONG' });
    expect(parseGiftCode('ABCD-0000')).toMatchObject({ ok: false, error: 'INVALID_CHARACTERS' });
    expect(parseGiftCode('<script>')).toMatchObject({ ok: false, error: 'INVALID_CHARACTERS' });
    expect(isGiftCode('ABCD-2345')).toBe(true);
    expect(isGiftCode('abcd-2345')).toBe(false);
  });

  it('normalisation is idempotent on any input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (input) => {
        const once = normalizeGiftCode(input);
        expect(normalizeGiftCode(once)).toBe(once);
      }),
      RUNS,
    );
  });

  it('format ∘ parse round-trips: any valid code survives any mangling (property)', () => {
    const char = fc.constantFrom(...GIFT_CODE_ALPHABET);
    const code = fc.array(char, { minLength: 8, maxLength: 8 }).map((c) => `${c.slice(0, 4).join('')}-${c.slice(4).join('')}`);
    const noise = fc.constantFrom('', ' ', '-', '  ', '\t', '–');
    fc.assert(
      fc.property(code, fc.array(noise, { minLength: 10, maxLength: 10 }), fc.boolean(), (valid, gaps, lower) => {
        const chars = valid.replace('-', '').split('');
        const mangled = chars.map((c, i) => `${gaps[i] ?? ''}${lower ? c.toLowerCase() : c}`).join('') + (gaps[9] ?? '');
        const parsed = parseGiftCode(mangled);
        expect(parsed).toEqual({ ok: true, code: valid });
        expect(parseGiftCode(valid)).toEqual({ ok: true, code: valid });
      }),
      RUNS,
    );
  });

  it('never accepts a malformed code and never throws (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (input) => {
        const parsed = parseGiftCode(input);
        if (parsed.ok) expect(parsed.code).toMatch(GIFT_CODE_PATTERN);
      }),
      RUNS,
    );
  });
});
