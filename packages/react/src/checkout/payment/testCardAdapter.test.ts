import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testCardAdapter } from './testCardAdapter';

describe('testCardAdapter.collect', () => {
  it('the token is the card number, spaces and dashes removed', async () => {
    await expect(Promise.resolve(testCardAdapter.collect({ cardNumber: '4242 4242-4242 4242' }))).resolves.toEqual({ ok: true, method: { type: 'card', token: '4242424242424242' } });
    await expect(Promise.resolve(testCardAdapter.collect({}))).resolves.toEqual({ ok: false, error: 'REQUIRED' });
    await expect(Promise.resolve(testCardAdapter.collect({ cardNumber: '4242' }))).resolves.toEqual({ ok: false, error: 'INVALID' });
  });

  // Pure function: 500 runs are cheap.
  it('hostile input: never throws; either digits-only token or a field error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('<script>', '４２４２４２４２４２４２４２４２', '\u200B4242424242424242', '9'.repeat(10_000))), (cardNumber) => {
        const result = testCardAdapter.collect({ cardNumber });
        if ('then' in result) throw new Error('collect is synchronous for test cards');
        if (result.ok) expect(result.method.token).toMatch(/^\d{12,19}$/);
        else expect(['REQUIRED', 'INVALID']).toContain(result.error);
      }),
      { numRuns: 500 },
    );
  });
});
