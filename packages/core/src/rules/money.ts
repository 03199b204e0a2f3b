import type { CurrencyCode } from '../model/ids';

const exponents = new Map<string, number>();

/** Minor-unit digits of a currency from `Intl` (EUR 2, JPY 0, KWD 3). */
export function currencyExponent(currency: CurrencyCode): number {
  const key = currency.toUpperCase();
  let digits = exponents.get(key);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency: key }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2; // an unknown code: cents are the safest guess, and a wrong code fails elsewhere
    }
    exponents.set(key, digits);
  }
  return digits;
}

/** Major units as the wire carries them (`9.99`) to integer minor units (`999`). */
export function toMinorUnits(amount: number, currency: CurrencyCode): number {
  return Math.round(amount * 10 ** currencyExponent(currency));
}

/** Integer minor units back to major units for the wire. */
export function fromMinorUnits(minor: number, currency: CurrencyCode): number {
  const exponent = currencyExponent(currency);
  return Number((minor / 10 ** exponent).toFixed(exponent));
}
