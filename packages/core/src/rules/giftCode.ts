import { cryptoBytes, type RandomBytes } from './webCrypto';

/**
 * Gift codes (rule 7): `XXXX-XXXX`, 8 characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L, and no U, as in Crockford's base 32).
 */
export const GIFT_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const GIFT_CODE_LENGTH = 8;
/** The normalised shape, for `pattern` attributes and validators. */
export const GIFT_CODE_PATTERN = new RegExp(`^[${GIFT_CODE_ALPHABET}]{4}-[${GIFT_CODE_ALPHABET}]{4}$`);
/** What to show a user who typed something else. */
export const GIFT_CODE_EXAMPLE = 'ABCD-2345';

/** Spaces, dashes of every kind and invisible characters pasted from e-mails. */
const SEPARATORS = /[\s\p{Pd}\u2212_\u200B-\u200D\u2060\uFEFF]/gu;

export type { RandomBytes } from './webCrypto';

/** A fresh, uniformly random code (rejection sampling: no alphabet letter is favoured). */
export function generateGiftCode(randomBytes: RandomBytes = cryptoBytes): string {
  const size = GIFT_CODE_ALPHABET.length;
  const limit = 256 - (256 % size);
  let out = '';
  while (out.length < GIFT_CODE_LENGTH) {
    for (const byte of randomBytes(GIFT_CODE_LENGTH * 2)) {
      if (byte < limit && out.length < GIFT_CODE_LENGTH) out += GIFT_CODE_ALPHABET[byte % size];
    }
  }
  return `${out.slice(0, 4)}-${out.slice(4)}`;
}

function stripAndUpper(input: string): string {
  return input.normalize('NFKC').replace(SEPARATORS, '').toUpperCase();
}

/**
 * As-you-type normalisation: trim, upper-case, spaces and dashes removed, the dash put back
 * after the fourth character. Idempotent; does not judge validity (see `parseGiftCode`).
 */
export function normalizeGiftCode(input: string): string {
  let core = stripAndUpper(input);
  // Compatibility forms can upper-case into new separators or decompositions; settle them.
  for (let next = stripAndUpper(core); next !== core; next = stripAndUpper(core)) core = next;
  return core.length > 4 ? `${core.slice(0, 4)}-${core.slice(4)}` : core;
}

export type GiftCodeError = 'EMPTY' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_CHARACTERS';

/** Normalise, then check the shape before any request is made. */
export function parseGiftCode(input: string): { ok: true; code: string } | { ok: false; error: GiftCodeError; normalized: string } {
  const normalized = normalizeGiftCode(input);
  const chars = normalized.replace('-', '');
  if (chars.length === 0) return { ok: false, error: 'EMPTY', normalized };
  if ([...chars].some((c) => !GIFT_CODE_ALPHABET.includes(c))) return { ok: false, error: 'INVALID_CHARACTERS', normalized };
  if (chars.length < GIFT_CODE_LENGTH) return { ok: false, error: 'TOO_SHORT', normalized };
  if (chars.length > GIFT_CODE_LENGTH) return { ok: false, error: 'TOO_LONG', normalized };
  return { ok: true, code: normalized };
}

/** Whether a string already is a normalised, well-formed code. */
export function isGiftCode(value: string): boolean {
  return GIFT_CODE_PATTERN.test(value);
}
