import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyExponent, fromMinorUnits, toMinorUnits, toUnixSeconds } from '@giftkit/core';
import { RUNS } from './fc';

describe('money in minor units', () => {
  it('knows each currency’s minor unit from Intl', () => {
    expect(currencyExponent('EUR')).toBe(2);
    expect(currencyExponent('jpy')).toBe(0);
    expect(currencyExponent('KWD')).toBe(3);
    expect(currencyExponent('??')).toBe(2);
  });
  it('converts the wire’s major units exactly', () => {
    expect(toMinorUnits(9.99, 'EUR')).toBe(999);
    expect(toMinorUnits(0.1 + 0.2, 'EUR')).toBe(30);
    expect(toMinorUnits(1200, 'JPY')).toBe(1200);
    expect(fromMinorUnits(999, 'EUR')).toBe(9.99);
    expect(fromMinorUnits(1234, 'KWD')).toBe(1.234);
  });
  it('round-trips every minor amount (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.constantFrom('EUR', 'JPY', 'KWD', 'PLN'), (minor, currency) => {
        expect(toMinorUnits(fromMinorUnits(minor, currency), currency)).toBe(minor);
      }),
      RUNS,
    );
  });
  it('turns milliseconds into wire seconds', () => {
    expect(toUnixSeconds(1_700_000_000_999)).toBe(1_700_000_000);
  });
});
